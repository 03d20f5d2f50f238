// What a hostile or broken client sends, tried on raw sockets: bytes that are no message, a text frame, a frame
// past the size limit, a document grown past its limit, updates sent without authenticating, a malformed update
// on an open document. Each is refused — the socket or that document's connection closed — and the server
// goes on serving everyone else.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { MAX_PENDING_DOCUMENTS } from '../../src/sync-server/message-limits'
import { dataFolder, eventually, groupOf, mustOpen, onCleanup, person, startServer, varBytes, varUint } from './helpers'

interface RawSocket {
  socket: WebSocket
  closed: Promise<{ code: number; reason: string }>
  received: Uint8Array[]
}

async function rawSocket(url: string): Promise<RawSocket> {
  const socket = new WebSocket(url)
  onCleanup(() => socket.terminate())
  const received: Uint8Array[] = []
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  )
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  return { socket, closed, received }
}

const message = (...parts: number[][]) => Uint8Array.from(parts.flat())
const SYNC = 0
const AUTH = 2
const BROADCAST_STATELESS = 6
const CLOSE = 7
const SYNC_UPDATE = 2
/** The type of a message the server sent for `name` (after its name). */
const typeOf = (data: Uint8Array, name: string) => data[varBytes(name).length]

/** A client that still gets served: opens its private document and syncs a change through the server. */
async function stillServes(url: string, person: { account: string; token: string }) {
  const one = await mustOpen(url, `account:${person.account}`, person.token)
  const two = await mustOpen(url, `account:${person.account}`, person.token)
  one.annotations.set('ok', true)
  await eventually(() => expect(two.annotations.get('ok')).toBe(true))
}

