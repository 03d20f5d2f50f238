// What a member may take out of a group member document they cannot write (document-access.ts' 'withdraw'): a
// document's share, and its annotations with it — the member it names after a demotion to "can read" taking back
// what they shared, or an owner of the group taking a document's annotations out of it. Nothing is added or
// rewritten: only the deletions of an update are read, each checked against what it deletes, and applied by the
// server itself (the connection stays read-only to Hocuspocus, which drops the rest of the update).

import * as Y from 'yjs'

/** What an update comes to for a 'withdraw' connection. */
export type Withdrawal =
  /** Its deletions, all allowed, with the items they remove now (none: nothing the document still holds). */
  | { ok: true; items: Y.Item[] }
  /** It deletes something it may not (an annotation of a document still shared, anything else); nothing applies. */
  | { ok: false; reason: string }

const documentIdOf = (item: Y.Item): string | null => {
  const [value] = item.content.getContent() as unknown[]
  const id = typeof value === 'object' && value !== null ? (value as { documentId?: unknown }).documentId : undefined
  return typeof id === 'string' ? id : null
}

/**
 * Reads the deletions `update` carries against `document` (linear in the ranges they name and the items they
 * cover). Ranges past what the server holds are ignored: they name items it never accepted (a demoted member's own
 * writes) or not yet made, and a deletion kept for those would take out what the member writes later.
 */
export function readWithdrawal(document: Y.Doc, update: Uint8Array): Withdrawal {
  let ds: ReturnType<typeof Y.decodeUpdate>['ds']
  try {
    ds = Y.decodeUpdate(update).ds
  } catch {
    return { ok: false, reason: 'malformed update' }
  }
  const shares = document.getMap('shares')
  const annotations = document.getMap('annotations')
  const items: Y.Item[] = []
  for (const [client, ranges] of ds.clients) {
    const structs = document.store.clients.get(client)
    const last = structs?.[structs.length - 1]
    if (!structs || !last) continue
    const known = last.id.clock + last.length
    for (const { clock, len } of ranges) {
      if (clock >= known || len <= 0) continue
      for (let at = Y.findIndexSS(structs, clock); at < structs.length; at++) {
        const struct = structs[at]!
        if (struct.id.clock >= clock + len) break
        if (!(struct instanceof Y.Item) || struct.deleted) continue
        // A map entry is one item of length 1: a range that cuts one is no deletion Folio's client makes.
        if (struct.id.clock < clock || struct.id.clock + struct.length > clock + len)
          return { ok: false, reason: 'cuts an item' }
        items.push(struct)
      }
    }
  }
  const unshared = new Set<string>()
  for (const item of items) {
    if (item.parent !== shares || item.parentSub === null) {
      if (item.parent !== annotations || item.parentSub === null) return { ok: false, reason: 'not a share' }
    } else unshared.add(item.parentSub)
  }
  for (const item of items) {
    if (item.parent !== annotations) continue
    const documentId = documentIdOf(item)
    // An annotation goes only with its document's share (taken out now, or before).
    if (documentId === null || (shares.has(documentId) && !unshared.has(documentId)))
      return { ok: false, reason: 'an annotation of a document still shared' }
  }
  return { ok: true, items }
}

/** Applies an allowed withdrawal as one transaction of the server's, from `origin` (the member's connection). */
export function applyWithdrawal(document: Y.Doc, items: readonly Y.Item[], origin: unknown): void {
  if (items.length === 0) return
  document.transact((transaction) => {
    for (const item of items) if (!item.deleted) item.delete(transaction)
  }, origin)
}
