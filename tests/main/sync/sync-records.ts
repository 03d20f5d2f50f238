// One record of every synced table, as the page's Dexie stores them (the shapes of backup/record-schemas.ts), on
// the shipped archive's document (the 1950 Sino-Soviet treaty): what the engine's tests push and expect back.

import type { RecordChange, SyncedTable } from '../../../src/shared/sync/sync-types'

export const DOCUMENT_ID = 'fed214270135fa12'
const CREATED = '2026-11-30T09:12:00.000Z'
const UPDATED = '2026-12-01T17:40:00.000Z'

export const annotation = {
  id: '5c1f0b7e-3d0a-4a8e-9a57-0d6f3c1b2a90',
  documentId: DOCUMENT_ID,
  target: {
    blockId: 'p-2',
    blockOffset: 0,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Signé 14 février 1950',
        prefix: 'mutuelle\n',
        suffix: ' ( 1950-02-14 )'
      },
      position: { type: 'TextPositionSelector', start: 189, end: 210 }
    }
  },
  color: 'yellow',
  note: 'Mao signe à Moscou : l’une des deux seules fois où il a voyagé hors de Chine.',
  tags: ['traité', '1950'],
  createdAt: CREATED,
  updatedAt: UPDATED
}

export const bookmark = {
  id: '9b0e2a44-7f61-4c3e-8d1a-2f5e6c7d8e9f',
  kind: 'position',
  documentId: DOCUMENT_ID,
  targetId: 'p-5',
  targetKey: `position:${DOCUMENT_ID}:p-5`,
  label: 'Après l’expiration du traité en 1979',
  note: 'Deng Xiaoping et les demandes de la Chine.',
  tags: ['1979'],
  createdAt: CREATED,
  updatedAt: UPDATED
}

export const annotationLink = {
  id: 'c3d2e1f0-1a2b-4c5d-8e9f-0a1b2c3d4e5f',
  fromId: annotation.id,
  toId: '0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
  relation: 'confirms',
  createdAt: CREATED,
  updatedAt: UPDATED
}

export const readingState = { documentId: DOCUMENT_ID, blockId: 'p-3', fraction: 0.42, updatedAt: UPDATED }

export const setting = { key: 'theme', value: 'sepia', updatedAt: UPDATED }

export const linkUrl = {
  linkId: `${DOCUMENT_ID}:l-1`,
  documentId: DOCUMENT_ID,
  url: 'https://example.org/php/sino-soviet-alliance.pdf',
  updatedAt: UPDATED
}

/** Each table with its record, keyed as the table's schema keys it. */
export const RECORDS: { table: SyncedTable; key: string; record: Record<string, unknown> }[] = [
  { table: 'annotations', key: annotation.id, record: annotation },
  { table: 'bookmarks', key: bookmark.id, record: bookmark },
  { table: 'annotationLinks', key: annotationLink.id, record: annotationLink },
  { table: 'readingStates', key: readingState.documentId, record: readingState },
  { table: 'settings', key: setting.key, record: setting },
  { table: 'linkUrls', key: linkUrl.linkId, record: linkUrl }
]

export const put = (table: SyncedTable, record: Record<string, unknown>, key: string): RecordChange => ({
  table,
  key,
  record
})

export const remove = (table: SyncedTable, key: string): RecordChange => ({ table, key, record: null })

/** A copy of `record` as a later save leaves it: `changes` and a new updatedAt. */
export const edited = <R extends Record<string, unknown>>(record: R, changes: Partial<R>, at: string): R => ({
  ...record,
  ...changes,
  updatedAt: at
})
