// Taking a share back, tried directly against the real server over WebSocket: a member demoted to "can read"
// may still unshare a document they shared (its mark and its annotations leave the group together), and an owner
// may take any member's document out of the group; neither can add, rewrite, or pick single annotations out of a
// document still shared, and an annotator has no such right over another member's document.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { readDocumentFile } from '../../src/sync-server/document-files'
import { api, dataFolder, eventually, groupOf, mustOpen, person, startServer, type OpenDocument } from './helpers'

const note = (documentId: string, text: string) => ({ id: text, documentId, note: text })

/** A member document's shares and annotations as one reader of it sees them now. */
const seen = (view: OpenDocument) => ({
  shares: Object.keys(view.doc.getMap('shares').toJSON()).sort(),
  annotations: Object.keys(view.annotations.toJSON()).sort()
})

/** Takes `documentId`'s share and every annotation of it out of `view`'s document, as Folio's client unshares. */
function unshare(view: OpenDocument, documentId: string): void {
  view.doc.transact(() => {
    view.doc.getMap('shares').delete(documentId)
    for (const [key, value] of view.annotations.entries())
      if ((value as { documentId?: string }).documentId === documentId) view.annotations.delete(key)
  })
}

/** A group of an owner, an annotator and a third member, the annotator sharing documents d1 and d2. */
async function sharingGroup() {
  const dataDir = await dataFolder()
  const server = await startServer({ dataDir })
  const owner = await person(dataDir, 'owner')
  const annotator = await person(dataDir, 'annotator')
  const third = await person(dataDir, 'third')
  const group = await groupOf(server.httpUrl, owner, [
    { who: annotator, role: 'annotate' },
    { who: third, role: 'annotate' }
  ])
  const name = `group:${group}:${annotator.account}`
  const own = await mustOpen(server.url, name, annotator.token)
  own.doc.transact(() => {
    own.doc.getMap('shares').set('d1', '2026-12-04T10:00:00.000Z')
    own.doc.getMap('shares').set('d2', '2026-12-04T10:00:00.000Z')
    own.annotations.set('a1', note('d1', 'a1'))
    own.annotations.set('a2', note('d1', 'a2'))
    own.annotations.set('b1', note('d2', 'b1'))
  })
  const thirdView = await mustOpen(server.url, name, third.token)
  await eventually(() => expect(seen(thirdView).annotations).toEqual(['a1', 'a2', 'b1']))
  return { server, dataDir, owner, annotator, third, group, name, own, thirdView }
}

describe('a member demoted to "can read"', () => {
  it('unshares a document they shared: its mark and annotations leave the group, on disk too', async () => {
    const { server, dataDir, owner, annotator, group, name, own, thirdView } = await sharingGroup()
    const demoted = await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${annotator.account}`, owner.token, {
      role: 'read'
    })
    expect(demoted.status).toBe(200)
    // Written while demoted, never accepted: the unshare below names it too, and must still apply.
    own.annotations.set('a3', note('d1', 'a3'))
    await eventually(() => expect(own.refusedWrites()).toBeGreaterThan(0))
    unshare(own, 'd1')
    await eventually(() => expect(seen(thirdView)).toEqual({ shares: ['d2'], annotations: ['b1'] }))

    await server.close()
    const stored = new Y.Doc()
    Y.applyUpdate(stored, (await readDocumentFile(dataDir, name))!)
    expect(Object.keys(stored.getMap('shares').toJSON())).toEqual(['d2'])
    expect(Object.keys(stored.getMap('annotations').toJSON())).toEqual(['b1'])
  })

  it('cannot share, add, rewrite, or take single annotations out of a document still shared', async () => {
    const { server, owner, annotator, group, own, thirdView } = await sharingGroup()
    await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${annotator.account}`, owner.token, { role: 'read' })
    own.doc.getMap('shares').set('d3', '2026-12-04T11:00:00.000Z')
    own.annotations.set('c1', note('d3', 'c1'))
    own.annotations.set('b1', note('d2', 'réécrite'))
    own.annotations.delete('a1')
    await eventually(() => expect(own.refusedWrites()).toBeGreaterThanOrEqual(4))
    // A later write that does land (the owner's, in their own document) orders what the third member has seen.
    const ownersOwn = await mustOpen(server.url, `group:${group}:${owner.account}`, owner.token)
    const ownersSeen = await mustOpen(server.url, `group:${group}:${owner.account}`, annotator.token)
    ownersOwn.annotations.set('o1', note('d9', 'o1'))
    await eventually(() => expect(ownersSeen.annotations.has('o1')).toBe(true))
    expect(seen(thirdView)).toEqual({ shares: ['d1', 'd2'], annotations: ['a1', 'a2', 'b1'] })
    expect(thirdView.annotations.get('b1')).toEqual(note('d2', 'b1'))
  })
})

describe('an owner of the group', () => {
  it("takes another member's document out of the group, and nothing else", async () => {
    const { server, owner, name, thirdView, own } = await sharingGroup()
    const ownerView = await mustOpen(server.url, name, owner.token)
    expect(ownerView.scope).toBe('readonly')
    await eventually(() => expect(seen(ownerView).annotations).toEqual(['a1', 'a2', 'b1']))
    // Not a single annotation of a document that stays shared, nor anything added.
    ownerView.annotations.delete('b1')
    ownerView.annotations.set('x1', note('d1', 'x1'))
    await eventually(() => expect(ownerView.refusedWrites()).toBeGreaterThanOrEqual(2))
    unshare(ownerView, 'd1')
    await eventually(() => expect(seen(thirdView)).toEqual({ shares: ['d2'], annotations: ['b1'] }))
    // The member's own copy follows: the document is no longer shared on their devices either.
    await eventually(() => expect(seen(own)).toEqual({ shares: ['d2'], annotations: ['b1'] }))
  })
})

describe('an annotator', () => {
  it("cannot unshare another member's document", async () => {
    const { server, third, name, thirdView, owner, group } = await sharingGroup()
    expect(thirdView.scope).toBe('readonly')
    unshare(thirdView, 'd1')
    await eventually(() => expect(thirdView.refusedWrites()).toBeGreaterThan(0))
    const ownersOwn = await mustOpen(server.url, `group:${group}:${owner.account}`, owner.token)
    const ownersSeen = await mustOpen(server.url, `group:${group}:${owner.account}`, third.token)
    ownersOwn.annotations.set('o1', note('d9', 'o1'))
    await eventually(() => expect(ownersSeen.annotations.has('o1')).toBe(true))
    const fresh = await mustOpen(server.url, name, owner.token)
    expect(seen(fresh)).toEqual({ shares: ['d1', 'd2'], annotations: ['a1', 'a2', 'b1'] })
  })
})
