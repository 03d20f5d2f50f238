// Two devices and the real sync server on a loopback port: what one pushes reaches the other; the status says what
// is true (syncing, synced, offline with what waits, refused); a server that stops and comes back, or a device closed
// before its upload ends, loses nothing and duplicates nothing.

import { cpSync, existsSync, statSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { describe, expect, it, vi } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { removeAccount } from '../../../src/sync-server/accounts'
import { accountDocumentName, documentDir } from '../../../src/main/sync/sync-engine'
import { annotation, bookmark, edited, put, RECORDS, remove } from './sync-records'
import { syncFixture, WAIT } from './sync-fixture'

const sync = syncFixture()
const LATER = '2026-12-03T09:00:00.000Z'
const everything = RECORDS.map(({ table, key, record }) => put(table, record, key))

describe('the sync engine with a server', { timeout: 60_000 }, () => {
  it('carries what device A pushes to device B, and gives a device that connects later everything', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.httpUrl)
    const a = sync.device()
    const b = sync.device()
    expect(await a.engine.connect(connection)).toMatchObject({
      ok: true,
      state: { connection: { account: connection.account } }
    })
    expect(await b.engine.connect(connection)).toMatchObject({ ok: true })
    await a.engine.push(everything)
    await vi.waitFor(() => expect(b.held().size).toBe(RECORDS.length), WAIT)
    for (const { table, key, record } of RECORDS) expect(b.held().get(`${table}/${key}`)).toEqual(record)

    await a.engine.push([remove('bookmarks', bookmark.id)])
    await vi.waitFor(() => expect(b.held().has(`bookmarks/${bookmark.id}`)).toBe(false), WAIT)

    // A third device, connected now: its first sync hands the page every live record, and its pages list them.
    const c = sync.device()
    expect(await c.engine.connect(connection)).toMatchObject({ ok: true })
    await vi.waitFor(() => expect(c.held().size).toBe(RECORDS.length - 1), WAIT)
    const page = await c.engine.records(0, 100)
    expect(page.next).toBeNull()
    expect(page.changes.map(({ table, key }) => `${table}/${key}`).sort()).toEqual([...c.held().keys()].sort())
  })

  it('pages every live record in a stable order', async () => {
    const server = await sync.server()
    const a = sync.device()
    expect(await a.engine.connect(await sync.account(server.dataDir, server.url))).toMatchObject({ ok: true })
    const states = Array.from({ length: 2_500 }, (_, i) =>
      put('readingStates', { documentId: `d-${i}`, blockId: 'p-1', fraction: 0.5, updatedAt: LATER }, `d-${i}`)
    )
    await a.engine.push([...states, ...everything, remove('settings', 'theme')])
    const seen: string[] = []
    for (let offset: number | null = 0; offset !== null;) {
      const page = await a.engine.records(offset, 1_000)
      seen.push(...page.changes.map(({ table, key }) => `${table}/${key}`))
      offset = page.next
    }
    expect(seen).toHaveLength(2_500 + RECORDS.length - 1)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).not.toContain('settings/theme')
    const again = await a.engine.records(1_000, 1_000)
    expect(again.changes.map(({ table, key }) => `${table}/${key}`)).toEqual(seen.slice(1_000, 2_000))
  })

  it('says syncing then synced, offline with the changes waiting when the server stops, and synced again', async () => {
    const server = await sync.server()
    const a = sync.device()
    expect(a.engine.state()).toEqual({ connection: null, status: { state: 'off' } })
    await a.engine.connect(await sync.account(server.dataDir, server.url))
    await sync.until(a, 'synced')
    expect(a.statuses.map((status) => status.state)).toEqual(['off', 'syncing', 'synced'])

    await a.engine.push([put('annotations', annotation, annotation.id)])
    await sync.until(a, 'synced')
    expect(a.statuses.slice(3).map((status) => status.state)).toEqual(['syncing', 'synced'])
    expect(a.statuses.find((status) => status.state === 'syncing' && status.sent === 1)).toBeDefined()

    await server.stop()
    await sync.until(a, 'offline')
    await a.engine.push([put('bookmarks', bookmark, bookmark.id)])
    await a.engine.push([put('annotations', edited(annotation, { color: 'blue' }, LATER), annotation.id)])
    expect(a.engine.state().status).toMatchObject({ state: 'offline', pending: 2 })

    await sync.server(server.dataDir, server.port)
    await sync.until(a, 'synced')
    const status = a.engine.state().status
    expect(status.state === 'synced' && Date.parse(status.at)).toBeGreaterThan(0)
  })

  it('refuses a wrong token, with the server’s reason, and a token whose account is removed', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    const a = sync.device()
    const refused = await a.engine.connect({ ...connection, token: 'not-the-token' })
    expect(refused).toEqual({
      ok: false,
      message: 'Connexion refusée : le serveur ne reconnaît pas ce jeton (token).'
    })
    expect(a.engine.state()).toEqual({ connection: null, status: { state: 'off' } })
    expect(existsSync(join(a.dir, 'connection.json'))).toBe(false)

    expect(await a.engine.connect(connection)).toMatchObject({ ok: true })
    await removeAccount(server.dataDir, connection.account)
    // The server checks open connections again every few seconds.
    await vi.waitFor(
      () => expect(a.engine.state().status).toMatchObject({ state: 'refused', reason: 'token', message: 'token' }),
      WAIT
    )

    // Started again with the saved token: refused at once, and no more attempts.
    await a.engine.close()
    const again = sync.device(a.dir)
    await vi.waitFor(
      () => expect(again.engine.state().status).toMatchObject({ state: 'refused', reason: 'token', message: 'token' }),
      WAIT
    )
    expect(again.statuses.map((status) => status.state)).toEqual(['syncing', 'refused'])
  })

  it('says refused, with the server’s reason, when the account’s document outgrows the server’s limit', async () => {
    const server = await sync.server(undefined, 0, { maxDocumentBytes: 50_000 })
    const a = sync.device()
    await a.engine.connect(await sync.account(server.dataDir, server.url))
    await sync.until(a, 'synced')
    const many = Array.from({ length: 200 }, (_, i) =>
      put('annotations', { ...annotation, id: `a-${i}`, note: `${annotation.note} (${i})` }, `a-${i}`)
    )
    await a.engine.push(many)
    await vi.waitFor(
      () => expect(a.engine.state().status).toEqual({ state: 'refused', reason: 'other', message: 'too-large' }),
      WAIT
    )
    // What was pushed stays on the device.
    expect((await a.engine.records(0, 1_000)).changes).toHaveLength(200)
  })

  it('says at once that a server that is not there cannot be reached', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    await server.stop()
    const a = sync.device()
    expect(await a.engine.connect(connection)).toMatchObject({
      ok: false,
      message: expect.stringContaining('ne répond pas')
    })
    expect(a.engine.state().status).toEqual({ state: 'off' })
    expect(existsSync(documentDir(a.dir, connection))).toBe(false)
  })

  it('merges what two devices did while the server was stopped: every change on both, nothing twice', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    const a = sync.device()
    const b = sync.device()
    await a.engine.connect(connection)
    await b.engine.connect(connection)
    await a.engine.push(everything)
    await vi.waitFor(() => expect(b.held().size).toBe(RECORDS.length), WAIT)

    await server.stop()
    await Promise.all([sync.until(a, 'offline'), sync.until(b, 'offline')])
    const noteA = `Moscou, 1950. ${annotation.note}`
    const noteB = `${annotation.note} Voir Peskov (2010).`
    await a.engine.push([put('annotations', edited(annotation, { note: noteA }, LATER), annotation.id)])
    await a.engine.push([remove('bookmarks', bookmark.id)])
    await b.engine.push([put('annotations', edited(annotation, { note: noteB }, LATER), annotation.id)])
    await b.engine.push([put('bookmarks', edited(bookmark, { label: 'Deng Xiaoping, 1979' }, LATER), bookmark.id)])
    await b.engine.push([put('settings', { key: 'language', value: 'en', updatedAt: LATER }, 'language')])
    expect(b.engine.state().status).toMatchObject({ state: 'offline', pending: 3 })

    await sync.server(server.dataDir, server.port)
    await Promise.all([sync.until(a, 'synced'), sync.until(b, 'synced')])
    const merged = `Moscou, 1950. ${annotation.note} Voir Peskov (2010).`
    // Each page was handed the merged note, not only the other device's version.
    for (const device of [a, b])
      await vi.waitFor(
        () => expect(device.held().get(`annotations/${annotation.id}`)).toMatchObject({ note: merged }),
        WAIT
      )
    for (const device of [a, b]) {
      await vi.waitFor(async () => {
        const records = (await device.engine.records(0, 100)).changes
        expect(records).toHaveLength(RECORDS.length + 1)
        expect(records.find((change) => change.key === annotation.id)?.record).toMatchObject({ note: merged })
        // The bookmark deleted on A was edited on B: kept, with B's edit.
        expect(records.find((change) => change.key === bookmark.id)?.record).toMatchObject({
          label: 'Deng Xiaoping, 1979'
        })
      }, WAIT)
    }
  })

  it('uploads, after a restart, what it was closed in the middle of uploading', async () => {
    const server = await sync.server()
    const relay = await sync.relay(server.port)
    const connection = await sync.account(server.dataDir, relay.url)
    const a = sync.device()
    const b = sync.device()
    await a.engine.connect(connection)
    await b.engine.connect({ ...connection, server: server.url })
    await sync.until(a, 'synced')
    const many = Array.from({ length: 3_000 }, (_, i) =>
      put('annotations', { ...annotation, id: `a-${i}`, note: `${annotation.note} (${i})` }, `a-${i}`)
    )
    // Pushed (on disk), sent into a network that never delivers it; then the app quits.
    relay.cut()
    await a.engine.push(many)
    expect(a.engine.state().status).toMatchObject({ state: 'syncing', sent: 3_000 })
    await a.engine.close()
    expect(b.held().size).toBe(0)

    relay.mend()
    const reopened = sync.device(a.dir)
    await reopened.engine.ready
    expect(reopened.engine.state().connection).toEqual({ server: connection.server, account: connection.account })
    await sync.until(reopened, 'synced')
    await vi.waitFor(() => expect(b.held().size).toBe(3_000), WAIT)
    expect(b.held().get('annotations/a-2999')).toMatchObject({ note: `${annotation.note} (2999)` })
  })

  it('loses nothing when the server dies mid-sync and comes back without what it had not stored', async () => {
    const server = await sync.server()
    const relay = await sync.relay(server.port)
    const connection = await sync.account(server.dataDir, server.url)
    const a = sync.device()
    const b = sync.device()
    await a.engine.connect({ ...connection, server: relay.url })
    await b.engine.connect(connection)
    await a.engine.push(everything)
    await vi.waitFor(() => expect(b.held().size).toBe(RECORDS.length), WAIT)
    // What the server had stored when it died: its data folder as of now.
    await server.stop()
    const stored = sync.tempDir('folio-sync-stored-')
    cpSync(server.dataDir, stored, { recursive: true })
    await sync.server(server.dataDir, server.port)
    await Promise.all([sync.until(a, 'synced'), sync.until(b, 'synced')])

    // A's upload is cut in the network; B's reaches the server, which dies before storing it.
    relay.cut()
    const fromA = Array.from({ length: 1_000 }, (_, i) =>
      put('readingStates', { documentId: `a-${i}`, blockId: 'p-1', fraction: 0.25, updatedAt: LATER }, `a-${i}`)
    )
    const fromB = Array.from({ length: 1_000 }, (_, i) =>
      put('readingStates', { documentId: `b-${i}`, blockId: 'p-2', fraction: 0.75, updatedAt: LATER }, `b-${i}`)
    )
    await a.engine.push(fromA)
    await b.engine.push(fromB)
    await sync.until(b, 'synced')
    await sync.servers.stopAll()
    await sync.server(stored, server.port)
    relay.mend()

    const all = RECORDS.length + fromA.length + fromB.length
    for (const device of [a, b])
      await vi.waitFor(async () => {
        const seen: string[] = []
        for (let offset: number | null = 0; offset !== null;) {
          const page = await device.engine.records(offset, 2_000)
          seen.push(...page.changes.map(({ table, key }) => `${table}/${key}`))
          offset = page.next
        }
        expect(new Set(seen).size).toBe(all)
        expect(seen).toHaveLength(all)
      }, WAIT)
    // Each device's page got the other's changes, once each.
    await vi.waitFor(() => expect(a.held().size).toBe(fromB.length), WAIT)
    await vi.waitFor(() => expect(b.held().size).toBe(RECORDS.length + fromA.length), WAIT)
    // A third device connecting now gets it all from the server alone.
    const c = sync.device()
    await c.engine.connect(connection)
    await vi.waitFor(() => expect(c.held().size).toBe(all), WAIT)
  })

  it('keeps changes made with no server across a restart, and uploads them when it comes back', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    const a = sync.device()
    await a.engine.connect(connection)
    await sync.until(a, 'synced')
    await server.stop()
    await sync.until(a, 'offline')
    await a.engine.push(everything)
    await a.engine.close()

    // Started again with the server still down: its document and its pending changes are there.
    const later = sync.device(a.dir)
    await later.engine.ready
    await sync.until(later, 'offline')
    expect(later.engine.state().status).toMatchObject({ state: 'offline', pending: RECORDS.length })
    expect((await later.engine.records(0, 100)).changes).toHaveLength(RECORDS.length)

    await sync.server(server.dataDir, server.port)
    await sync.until(later, 'synced')
    const b = sync.device()
    await b.engine.connect(connection)
    await vi.waitFor(() => expect(b.held().size).toBe(RECORDS.length), WAIT)
  })

  it('opens a document whose log lost its last entry in a crash, and syncs the rest', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    await server.stop()
    const a = sync.device()
    // Connected once (saved), then the server went away.
    const up = await sync.server(server.dataDir, server.port)
    await a.engine.connect(connection)
    await up.stop()
    await sync.until(a, 'offline')
    await a.engine.push([put('annotations', annotation, annotation.id)])
    await a.engine.push([put('bookmarks', bookmark, bookmark.id)])
    await a.engine.close()
    const log = join(documentDir(a.dir, connection), 'log')
    truncateSync(log, statSync(log).size - 4)

    const again = sync.device(a.dir)
    await again.engine.ready
    const held = (await again.engine.records(0, 100)).changes.map(({ key }) => key)
    expect(held).toEqual([annotation.id])
  })

  it('switches to another account: the new one syncs, the old one’s copy is gone; a failed switch keeps the old', async () => {
    const server = await sync.server()
    const first = await sync.account(server.dataDir, server.url, 'Chercheuse')
    const second = await sync.account(server.dataDir, server.url, 'Labo')
    const a = sync.device()
    await a.engine.connect(first)
    await a.engine.push(everything)
    await sync.until(a, 'synced')

    expect(await a.engine.connect({ ...second, token: 'wrong' })).toMatchObject({ ok: false })
    expect(a.engine.state().connection).toEqual({ server: first.server, account: first.account })
    await sync.until(a, 'synced')
    expect((await a.engine.records(0, 100)).changes).toHaveLength(RECORDS.length)

    expect(await a.engine.connect(second)).toMatchObject({ ok: true })
    expect(existsSync(documentDir(a.dir, first))).toBe(false)
    expect((await a.engine.records(0, 100)).changes).toEqual([])
    expect(a.engine.credentials()).toEqual(second)
  })

  it('forgets the connection and its document on disconnect; the next start is off', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    const a = sync.device()
    await a.engine.connect(connection)
    await a.engine.push(everything)
    expect(existsSync(join(a.dir, 'connection.json'))).toBe(true)
    await a.engine.disconnect()
    expect(a.engine.state()).toEqual({ connection: null, status: { state: 'off' } })
    expect(existsSync(join(a.dir, 'connection.json'))).toBe(false)
    expect(existsSync(documentDir(a.dir, connection))).toBe(false)
    await a.engine.close()
    const next = sync.device(a.dir)
    await next.engine.ready
    expect(next.engine.state().status).toEqual({ state: 'off' })
  })
  it('drops what a hostile client of the same account writes that is not a record, and hands on the rest', async () => {
    const server = await sync.server()
    const connection = await sync.account(server.dataDir, server.url)
    const b = sync.device()
    await b.engine.connect(connection)
    await sync.until(b, 'synced')
    // Another client with the account's token, not Folio: it writes straight into the account's document.
    const doc = new Y.Doc()
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket })
    const hostile = new HocuspocusProvider({
      websocketProvider: socket,
      name: accountDocumentName(connection.account),
      document: doc,
      token: connection.token
    })
    hostile.attach()
    try {
      await vi.waitFor(() => expect(hostile.isAuthenticated && hostile.synced).toBe(true), WAIT)
      doc.transact(() => {
        const rows = doc.getMap('annotations')
        const wrongKey = new Y.Map<unknown>()
        rows.set(annotation.id, wrongKey)
        wrongKey.set('id', 'someone-else')
        rows.set('not-a-map', '<script>alert(1)</script>')
        const huge = new Y.Map<unknown>()
        rows.set('huge', huge)
        huge.set('id', 'huge')
        huge.set('note', 'x'.repeat(300_000))
        const fine = new Y.Map<unknown>()
        doc.getMap('settings').set('theme', fine)
        fine.set('key', 'theme')
        fine.set('value', 'dark')
      })
      await vi.waitFor(
        () =>
          expect(b.received).toEqual([{ table: 'settings', key: 'theme', record: { key: 'theme', value: 'dark' } }]),
        WAIT
      )
      expect(b.engine.dropped()).toBe(3)
      expect((await b.engine.records(0, 100)).changes.map(({ key }) => key)).toEqual(['theme'])
    } finally {
      hostile.destroy()
      socket.destroy()
    }
  })
})
