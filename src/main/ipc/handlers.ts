// The main process' IPC handlers, built from plain dependencies (the archive folder, the opener),
// so the E2E binds exactly these into Chromium and unit tests call them without Electron.

import type { ArchiveLoadResult } from '../../shared/archive/archive-types'
import { writeSafetyBackup } from '../backups/safety-backups'
import { openTextFile, saveTextFile, type FileDialogs } from '../files/text-files'
import type { UserLibrary } from '../library/user-library'
import { dialogMessages } from '../i18n/dialog-messages'
import { openExternalLink, type ExternalOpener } from '../links/open-external'
import type { SettingsStore } from '../settings/settings-store'
import type { Handlers } from './ipc-router'

export interface HandlerDeps {
  /** The shipped archive, loaded once (archive/archive-cache.ts). */
  archive(): Promise<ArchiveLoadResult>
  /** Main's copy of the user's settings (its dialogs speak their language). */
  settings: SettingsStore
  /** The user's own library (a folder under the app's user-data folder). */
  library: UserLibrary
  opener: ExternalOpener
  dialogs: FileDialogs
  /** Where automatic safety backups go: `<userData>/backups`. */
  backupDir: string
}

/** One handler per method of the shared contract. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { library } = deps
  return {
    loadArchive: () => deps.archive(),
    listLibrary: () => library.list(),
    importDocument: async () => {
      const { language } = await deps.settings.get()
      const path = await deps.dialogs.chooseOpenPath([
        { name: dialogMessages[language].documentFilter, extensions: ['txt', 'md', 'markdown'] }
      ])
      if (!path) return { ok: false, reason: 'canceled', message: 'Ajout annulé.' }
      return library.add(path)
    },
    removeDocument: (id) => library.remove(id),
    restoreDocument: (id) => library.restore(id),
    openExternal: (url) => openExternalLink(url, deps.opener),
    saveFile: (request) => saveTextFile(request, deps.dialogs),
    openTextFile: (request) => openTextFile(request, deps.dialogs),
    writeSafetyBackup: (content) => writeSafetyBackup(content, deps.backupDir),
    rememberSettings: (settings) => deps.settings.remember(settings)
  }
}
