// Who opens which document, tried against the real server over WebSocket: a token must be an account's and
// current; `account:<id>` is its owner's alone; a group member's document is read by the group and written by
// that member only, unless their role is `read` — enforced by the server, so a client that writes anyway
// changes nothing for the others nor on disk.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { removeAccount } from '../../src/sync-server/accounts'
import { readDocumentFile } from '../../src/sync-server/document-files'
import { api, dataFolder, eventually, groupOf, mustOpen, openDocument, person, startServer } from './helpers'

describe('the sync server', () => {
  it('answers /health with ok and what it holds', async () => {
    const server = await startServer({ dataDir: await dataFolder() })
    const health = await api(server.httpUrl, 'GET', '/health')
    expect(health).toEqual({ status: 200, body: { ok: true, documents: 0, connections: 0 } })
  })

  it("syncs an account's private document between two of its devices", async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const laptop = await mustOpen(server.url, `account:${alice.account}`, alice.token)
    const desktop = await mustOpen(server.url, `account:${alice.account}`, alice.token)
    expect(laptop.scope).toBe('read-write')
    laptop.annotations.set('a1', { note: 'Traité du 14 février 1950' })
    await eventually(() => expect(desktop.annotations.get('a1')).toEqual({ note: 'Traité du 14 février 1950' }))
  })

  it('refuses a wrong token, and tells a token problem from a forbidden document', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const bob = await person(dataDir, 'bob')
    expect(await openDocument(server.url, `account:${alice.account}`, 'not-a-token')).toEqual({
      ok: false,
      reason: 'token'
    })
    expect(await openDocument(server.url, `account:${alice.account}`, '')).toEqual({ ok: false, reason: 'token' })
    // Bob's token is good, but Alice's private data is not his to open.
    expect(await openDocument(server.url, `account:${alice.account}`, bob.token)).toEqual({
      ok: false,
      reason: 'forbidden'
    })
    expect(await openDocument(server.url, 'anything-else', alice.token)).toEqual({ ok: false, reason: 'forbidden' })
    expect(await openDocument(server.url, `account:${alice.account}:x`, alice.token)).toEqual({
      ok: false,
      reason: 'forbidden'
    })
  })

  it('refuses an expired account', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice', { expiresInDays: 1 })
    // A day is long to wait: the account's expiry is moved to a second ago, as the day after would see it.
    const path = join(dataDir, 'accounts.json')
    const accounts = JSON.parse(await readFile(path, 'utf8'))
    accounts.accounts[0].expiresAt = new Date(Date.now() - 1000).toISOString()
    await writeFile(path, JSON.stringify(accounts))
    expect(await openDocument(server.url, `account:${alice.account}`, alice.token)).toEqual({
      ok: false,
      reason: 'token-expired'
    })
    expect((await api(server.httpUrl, 'GET', '/me', alice.token)).body.error).toBe('token-expired')
  })

  it('refuses a removed account, and closes what it had open', { timeout: 15_000 }, async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const open = await mustOpen(server.url, `account:${alice.account}`, alice.token)
    expect(await removeAccount(dataDir, alice.account)).toBe(true)
    // The command line changed the file: the server sees it at its next check, within seconds.
    expect(await open.closed).toBe('token')
    expect(await openDocument(server.url, `account:${alice.account}`, alice.token)).toEqual({
      ok: false,
      reason: 'token'
    })
  })

  it("keeps a group member's document from anyone outside the group", async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const stranger = await person(dataDir, 'stranger')
    const group = await groupOf(server.httpUrl, owner, [])
    const mine = await mustOpen(server.url, `group:${group}:${owner.account}`, owner.token)
    mine.annotations.set('a1', { note: 'partagée' })
    expect(await openDocument(server.url, `group:${group}:${owner.account}`, stranger.token)).toEqual({
      ok: false,
      reason: 'forbidden'
    })
    // Nor can the stranger make a document of their own in the group.
    expect(await openDocument(server.url, `group:${group}:${stranger.account}`, stranger.token)).toEqual({
      ok: false,
      reason: 'forbidden'
    })
  })

  it("drops a read-only member's writes: they reach neither the others nor the disk", async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const annotator = await person(dataDir, 'annotator')
    const reader = await person(dataDir, 'reader')
    const group = await groupOf(server.httpUrl, owner, [
      { who: annotator, role: 'annotate' },
      { who: reader, role: 'read' }
    ])
    const name = `group:${group}:${owner.account}`
    const ownerView = await mustOpen(server.url, name, owner.token)
    const annotatorView = await mustOpen(server.url, name, annotator.token)
    const readerView = await mustOpen(server.url, name, reader.token)
    expect(readerView.scope).toBe('readonly')
    ownerView.annotations.set('a1', { note: "de l'owner" })
    await eventually(() => expect(readerView.annotations.get('a1')).toEqual({ note: "de l'owner" }))

    // The reader's client writes anyway (a modified client would): over the owner's annotation, and a new one.
    readerView.annotations.set('a1', { note: 'vandalisme' })
    readerView.annotations.set('r1', { note: 'intrus' })
    // The server answered both "not applied"…
    await eventually(() => expect(readerView.refusedWrites()).toBe(2))
    // …and when a later write of the owner's has reached the annotator, the reader's would have too.
    ownerView.annotations.set('a2', { note: 'après' })
    await eventually(() => expect(annotatorView.annotations.get('a2')).toEqual({ note: 'après' }))
    expect(annotatorView.annotations.toJSON()).toEqual({ a1: { note: "de l'owner" }, a2: { note: 'après' } })
    expect(ownerView.annotations.toJSON()).toEqual({ a1: { note: "de l'owner" }, a2: { note: 'après' } })

    // The reader cannot write their own member document either: `read` is read-only everywhere in the group.
    const readersOwn = await mustOpen(server.url, `group:${group}:${reader.account}`, reader.token)
    expect(readersOwn.scope).toBe('readonly')

    await server.close()
    const stored = new Y.Doc()
    Y.applyUpdate(stored, (await readDocumentFile(dataDir, name))!)
    expect(stored.getMap('annotations').toJSON()).toEqual({ a1: { note: "de l'owner" }, a2: { note: 'après' } })
  })

  it("lets owner and annotator write their own member document, and only read another's", async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const annotator = await person(dataDir, 'annotator')
    const group = await groupOf(server.httpUrl, owner, [{ who: annotator, role: 'annotate' }])
    const annotatorsDoc = `group:${group}:${annotator.account}`
    const ownersDoc = `group:${group}:${owner.account}`

    const annotatorWrites = await mustOpen(server.url, annotatorsDoc, annotator.token)
    const ownerReads = await mustOpen(server.url, annotatorsDoc, owner.token)
    expect([annotatorWrites.scope, ownerReads.scope]).toEqual(['read-write', 'readonly'])
    annotatorWrites.annotations.set('n1', { note: 'de l’annotateur' })
    await eventually(() => expect(ownerReads.annotations.get('n1')).toEqual({ note: 'de l’annotateur' }))
    // The owner may not write the annotator's document: owning the group gives no pen over members' notes.
    ownerReads.annotations.set('n1', { note: 'réécrite' })
    await eventually(() => expect(ownerReads.refusedWrites()).toBe(1))

    const ownerWrites = await mustOpen(server.url, ownersDoc, owner.token)
    const annotatorReads = await mustOpen(server.url, ownersDoc, annotator.token)
    expect([ownerWrites.scope, annotatorReads.scope]).toEqual(['read-write', 'readonly'])
    annotatorReads.annotations.set('o1', { note: 'glissée' })
    await eventually(() => expect(annotatorReads.refusedWrites()).toBe(1))
    ownerWrites.annotations.set('o2', { note: 'de l’owner' })
    await eventually(() => expect(annotatorReads.annotations.get('o2')).toEqual({ note: 'de l’owner' }))

    // Fresh readers see only what each document's own member wrote.
    const checkOwners = await mustOpen(server.url, ownersDoc, annotator.token)
    const checkAnnotators = await mustOpen(server.url, annotatorsDoc, owner.token)
    expect(checkOwners.annotations.toJSON()).toEqual({ o2: { note: 'de l’owner' } })
    expect(checkAnnotators.annotations.toJSON()).toEqual({ n1: { note: 'de l’annotateur' } })
  })
})
