// What the user's own member document of a group holds: the annotations of the documents they share with that
// group, and nothing else, mirrored from their own data (the page's pushes, their other devices' changes through
// the engine). A private annotation never gets in: every write checks that its document is shared, and
// unsharing a document takes its annotations out in the same transaction.

import type { RecordChange, SyncRecordsPage } from '../../../shared/sync/sync-types'
import { MAX_SYNC_BATCH } from '../../../shared/sync/sync-types'
import { sharedAnnotationProblem } from '../../../shared/sync/group-schemas'
import { sameJson } from '../record-doc'
import { MIRROR, type MemberDocument } from './member-document'

type AnnotationRecord = Record<string, unknown> & { documentId: string }

const documentOf = (value: unknown): string | null =>
  typeof value === 'object' && value !== null && typeof (value as { documentId?: unknown }).documentId === 'string'
    ? (value as { documentId: string }).documentId
    : null

/** Applies the user's annotation changes to their own member document: kept if its document is shared, else out. */
export function mirrorChanges(own: MemberDocument, changes: readonly RecordChange[]): void {
  const annotations = changes.filter((change) => change.table === 'annotations')
  if (annotations.length === 0) return
  own.doc.transact(() => {
    for (const { key, record } of annotations) {
      const documentId = documentOf(record)
      if (record && documentId !== null && own.shares.has(documentId) && !sharedAnnotationProblem(key, record)) {
        if (!sameJson(own.annotations.get(key), record)) own.annotations.set(key, record)
      } else if (own.annotations.has(key)) own.annotations.delete(key)
    }
  }, MIRROR)
}

/** Every annotation of `documentId` among the user's records (the engine's, a page at a time). */
export async function annotationsOf(
  documentId: string,
  records: (offset: number, limit: number) => SyncRecordsPage | Promise<SyncRecordsPage>
): Promise<Map<string, AnnotationRecord>> {
  const found = new Map<string, AnnotationRecord>()
  for (let offset: number | null = 0; offset !== null;) {
    const page: SyncRecordsPage = await records(offset, MAX_SYNC_BATCH)
    for (const { table, key, record } of page.changes)
      if (table === 'annotations' && record && documentOf(record) === documentId)
        found.set(key, record as AnnotationRecord)
    offset = page.next
  }
  return found
}

/** Marks `documentId` shared and makes its annotations in the member document exactly `current`. */
export function shareDocument(own: MemberDocument, documentId: string, current: Map<string, AnnotationRecord>): void {
  own.doc.transact(() => {
    if (!own.shares.has(documentId)) own.shares.set(documentId, new Date().toISOString())
    for (const [key, value] of own.annotations.entries())
      if (documentOf(value) === documentId && !current.has(key)) own.annotations.delete(key)
    for (const [key, record] of current)
      if (!sharedAnnotationProblem(key, record) && !sameJson(own.annotations.get(key), record))
        own.annotations.set(key, record)
  }, MIRROR)
}

/** Stops sharing `documentId`: its mark and every annotation of it leave the member document together. */
export function unshareDocument(own: MemberDocument, documentId: string): void {
  own.doc.transact(() => {
    own.shares.delete(documentId)
    for (const [key, value] of own.annotations.entries())
      if (documentOf(value) === documentId) own.annotations.delete(key)
  }, MIRROR)
}

/** The documents a member's change touched (the old and the new value of each key), for the page to read again. */
export function touchedDocuments(
  keys: Iterable<[string, { oldValue: unknown }]>,
  map: { get(key: string): unknown },
  into: Set<string>
): void {
  for (const [key, change] of keys) {
    for (const value of [change.oldValue, map.get(key)]) {
      const documentId = documentOf(value)
      if (documentId !== null) into.add(documentId)
    }
  }
}

export { documentOf }
