// The main process' IPC handlers, built from plain dependencies (the archive folder, the opener),
// so the E2E binds exactly these into Chromium and unit tests call them without Electron.

import type { ArchiveRegistry } from '../archive/archive-registry'
import type { ArchiveShelf } from '../archive/archive-shelf'
import { searchTheArchive } from '../archive/search-the-archive'
import { realpath } from 'node:fs/promises'
import { writeSafetyBackup } from '../backups/safety-backups'
import { saveFilesInFolder } from '../files/save-folder'
import { DroppedFiles } from '../files/dropped-files'
import { addLaunchedFiles } from '../files/handed-files'
import { LaunchGrants } from '../desktop/launch-grants'
import { openTextFile, saveTextFile, type FileDialogs } from '../files/text-files'
import { savePdf } from '../desktop/save-pdf'
import type { CopyStore } from '../copies/copy-store'
import type { UserLibrary } from '../library/user-library'
import { dialogMessages } from '../i18n/dialog-messages'
import { openExternalLink, type ExternalOpener } from '../links/open-external'
import type { SettingsStore } from '../settings/settings-store'
import type { SyncService } from '../sync/sync-service'
import type { GroupSync } from '../sync/groups/group-sync'
import type { Handlers } from './ipc-router'
import { dialogExtensions } from '../../shared/library/accepted-files'

export interface HandlerDeps {
  /** The archives, each opened once; `current` is the open one (archive/archive-shelf.ts). */
  archives: ArchiveShelf
  /** Which archive is open, and those the user opened (archive/archive-registry.ts). */
  registry: ArchiveRegistry
  /** Main's copy of the user's settings (its dialogs speak their language). */
  settings: SettingsStore
  /** The user's own library (a folder under the app's user-data folder). */
  library: UserLibrary
  /** The copies of linked documents the user keeps (PDFs, saved pages), beside the library. */
  copies: CopyStore
  opener: ExternalOpener
  dialogs: FileDialogs
  /** The shipped archive's folder (chosen in the dialog, it is the shipped archive, not a copy). */
  archiveDir: string
  /** Where automatic safety backups go: `<userData>/backups`. */
  backupDir: string
  /**
   * Where dropped files are written a moment, to be added from there: `<userData>/dropped` (without it, a private
   * folder of the system's temporary folder).
   */
  dropDir?: string
  /** The paths a launch handed the page (desktop/launch-delivery.ts grants them); without it, none may be added. */
  launchGrants?: LaunchGrants
  /** The sync of the user's data with their other devices (sync/sync-engine.ts). */
  sync: SyncService
  /** The groups the account is in and the annotations shared with them (sync/groups/group-sync.ts). */
  groups: GroupSync
}

