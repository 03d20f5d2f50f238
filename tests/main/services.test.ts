import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createMainServices } from '../../src/main/services'
import { SettingsStore } from '../../src/main/settings/settings-store'
import { ipcChannels } from '../../src/shared/ipc/contract'
import { shippedArchiveDir } from '../fixtures/archive-files'

const dir = mkdtempSync(join(tmpdir(), 'folio-services-'))
mkdirSync(join(dir, 'renderer'))
writeFileSync(join(dir, 'renderer', 'index.html'), '<html lang="fr"><body><div id="root"></div></body></html>')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('main’s services, wired once', () => {
  const services = createMainServices({
    archiveDir: shippedArchiveDir,
    rendererDir: join(dir, 'renderer'),
    appOrigins: ['folio://app'],
    systemTheme: () => 'dark',
    settings: new SettingsStore(join(dir, 'settings.json')),
    libraryDir: join(dir, 'library'),
    backupDir: join(dir, 'backups'),
    opener: { confirm: async () => false, open: async () => undefined },
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null }
  })

  it('serve the first page with the same archive the IPC router hands out', async () => {
    const archive = await services.router.dispatch(ipcChannels.loadArchive, 'folio://app/index.html', [])
    const page = String((await services.serve('folio://app/index.html')).body)
    expect(page).toContain('data-theme="dark"')
    const embedded = /<script type="application\/json" id="folio-archive">([\s\S]*?)<\/script>/.exec(page)?.[1]
    expect(JSON.parse(embedded ?? 'null')).toEqual(archive)
  })
})
