// The account's document on disk survives a crash at any instant: a torn or damaged last entry of the log is dropped
// at load (and cut off, so later entries follow whole ones), and compaction leaves a snapshot that holds everything.

import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { openAccountDocument } from '../../../src/main/sync/account-document'
import { readRecord } from '../../../src/main/sync/record-doc'
import { decodeEntries, ENTRY, openUpdateLog } from '../../../src/main/sync/update-log'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'
import { annotation, bookmark, edited, put } from './sync-records'

const tempDir = tempDirsPerTest()
const bytes = (...values: number[]) => new Uint8Array(values)

describe('the document’s log on disk', () => {
  it('reads back every entry it appended, in order', async () => {
    const dir = tempDir('folio-sync-log-')
    const log = await openUpdateLog(dir)
    await Promise.all([
      log.append({ kind: ENTRY.remote, payload: bytes(1, 2, 3) }),
      log.append({ kind: ENTRY.local, payload: bytes(4) })
    ])
    await log.append({ kind: ENTRY.synced, payload: bytes() })
    await log.close()
    const again = await openUpdateLog(dir)
    expect(again.entries).toEqual([
      { kind: ENTRY.remote, payload: bytes(1, 2, 3) },
      { kind: ENTRY.local, payload: bytes(4) },
      { kind: ENTRY.synced, payload: bytes() }
    ])
    expect(again.dropped).toBe(0)
    await again.close()
  })

  it.each([
    ['cut in the middle of its payload', (path: string) => truncateSync(path, statSync(path).size - 2)],
    ['cut in the middle of its header', (path: string) => truncateSync(path, statSync(path).size - 5 - 1 - 4)],
    [
      'with a flipped byte',
      (path: string) => {
        const file = readFileSync(path)
        file.writeUInt8(file.readUInt8(file.length - 1) ^ 0xff, file.length - 1)
        writeFileSync(path, file)
      }
    ],
    [
      'followed by garbage',
      (path: string) => appendFileSync(path, Buffer.from([0xff, 0xff, 0xff, 0x7f, 1, 2, 3, 4, 2]))
    ]
  ])('drops a last entry %s, keeps the others, and appends after them', async (_, damage) => {
    const dir = tempDir('folio-sync-torn-')
    const log = await openUpdateLog(dir)
    await log.append({ kind: ENTRY.local, payload: bytes(1, 1, 1) })
    await log.append({ kind: ENTRY.local, payload: bytes(2, 2, 2, 2, 2) })
    await log.close()
    damage(join(dir, 'log'))
    const torn = await openUpdateLog(dir)
    const kept = torn.entries.map((entry) => [...entry.payload])
    expect(kept[0]).toEqual([1, 1, 1])
    expect(torn.dropped).toBeGreaterThan(0)
    await torn.append({ kind: ENTRY.local, payload: bytes(3) })
    await torn.close()
    const mended = await openUpdateLog(dir)
    expect(mended.entries.map((entry) => [...entry.payload])).toEqual([...kept, [3]])
    expect(mended.dropped).toBe(0)
    await mended.close()
  })

  it('reads no entry past a length longer than the file', () => {
    const file = Buffer.alloc(20)
    file.writeUInt32LE(1_000_000, 0)
    expect(decodeEntries(file)).toEqual({ entries: [], end: 0 })
  })

  it('opens a document whose last push was torn with every earlier push in it', async () => {
    const dir = tempDir('folio-sync-doc-')
    const first = await openAccountDocument(dir)
    await first.push([put('annotations', annotation, annotation.id)])
    await first.push([put('bookmarks', bookmark, bookmark.id)])
    await first.close()
    const path = join(dir, 'log')
    truncateSync(path, statSync(path).size - 3)
    const again = await openAccountDocument(dir)
    expect(again.droppedBytes).toBeGreaterThan(0)
    expect(readRecord(again.doc, 'annotations', annotation.id)).toMatchObject({ record: annotation })
    expect(readRecord(again.doc, 'bookmarks', bookmark.id)).toMatchObject({ record: null })
    expect(again.pending()).toBe(1)
    await again.close()
  })

  it('folds a long log into a snapshot that holds the whole document and what is pending', async () => {
    const dir = tempDir('folio-sync-compact-')
    const first = await openAccountDocument(dir)
    // More pushes than the log keeps before it is compacted.
    for (let i = 0; i < 1_050; i++)
      await first.push([
        put('annotations', edited(annotation, { note: `note ${i}` }, annotation.updatedAt), annotation.id)
      ])
    await first.close()
    expect(statSync(join(dir, 'snapshot')).size).toBeGreaterThan(0)
    expect(decodeEntries(readFileSync(join(dir, 'log'))).entries.length).toBeLessThan(1_050)
    const again = await openAccountDocument(dir)
    expect(readRecord(again.doc, 'annotations', annotation.id)).toMatchObject({ record: { note: 'note 1049' } })
    expect(again.pending()).toBe(1)
    const fresh = new Y.Doc()
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(again.doc))
    expect(readRecord(fresh, 'annotations', annotation.id)).toMatchObject({ record: { note: 'note 1049' } })
    await again.close()
  })
})
