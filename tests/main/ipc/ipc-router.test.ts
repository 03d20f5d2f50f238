import { describe, expect, it, vi } from 'vitest'
import { createIpcRouter, isAppUrl, type Handlers } from '../../../src/main/ipc/ipc-router'
import { ipcChannels } from '../../../src/shared/ipc/contract'

const APP = 'folio://app'
function routerWithSpies() {
  const handlers = {
    openArchive: vi.fn(async () => ({
      ok: false as const,
      problem: { kind: 'missing' as const, file: 'manifest.json', message: 'x' }
    })),
    listArchive: vi.fn(async () => ({ total: 0, offset: 0, rows: [] })),
    readArchiveDocument: vi.fn(async (id: string) => ({
      ok: false as const,
      damaged: { id, file: 'x', title: 'x', problem: { kind: 'missing' as const, file: 'x', message: 'x' } }
    })),
    listArchives: vi.fn(async () => []),
    chooseArchive: vi.fn(async () => ({ ok: false as const, reason: 'canceled' as const, message: '' })),
    selectArchive: vi.fn(async () => ({ ok: true as const })),
    searchArchive: vi.fn(async (query: string) => ({ ok: true as const, results: { query, groups: [] }, titles: {} })),
    openExternal: vi.fn(async () => ({ ok: true as const })),
    listLibrary: vi.fn(async () => ({ total: 0, offset: 0, rows: [], problems: [] })),
    readLibraryDocument: vi.fn(async () => ({ ok: false as const, unlisted: true as const, message: 'x' })),
    importDocument: vi.fn(async () => ({ ok: false as const, reason: 'canceled' as const, message: '' })),
    removeDocument: vi.fn(async () => ({ ok: true as const })),
    restoreDocument: vi.fn(async () => ({ ok: false as const, reason: 'failed' as const, message: '' })),
    attachCopy: vi.fn(async () => ({ ok: false as const, reason: 'canceled' as const, message: '' })),
    listCopies: vi.fn(async () => []),
    describeCopy: vi.fn(async () => null),
    readCopyText: vi.fn(async () => null),
    keepCopyText: vi.fn(async () => undefined),
    removeCopy: vi.fn(async () => ({ ok: true as const })),
    addLaunchedFiles: vi.fn(async () => []),
    addDroppedFiles: vi.fn(async () => []),
    saveFile: vi.fn(async () => ({ ok: true as const, fileName: 'x' })),
    saveFiles: vi.fn(async () => ({ ok: true as const, fileName: 'x' })),
    savePdf: vi.fn(async () => ({ ok: true as const, fileName: 'x.pdf' })),
    openTextFile: vi.fn(async () => ({ ok: false as const, reason: 'canceled' as const, message: '' })),
    writeSafetyBackup: vi.fn(async () => ({ ok: true as const, fileName: 'x' })),
    rememberSettings: vi.fn(async () => undefined),
    connectSync: vi.fn(async () => ({ ok: false as const, message: 'x' })),
    disconnectSync: vi.fn(async () => undefined),
    syncState: vi.fn(async () => ({ connection: null, status: { state: 'off' as const } })),
    pushSyncChanges: vi.fn(async () => undefined),
    readSyncRecords: vi.fn(async () => ({ changes: [], next: null })),
    listGroups: vi.fn(async () => ({ available: false, me: null, offline: false, groups: [] })),
    createGroup: vi.fn(async () => ({ ok: true as const })),
    inviteToGroup: vi.fn(async () => ({ ok: true as const, code: 'x', expiresAt: 'x' })),
    joinGroup: vi.fn(async () => ({ ok: true as const })),
    leaveGroup: vi.fn(async () => ({ ok: true as const })),
    removeGroupMember: vi.fn(async () => ({ ok: true as const })),
    setGroupRole: vi.fn(async () => ({ ok: true as const })),
    shareDocument: vi.fn(async () => ({ ok: true as const })),
    withdrawMemberShare: vi.fn(async () => ({ ok: true as const })),
    groupAnnotations: vi.fn(async () => [])
  } satisfies Handlers
  return { handlers, router: createIpcRouter(handlers, [APP]) }
}

