// The bridge between the page's records and the account's Y.Doc: every table and every kind of change goes in and
// comes back out on another device as the page stores it; an equal push (the page echoing a remote change) makes
// no update at all; what a remote update touched, and only that, is handed to the page.

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openAccountDocument, type AccountDocument } from '../../../src/main/sync/account-document'
import { materialize, readRecord } from '../../../src/main/sync/record-doc'
import { MAX_SYNC_BATCH, type RecordChange, type SyncedTable } from '../../../src/shared/sync/sync-types'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'
import { annotation, bookmark, edited, put, RECORDS, remove } from './sync-records'

const opened: AccountDocument[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((document) => document.close()))
})
const tempDir = tempDirsPerTest()
const LATER = '2026-12-02T08:00:00.000Z'

/** A device's document, with the updates it made and the remote changes it handed to the page. */
async function device(name: string) {
  const document = await openAccountDocument(tempDir(`folio-sync-${name}-`))
  opened.push(document)
  const updates: Uint8Array[] = []
  const received: RecordChange[][] = []
  document.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') updates.push(update)
  })
  document.onRemote((touched) => received.push(...materialize(document.doc, touched).batches))
  return { document, updates, received }
}

/** Everything `from` holds that `to` lacks, applied as the server would deliver it. */
const deliver = (from: AccountDocument, to: AccountDocument) =>
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'remote')

const held = (document: AccountDocument, table: SyncedTable, key: string) => {
  const change = readRecord(document.doc, table, key)
  return change === 'malformed' ? 'malformed' : change.record
}

