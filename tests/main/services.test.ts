import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { UserLibrary } from '../../src/main/library/user-library'
import { createMainServices, type ServiceDeps } from '../../src/main/services'
import { SettingsStore } from '../../src/main/settings/settings-store'
import { ipcChannels } from '../../src/shared/ipc/contract'
import { repoRoot, shippedArchiveDir } from '../fixtures/archive-files'
import { parseHere } from './library/parse-here'

const dir = mkdtempSync(join(tmpdir(), 'folio-services-'))
mkdirSync(join(dir, 'renderer'))
writeFileSync(join(dir, 'renderer', 'index.html'), '<html lang="fr"><body><div id="root"></div></body></html>')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const deps = (name: string): ServiceDeps => ({
  archiveDir: shippedArchiveDir,
  rendererDir: join(dir, 'renderer'),
  appOrigins: ['folio://app'],
  systemTheme: () => 'dark',
  settings: new SettingsStore(join(dir, name, 'settings.json')),
  libraryDir: join(dir, name, 'library'),
  archivesFile: join(dir, name, 'archives.json'),
  backupDir: join(dir, name, 'backups'),
  syncDir: join(dir, name, 'sync'),
  opener: { confirm: async () => false, open: async () => undefined },
  dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null },
  parseDocument: parseHere
})

describe('main’s services, wired once', () => {
  const services = createMainServices(deps('one'))

  it('serve the first page with the same archive the IPC router hands out', async () => {
    const archive = await services.router.dispatch(ipcChannels.openArchive, 'folio://app/index.html', [])
    const page = String((await services.serve('folio://app/index.html')).body)
    expect(page).toContain('data-theme="dark"')
    const embedded = /<script type="application\/json" id="folio-archive">([\s\S]*?)<\/script>/.exec(page)?.[1]
    expect(JSON.parse(embedded ?? 'null')).toEqual(archive)
  })

  it('serves the first screen without waiting for a library document still being parsed', async () => {
    const wiring = deps('slow')
    const added = await new UserLibrary(wiring.libraryDir, parseHere).add(
      join(repoRoot, 'tests/fixtures/articles/valmorel.txt')
    )
    if (!added.ok) throw new Error(added.message)
    await wiring.settings.remember({ ...(await wiring.settings.get()), openDocument: added.entry.id })
    let parsing = 0
    // A parse that never ends (a worker stuck on a document): the page must not wait for it.
    const stuck = createMainServices({ ...wiring, parseDocument: () => (parsing++, new Promise(() => undefined)) })
    const page = String((await stuck.serve('folio://app/index.html')).body)
    expect(parsing).toBe(1)
    expect(page).toContain('class="app-shell first-screen"')
    expect(page).not.toContain('Accord de Valmorel')
    // The archive's first document is shown instead (and handed over); the app opens the user's once it is read.
    const opening = /<script type="application\/json" id="folio-opening">([\s\S]*?)<\/script>/.exec(page)?.[1]
    expect(JSON.parse(opening ?? 'null')).toMatchObject({ origin: 'archive', id: 'fed214270135fa12' })
    // Read in time, the same document is the first screen.
    const page2 = String((await createMainServices(wiring).serve('folio://app/index.html')).body)
    expect(page2).toContain('Accord de Valmorel sur la navigation fluviale')
  })

  it('keep a copy attached over IPC in the library folder, and serve it on the app’s protocol', async () => {
    const wiring = deps('copies')
    const source = join(dir, 'copies-yang.pdf')
    writeFileSync(source, '%PDF-1.7\n%%EOF\n')
    const services = createMainServices({
      ...wiring,
      dialogs: { ...wiring.dialogs, chooseOpenPath: async () => source }
    })
    const page = 'folio://app/index.html'
    const attached = await services.router.dispatch(ipcChannels.attachCopy, page, [null])
    if (!attached || typeof attached !== 'object' || !('copy' in attached)) throw new Error('not attached')
    const { id, sha256 } = attached.copy as { id: string; sha256: string }
    expect(readFileSync(join(wiring.libraryDir, 'copies', `${sha256}.pdf`), 'utf8')).toBe('%PDF-1.7\n%%EOF\n')
    const served = await services.serve(`folio://app/copies/${id}`)
    expect(served.headers['content-type']).toBe('application/pdf')
    expect(Buffer.from(served.body).toString()).toBe('%PDF-1.7\n%%EOF\n')
  })

  it('answer the sync over IPC from the engine in the sync folder: off on a new device, nothing held', async () => {
    const wiring = deps('sync')
    const services = createMainServices(wiring)
    const page = 'folio://app/index.html'
    expect(await services.router.dispatch(ipcChannels.syncState, page, [])).toEqual({
      connection: null,
      status: { state: 'off' }
    })
    expect(await services.router.dispatch(ipcChannels.readSyncRecords, page, [0, 100])).toEqual({
      changes: [],
      next: null
    })
    expect(services.sync.state()).toEqual({ connection: null, status: { state: 'off' } })
    await services.close()
  })

  it('answer groups over IPC beside the engine: none while the device is not connected', async () => {
    const services = createMainServices(deps('groups'))
    const page = 'folio://app/index.html'
    expect(await services.router.dispatch(ipcChannels.listGroups, page, [])).toEqual({
      available: false,
      me: null,
      offline: false,
      groups: []
    })
    expect(await services.router.dispatch(ipcChannels.createGroup, page, ['Séminaire'])).toMatchObject({
      ok: false,
      code: 'off'
    })
    expect(await services.router.dispatch(ipcChannels.groupAnnotations, page, ['doc-1'])).toEqual([])
    await services.close()
  })
})