describe('the IPC router', () => {
  it('runs a handler called by the app page with valid arguments', async () => {
    const { handlers, router } = routerWithSpies()
    await expect(
      router.dispatch(ipcChannels.openExternal, 'folio://app/index.html', ['https://example.org/'])
    ).resolves.toEqual({ ok: true })
    expect(handlers.openExternal).toHaveBeenCalledWith('https://example.org/')
  })

  it.each([
    ['another site', 'https://evil.example/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['a lookalike host', 'folio://app.evil/index.html'],
    ['no frame', undefined],
    ['garbage', 'not a url']
  ])('refuses calls from %s and never runs the handler', async (_name, senderUrl) => {
    const { handlers, router } = routerWithSpies()
    await expect(router.dispatch(ipcChannels.openArchive, senderUrl, [])).rejects.toThrow(
      'l’expéditeur n’est pas une page de Folio'
    )
    expect(handlers.openArchive).not.toHaveBeenCalled()
  })

  it.each([
    ['no argument', []],
    ['a number', [42]],
    ['an object', [{ href: 'https://example.org' }]],
    ['an empty string', ['']],
    ['a 10 kB string', ['https://example.org/' + 'a'.repeat(10_000)]],
    ['an extra argument', ['https://example.org', 'more']]
  ])('refuses openExternal with %s', async (_name, args) => {
    const { handlers, router } = routerWithSpies()
    await expect(router.dispatch(ipcChannels.openExternal, `${APP}/index.html`, args)).rejects.toThrow(
      'Arguments invalides pour openExternal'
    )
    expect(handlers.openExternal).not.toHaveBeenCalled()
  })

  it('passes group calls with ids, roles, codes and names it accepts, and refuses others', async () => {
    const { handlers, router } = routerWithSpies()
    const group = '0123456789abcdef'
    const call = (method: keyof typeof ipcChannels, args: unknown[]) =>
      router.dispatch(ipcChannels[method], `${APP}/`, args)
    await call('createGroup', ['Séminaire 1950'])
    await call('inviteToGroup', [group, 'read'])
    await call('joinGroup', ['AbCdEfGhIjKlMnOpQrSt_-'])
    await call('setGroupRole', [group, 'fedcba9876543210', 'owner'])
    await call('shareDocument', ['doc-1', group, true])
    await call('withdrawMemberShare', [group, 'fedcba9876543210', 'doc-1'])
    for (const [method, args] of [
      ['createGroup', ['']],
      ['createGroup', ['x'.repeat(101)]],
      ['createGroup', ['Groupe\u202einversé']],
      ['inviteToGroup', [group, 'admin']],
      ['inviteToGroup', ['../groups', 'read']],
      ['joinGroup', ['code court']],
      ['setGroupRole', [group, 'FEDCBA9876543210', 'owner']],
      ['removeGroupMember', [group]],
      ['shareDocument', ['doc-1', group, 'yes']],
      ['withdrawMemberShare', [group, '../fedcba98765432', 'doc-1']],
      ['withdrawMemberShare', [group, 'fedcba9876543210']],
      ['groupAnnotations', ['x'.repeat(1_000)]]
    ] as const) {
      await expect(call(method, [...args]), `${method} ${JSON.stringify(args).slice(0, 60)}`).rejects.toThrow(
        `Arguments invalides pour ${method}`
      )
    }
    expect(handlers.createGroup).toHaveBeenCalledTimes(1)
    expect(handlers.inviteToGroup).toHaveBeenCalledTimes(1)
    expect(handlers.setGroupRole).toHaveBeenCalledWith(group, 'fedcba9876543210', 'owner')
    expect(handlers.shareDocument).toHaveBeenCalledWith('doc-1', group, true)
    expect(handlers.withdrawMemberShare).toHaveBeenCalledExactlyOnceWith(group, 'fedcba9876543210', 'doc-1')
    expect(handlers.removeGroupMember).not.toHaveBeenCalled()
    expect(handlers.groupAnnotations).not.toHaveBeenCalled()
  })

  it('passes valid settings to main and refuses anything else', async () => {
    const { handlers, router } = routerWithSpies()
    const settings = {
      theme: 'dark',
      fontSize: 20,
      lineWidth: 72,
      language: 'en',
      openDocument: 'u-0123456789abcdef',
      zoom: 1.25
    }
    await expect(router.dispatch(ipcChannels.rememberSettings, `${APP}/`, [settings])).resolves.toBeUndefined()
    expect(handlers.rememberSettings).toHaveBeenCalledWith(settings)
    for (const bad of [
      { ...settings, theme: 'neon' },
      { ...settings, fontSize: 400 },
      { ...settings, lineWidth: 12.5 },
      { ...settings, language: 'de' },
      { ...settings, openDocument: 42 },
      { ...settings, zoom: 3 },
      { ...settings, zoom: '2' },
      { ...settings, openDocument: 'x'.repeat(600) },
      { ...settings, extra: '<script>' },
      'dark'
    ]) {
      await expect(router.dispatch(ipcChannels.rememberSettings, `${APP}/`, [bad])).rejects.toThrow(
        'Arguments invalides pour rememberSettings'
      )
    }
    expect(handlers.rememberSettings).toHaveBeenCalledTimes(1)
  })

  it('refuses sync pushes that are not records of the synced tables, and passes valid ones', async () => {
    const { handlers, router } = routerWithSpies()
    const note = { id: 'a1', documentId: 'd', note: 'x' }
    for (const bad of [
      [{ table: 'drafts', key: 'a1', record: note }],
      [{ table: 'annotations', key: 'other', record: note }],
      [{ table: 'annotations', key: 'a1', record: { ...note, note: 'x'.repeat(300_000) } }],
      [{ table: 'annotations', key: '', record: null }],
      [{ table: 'annotations', key: 'a1', record: [note] }]
    ]) {
      await expect(router.dispatch(ipcChannels.pushSyncChanges, `${APP}/`, [bad])).rejects.toThrow(
        'Arguments invalides pour pushSyncChanges'
      )
    }
    const good = [
      { table: 'annotations', key: 'a1', record: note },
      { table: 'settings', key: 'theme', record: null }
    ]
    await router.dispatch(ipcChannels.pushSyncChanges, `${APP}/`, [good])
    expect(handlers.pushSyncChanges).toHaveBeenCalledWith(good)
  })

  it('refuses arguments to a method that takes none', async () => {
    const { router } = routerWithSpies()
    await expect(router.dispatch(ipcChannels.openArchive, `${APP}/`, ['../etc'])).rejects.toThrow(
      'Arguments invalides pour openArchive'
    )
  })

  it('refuses archive pages, ids and queries outside their bounds, and passes valid ones', async () => {
    const { handlers, router } = routerWithSpies()
    for (const bad of [
      { offset: -1, limit: 10 },
      { offset: 0, limit: 0 },
      { offset: 0, limit: 100_000 },
      { offset: 0.5, limit: 10 },
      { offset: 0, limit: 10, query: 'x'.repeat(10_000) },
      { offset: 0, limit: 10, extra: true }
    ]) {
      await expect(router.dispatch(ipcChannels.listArchive, `${APP}/`, [bad])).rejects.toThrow(
        'Arguments invalides pour listArchive'
      )
    }
    await router.dispatch(ipcChannels.listArchive, `${APP}/`, [{ offset: 200, limit: 100, query: 'traité' }])
    expect(handlers.listArchive).toHaveBeenCalledWith({ offset: 200, limit: 100, query: 'traité' })
    for (const bad of ['../manifest.json', '', 'a'.repeat(65), 'a/b']) {
      await expect(router.dispatch(ipcChannels.readArchiveDocument, `${APP}/`, [bad])).rejects.toThrow(
        'Arguments invalides pour readArchiveDocument'
      )
    }
    await expect(
      router.dispatch(ipcChannels.searchArchive, `${APP}/`, ['traité', { kinds: ['passage', 'evil'] }])
    ).rejects.toThrow('Arguments invalides pour searchArchive')
    await router.dispatch(ipcChannels.searchArchive, `${APP}/`, ['traité', { kinds: ['passage'], limit: 8 }])
    expect(handlers.searchArchive).toHaveBeenCalledWith('traité', { kinds: ['passage'], limit: 8 })
    expect(handlers.listArchive).toHaveBeenCalledTimes(1)
    expect(handlers.readArchiveDocument).not.toHaveBeenCalled()
  })

  it('refuses library pages and ids outside their bounds, and passes valid ones', async () => {
    const { handlers, router } = routerWithSpies()
    for (const bad of [
      undefined,
      { offset: -1, limit: 10 },
      { offset: 0, limit: 0 },
      { offset: 0, limit: 100_000 },
      { offset: 0, limit: 10, query: 'x'.repeat(10_000) },
      { offset: 0, limit: 10, locate: '../library.json' },
      { offset: 0, limit: 10, verify: 'yes' },
      { offset: 0, limit: 10, extra: true }
    ]) {
      await expect(router.dispatch(ipcChannels.listLibrary, `${APP}/`, bad === undefined ? [] : [bad])).rejects.toThrow(
        'Arguments invalides pour listLibrary'
      )
    }
    const request = { offset: 100, limit: 100, query: 'traité', locate: 'u-0123456789abcdef', verify: true }
    await router.dispatch(ipcChannels.listLibrary, `${APP}/`, [request])
    expect(handlers.listLibrary).toHaveBeenCalledWith(request)
    // The open document may be the archive's: its id is located too (main answers -1 for it).
    await router.dispatch(ipcChannels.listLibrary, `${APP}/`, [
      { offset: 0, limit: 10, locate: 'a1b2c3d4e5f6--valmorel' }
    ])
    for (const bad of ['../library.json', '', 'u-0123', 'valmorel', 'u-0123456789abcdeg', ['u-0123456789abcdef']]) {
      await expect(router.dispatch(ipcChannels.readLibraryDocument, `${APP}/`, [bad])).rejects.toThrow(
        'Arguments invalides pour readLibraryDocument'
      )
    }
    await router.dispatch(ipcChannels.readLibraryDocument, `${APP}/`, ['u-0123456789abcdef'])
    expect(handlers.readLibraryDocument).toHaveBeenCalledTimes(1)
    expect(handlers.listLibrary).toHaveBeenCalledTimes(2)
  })

  it('refuses an unknown channel', async () => {
    const { router } = routerWithSpies()
    await expect(router.dispatch('fs:read', `${APP}/`, [])).rejects.toThrow('Canal IPC inconnu : fs:read')
  })

  it('lists one channel per method of the contract', () => {
    expect(routerWithSpies().router.channels.sort()).toEqual(Object.values(ipcChannels).sort())
  })

  it('recognises app URLs by exact origin', () => {
    expect(isAppUrl('folio://app/a/b.html', [APP])).toBe(true)
    expect(isAppUrl('http://localhost:5173/', ['http://localhost:5173'])).toBe(true)
    expect(isAppUrl('http://localhost:5174/', ['http://localhost:5173'])).toBe(false)
  })
})

describe('file requests', () => {
  it.each([
    ['a path in the name', { suggestedName: '../../.bashrc', content: 'x', filters: [] }],
    ['an unexpected field', { suggestedName: 'a.md', content: 'x', filters: [], path: '/etc/passwd' }],
    ['a bad extension', { suggestedName: 'a.md', content: 'x', filters: [{ name: 'x', extensions: ['*'] }] }],
    ['content that is not text', { suggestedName: 'a.md', content: 42, filters: [] }]
  ])('refuses saveFile with %s', async (_name, request) => {
    const { handlers, router } = routerWithSpies()
    await expect(router.dispatch(ipcChannels.saveFile, 'folio://app/', [request])).rejects.toThrow(
      'Arguments invalides pour saveFile'
    )
    expect(handlers.saveFile).not.toHaveBeenCalled()
  })
})

describe('library requests', () => {
  it.each([['../../etc/passwd'], ['fed214270135fa12'], ['u-123'], [42]])(
    'refuses removeDocument(%s): only ids of the user library',
    async (id) => {
      const { handlers, router } = routerWithSpies()
      await expect(router.dispatch(ipcChannels.removeDocument, 'folio://app/', [id])).rejects.toThrow(
        'Arguments invalides pour removeDocument'
      )
      expect(handlers.removeDocument).not.toHaveBeenCalled()
    }
  )

  it.each([['../../etc/passwd'], ['u-0123456789ABCDEF'], ['u-0123456789abcdef/..'], [null]])(
    'refuses restoreDocument(%s): only ids of the user library',
    async (id) => {
      const { handlers, router } = routerWithSpies()
      await expect(router.dispatch(ipcChannels.restoreDocument, 'folio://app/', [id])).rejects.toThrow(
        'Arguments invalides pour restoreDocument'
      )
      expect(handlers.restoreDocument).not.toHaveBeenCalled()
    }
  )

  it('passes a library id to restoreDocument', async () => {
    const { handlers, router } = routerWithSpies()
    await router.dispatch(ipcChannels.restoreDocument, 'folio://app/', ['u-0123456789abcdef'])
    expect(handlers.restoreDocument).toHaveBeenCalledWith('u-0123456789abcdef')
  })
})