/** One handler per method of the shared contract. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { library, registry } = deps
  // Read at each call: a handler made before the shelf is wired (a test's partial deps) still works.
  const archive = () => deps.archives.current
  const dropped = new DroppedFiles(deps.dropDir ?? null, deps)
  const grants = deps.launchGrants ?? new LaunchGrants()
  return {
    openArchive: () => archive().open(),
    listArchive: async (request) =>
      (await archive().catalogue())?.page(request) ?? { total: 0, offset: request.offset, rows: [] },
    readArchiveDocument: async (id) => {
      const catalogue = await archive().catalogue()
      if (catalogue) return catalogue.read(id)
      const opened = await archive().open()
      const problem = opened.ok ? { kind: 'missing' as const, file: id, message: 'Archive fermée.' } : opened.problem
      return { ok: false, damaged: { id, file: problem.file, title: id, problem } }
    },
    searchArchive: (query, options) => searchTheArchive(archive(), query, options),
    listArchives: async () => {
      const current = await registry.current()
      const shipped = await deps.archives.at(null).open()
      return [
        ...(shipped.ok
          ? [{ id: shipped.archive.id, name: shipped.archive.name, path: null, current: current === null }]
          : []),
        ...(await registry.list()).map(({ id, name, path }) => ({ id, name, path, current: path === current }))
      ]
    },
    chooseArchive: async () => {
      const chosen = await deps.dialogs.chooseFolder()
      if (!chosen) return { ok: false, reason: 'canceled', message: 'Ouverture annulée.' }
      const path = await realpath(chosen).catch(() => chosen)
      const shipped = path === (await realpath(deps.archiveDir).catch(() => deps.archiveDir))
      const opened = await deps.archives.at(shipped ? null : path).open()
      if (!opened.ok) return { ok: false, reason: 'invalid', message: opened.problem.message, problem: opened.problem }
      await registry.select(shipped ? null : path, opened.archive)
      return { ok: true, archive: opened.archive }
    },
    selectArchive: async (path) => {
      if (path !== null && !(await registry.list()).some((known) => known.path === path))
        return { ok: false, message: 'Cette archive n’est pas parmi celles que vous avez ouvertes.' }
      await registry.select(path)
      return { ok: true }
    },
    listLibrary: (request) => library.page(request),
    readLibraryDocument: (id) => library.read(id),
    importDocument: async () => {
      const { language } = await deps.settings.get()
      const path = await deps.dialogs.chooseOpenPath([
        { name: dialogMessages[language].documentFilter, extensions: dialogExtensions('text', 'markdown') }
      ])
      if (!path) return { ok: false, reason: 'canceled', message: 'Ajout annulé.' }
      return library.add(path)
    },
    removeDocument: (id) => library.remove(id),
    restoreDocument: (id) => library.restore(id),
    attachCopy: async (link) => {
      const { language } = await deps.settings.get()
      const words = dialogMessages[language]
      const path = await deps.dialogs.chooseOpenPath([
        { name: words.pdfFilter, extensions: dialogExtensions('pdf') },
        { name: words.savedPageFilter, extensions: dialogExtensions('html') }
      ])
      if (!path) return { ok: false, reason: 'canceled', message: 'Ajout annulé.' }
      return deps.copies.attach(path, link)
    },
    listCopies: (documentId) => deps.copies.list(documentId),
    describeCopy: (id, facts) => deps.copies.describe(id, facts),
    readCopyText: (id) => deps.copies.readText(id),
    keepCopyText: (id, text) => deps.copies.keepText(id, text),
    removeCopy: (id, link) => deps.copies.remove(id, link),
    addLaunchedFiles: (paths) => addLaunchedFiles(paths, grants, deps),
    addDroppedFiles: (files) => dropped.add(files),
    openExternal: (url) => openExternalLink(url, deps.opener),
    saveFile: (request) => saveTextFile(request, deps.dialogs),
    saveFiles: (request) => saveFilesInFolder(request, deps.dialogs),
    savePdf: async (request, sender) => {
      const { language } = await deps.settings.get()
      return savePdf(request, {
        dialogs: deps.dialogs,
        printer: sender,
        filterName: dialogMessages[language].pdfFilter
      })
    },
    openTextFile: (request) => openTextFile(request, deps.dialogs),
    writeSafetyBackup: (content) => writeSafetyBackup(content, deps.backupDir),
    rememberSettings: (settings) => deps.settings.remember(settings),
    connectSync: (connection) => deps.sync.connect(connection),
    disconnectSync: () => deps.sync.disconnect(),
    syncState: async () => deps.sync.state(),
    pushSyncChanges: async (changes) => {
      await deps.sync.push(changes)
      // The engine has them: the annotations of documents shared with a group follow into its member documents.
      deps.groups.localChanges(changes)
    },
    readSyncRecords: async (offset, limit) => deps.sync.records(offset, limit),
    listGroups: () => deps.groups.state(),
    createGroup: (name) => deps.groups.create(name),
    inviteToGroup: (groupId, role) => deps.groups.invite(groupId, role),
    joinGroup: (code) => deps.groups.join(code),
    leaveGroup: (groupId) => deps.groups.leave(groupId),
    removeGroupMember: (groupId, account) => deps.groups.removeMember(groupId, account),
    setGroupRole: (groupId, account, role) => deps.groups.setRole(groupId, account, role),
    shareDocument: (documentId, groupId, shared) => deps.groups.share(documentId, groupId, shared),
    withdrawMemberShare: (groupId, account, documentId) => deps.groups.withdraw(groupId, account, documentId),
    groupAnnotations: async (documentId) => deps.groups.annotations(documentId)
  }
}