describe('the sync server, given bad input', () => {
  it('closes a socket that sends bytes that are no message, or text, and serves the others', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const garbage = await rawSocket(server.url)
    garbage.socket.send(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))
    expect(await garbage.closed).toEqual({ code: 1007, reason: 'malformed' })
    const text = await rawSocket(server.url)
    text.socket.send('{"hello": "server"}')
    expect((await text.closed).code).toBe(1003)
    await stillServes(server.url, alice)
  })

  it('closes a document whose update does not decode, without harm to the document', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const name = `account:${alice.account}`
    const before = await mustOpen(server.url, name, alice.token)
    before.annotations.set('kept', 'yes')

    const raw = await rawSocket(server.url)
    raw.socket.send(message(varBytes(name), varUint(AUTH), varUint(0), varBytes(alice.token)))
    await eventually(() => expect(raw.received.some((data) => typeOf(data, name) === AUTH)).toBe(true))
    const notAnUpdate = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])
    raw.socket.send(message(varBytes(name), varUint(SYNC), varUint(SYNC_UPDATE), varBytes(notAnUpdate)))
    await eventually(() => expect(raw.received.some((data) => typeOf(data, name) === CLOSE)).toBe(true))

    const after = await mustOpen(server.url, name, alice.token)
    expect(after.annotations.toJSON()).toEqual({ kept: 'yes' })
  })

  it('relays no stateless message: a read-only member cannot reach the others with text of their own', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const reader = await person(dataDir, 'reader')
    const group = await groupOf(server.httpUrl, owner, [{ who: reader, role: 'read' }])
    const name = `group:${group}:${owner.account}`
    const ownerView = await mustOpen(server.url, name, owner.token)
    const heard: string[] = []
    ownerView.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload))

    const raw = await rawSocket(server.url)
    raw.socket.send(message(varBytes(name), varUint(AUTH), varUint(0), varBytes(reader.token)))
    await eventually(() => expect(raw.received.some((data) => typeOf(data, name) === AUTH)).toBe(true))
    raw.socket.send(message(varBytes(name), varUint(BROADCAST_STATELESS), varBytes('<img src=x onerror=alert(1)>')))
    await eventually(() => expect(raw.received.some((data) => typeOf(data, name) === CLOSE)).toBe(true))
    // The owner's next change reaches a fresh reader; the broadcast, sent before it, never reached the owner.
    ownerView.annotations.set('after', true)
    const check = await mustOpen(server.url, name, reader.token)
    await eventually(() => expect(check.annotations.get('after')).toBe(true))
    expect(heard).toEqual([])
  })

  it('survives random messages on an authenticated socket, and serves the others', { timeout: 30_000 }, async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const bob = await person(dataDir, 'bob')
    const name = `account:${alice.account}`
    await fc.assert(
      fc.asyncProperty(fc.nat(9), fc.nat(3), fc.uint8Array({ maxLength: 300 }), async (type, step, tail) => {
        // Each on a socket of its own, authenticated first, so that every one reaches Hocuspocus' handling.
        const raw = await rawSocket(server.url)
        raw.socket.send(message(varBytes(name), varUint(AUTH), varUint(0), varBytes(alice.token)))
        await eventually(() => expect(raw.received.some((data) => typeOf(data, name) === AUTH)).toBe(true))
        raw.socket.send(message(varBytes(name), varUint(type), varUint(step), [...tail]))
        raw.socket.close()
      }),
      { numRuns: 150 }
    )
    await stillServes(server.url, bob)
  })

  it('never applies an update sent without authenticating, and closes a socket that keeps sending them', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir, limits: { maxMessageBytes: 64 * 1024 } })
    const alice = await person(dataDir, 'alice')
    const name = `account:${alice.account}`
    const forged = new Y.Doc()
    forged.getMap('annotations').set('forged', 'by someone without the token')
    const update = Y.encodeStateAsUpdate(forged)

    const raw = await rawSocket(server.url)
    raw.socket.send(message(varBytes(name), varUint(SYNC), varUint(SYNC_UPDATE), varBytes(update)))
    const view = await mustOpen(server.url, name, alice.token)
    expect(view.annotations.toJSON()).toEqual({})
    // Hocuspocus would queue these until an authentication that never comes: past one message's worth, closed.
    const filler = message(varBytes(name), varUint(SYNC), varUint(SYNC_UPDATE), varBytes(new Uint8Array(16 * 1024)))
    for (let i = 0; i < 8; i++) raw.socket.send(filler)
    expect(await raw.closed).toMatchObject({ code: 1008 })
    expect(view.annotations.toJSON()).toEqual({})
  })

  it('closes a socket that opens more documents at once than a client ever needs', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const raw = await rawSocket(server.url)
    // Names of no document, each its own: Hocuspocus would keep state for every one of them.
    for (let i = 0; i <= MAX_PENDING_DOCUMENTS; i++)
      raw.socket.send(message(varBytes(`d${i}`), varUint(SYNC), varUint(0)))
    expect(await raw.closed).toMatchObject({ code: 1008 })
    await stillServes(server.url, alice)
  })

  it('closes a socket that sends a frame past the message limit', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir, limits: { maxMessageBytes: 1024 * 1024 } })
    const alice = await person(dataDir, 'alice')
    const raw = await rawSocket(server.url)
    raw.socket.send(new Uint8Array(1024 * 1024 + 1))
    expect((await raw.closed).code).toBe(1009)
    await stillServes(server.url, alice)
  })

  it('refuses an update that would take a document past its limit, and keeps what it had', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir, limits: { maxDocumentBytes: 256 * 1024 } })
    const alice = await person(dataDir, 'alice')
    const name = `account:${alice.account}`
    const device = await mustOpen(server.url, name, alice.token)
    device.annotations.set('small', 'fits')
    await eventually(() => expect(device.provider.hasUnsyncedChanges).toBe(false))
    device.annotations.set('huge', 'x'.repeat(300 * 1024))
    expect(await device.closed).toBe('too-large')
    const other = await mustOpen(server.url, name, alice.token)
    expect(other.annotations.toJSON()).toEqual({ small: 'fits' })
  })
})