describe('the records in the account’s document', () => {
  it.each(RECORDS)('carry a record of $table to another device as it was pushed', async ({ table, key, record }) => {
    const a = await device('a')
    const b = await device('b')
    await a.document.push([put(table, record, key)])
    deliver(a.document, b.document)
    expect(b.received).toEqual([[{ table, key, record }]])
    expect(held(b.document, table, key)).toEqual(record)
  })

  it('carry every kind of change: add, field edit, note edit, delete, re-add', async () => {
    const a = await device('a')
    const b = await device('b')
    const steps: [string, RecordChange, Record<string, unknown> | null][] = [
      ['add', put('annotations', annotation, annotation.id), annotation],
      [
        'field edit',
        put('annotations', edited(annotation, { color: 'green' }, LATER), annotation.id),
        edited(annotation, { color: 'green' }, LATER)
      ],
      [
        'note edit',
        put('annotations', edited(annotation, { color: 'green', note: 'Mao à Moscou.' }, LATER), annotation.id),
        edited(annotation, { color: 'green', note: 'Mao à Moscou.' }, LATER)
      ],
      ['delete', remove('annotations', annotation.id), null],
      [
        're-add',
        put('annotations', edited(annotation, { color: 'green', note: 'Mao à Moscou.' }, LATER), annotation.id),
        edited(annotation, { color: 'green', note: 'Mao à Moscou.' }, LATER)
      ]
    ]
    for (const [step, change, expected] of steps) {
      b.received.length = 0
      await a.document.push([change])
      deliver(a.document, b.document)
      expect(b.received, step).toEqual([[{ table: 'annotations', key: annotation.id, record: expected }]])
      expect(held(a.document, 'annotations', annotation.id), step).toEqual(expected)
    }
  })

  it('remove a field the page no longer has', async () => {
    const a = await device('a')
    await a.document.push([
      put('settings', { key: 'openDocument', value: 'fed214270135fa12', updatedAt: LATER }, 'openDocument')
    ])
    await a.document.push([put('settings', { key: 'openDocument', updatedAt: LATER }, 'openDocument')])
    expect(held(a.document, 'settings', 'openDocument')).toEqual({ key: 'openDocument', updatedAt: LATER })
  })

  it('make no update at all for a push equal to what is held, nor for deleting what is already gone', async () => {
    const a = await device('a')
    await a.document.push(RECORDS.map(({ table, key, record }) => put(table, record, key)))
    expect(a.updates).toHaveLength(1)
    // The page echoes what it was sent: copies, not the same objects.
    await a.document.push(RECORDS.map(({ table, key, record }) => put(table, structuredClone(record), key)))
    expect(a.updates).toHaveLength(1)
    await a.document.push([remove('bookmarks', bookmark.id)])
    await a.document.push([remove('bookmarks', bookmark.id), remove('bookmarks', 'never-there')])
    expect(a.updates).toHaveLength(2)
    expect(a.document.pending()).toBe(RECORDS.length)
  })

  it('apply a whole push in one transaction: one update for many records', async () => {
    const a = await device('a')
    const many = Array.from({ length: 50 }, (_, i) =>
      put('annotations', { ...annotation, id: `a-${i}`, note: `note ${i}` }, `a-${i}`)
    )
    await a.document.push(many)
    expect(a.updates).toHaveLength(1)
  })

  it('edit a note through the smallest change, so the rest of the text is the same items', async () => {
    const a = await device('a')
    await a.document.push([put('bookmarks', bookmark, bookmark.id)])
    const before = a.updates.length
    const note = bookmark.note.replace('Deng Xiaoping', 'Deng Xiaoping (1904-1997)')
    await a.document.push([put('bookmarks', edited(bookmark, { note }, LATER), bookmark.id)])
    expect(a.updates.length).toBe(before + 1)
    // An insertion of 12 characters and two counters, not a new text of the whole note.
    expect(a.updates.at(-1)!.length).toBeLessThan(200)
    expect(held(a.document, 'bookmarks', bookmark.id)).toMatchObject({ note })
  })

  it('hand the page only the records a remote update touched, in batches of at most MAX_SYNC_BATCH', async () => {
    const a = await device('a')
    const b = await device('b')
    const many = Array.from({ length: MAX_SYNC_BATCH + 5 }, (_, i) =>
      put('readingStates', { documentId: `d-${i}`, blockId: 'p-1', fraction: 0, updatedAt: LATER }, `d-${i}`)
    )
    await a.document.push(many)
    deliver(a.document, b.document)
    expect(b.received.map((batch) => batch.length)).toEqual([MAX_SYNC_BATCH, 5])
    b.received.length = 0
    await a.document.push([
      put('readingStates', { documentId: 'd-7', blockId: 'p-9', fraction: 0.5, updatedAt: LATER }, 'd-7')
    ])
    deliver(a.document, b.document)
    expect(b.received).toEqual([
      [
        {
          table: 'readingStates',
          key: 'd-7',
          record: { documentId: 'd-7', blockId: 'p-9', fraction: 0.5, updatedAt: LATER }
        }
      ]
    ])
  })

  it('drop a remote record that is not one the contract accepts, and hand on the others', async () => {
    const a = await device('a')
    const b = await device('b')
    // A hostile or broken device writes straight into the document: a record under another key, a huge one, a
    // value where a record's map should be.
    a.document.doc.transact(() => {
      const rows = a.document.doc.getMap('annotations')
      const wrongKey = new Y.Map<unknown>()
      rows.set('x-1', wrongKey)
      wrongKey.set('id', 'x-2')
      const huge = new Y.Map<unknown>()
      rows.set('x-3', huge)
      huge.set('id', 'x-3')
      huge.set('note', 'x'.repeat(300_000))
      rows.set('x-4', 'not a record')
      const fine = new Y.Map<unknown>()
      rows.set('x-5', fine)
      fine.set('id', 'x-5')
    }, 'hostile')
    deliver(a.document, b.document)
    expect(b.received).toEqual([[{ table: 'annotations', key: 'x-5', record: { id: 'x-5' } }]])
    expect(
      materialize(b.document.doc, new Map([['annotations', new Set(['x-1', 'x-3', 'x-4', 'x-5'])]])).malformed
    ).toBe(3)
  })

  it('keep what was pushed, and what is pending, across a reopening of its folder', async () => {
    const dir = tempDir('folio-sync-reopen-')
    const first = await openAccountDocument(dir)
    await first.push(RECORDS.map(({ table, key, record }) => put(table, record, key)))
    await first.close()
    const again = await openAccountDocument(dir)
    for (const { table, key, record } of RECORDS) expect(held(again, table, key)).toEqual(record)
    expect(again.pending()).toBe(RECORDS.length)
    again.acknowledged()
    await again.close()
    const third = await openAccountDocument(dir)
    expect(third.pending()).toBe(0)
    await third.close()
  })
})
