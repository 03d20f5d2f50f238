// bulkCreateAnnotations in real IndexedDB: many annotations saved in one transaction, validated
// like createAnnotation, and all or nothing when one input is invalid.

import { afterEach, describe, expect, it } from 'vitest'
import type { AnnotationTarget } from '../../../src/shared/anchoring/types'
import { ANNOTATION_LIMITS } from '../../../src/renderer/src/db/annotation'
import {
  bulkCreateAnnotations,
  recentAnnotations,
  type NewAnnotation
} from '../../../src/renderer/src/db/annotations-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { deleteTestDatabases, freshDatabase } from '../backup/test-database'

afterEach(deleteTestDatabases)

const input = (i: number, documentId = 'doc'): NewAnnotation => ({
  documentId,
  color: 'yellow',
  note: `note ${i}`,
  tags: [' lu ', 'Lu', `t${i % 3}`],
  target: {
    blockId: 'p-1',
    blockOffset: i,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: `passage ${i}`, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: i, end: i + 9 }
    }
  } satisfies AnnotationTarget
})

describe('creating many annotations at once', () => {
  it('saves every annotation, cleaned like a single one, and a new connection reads them back', async () => {
    const db = await freshDatabase()
    const created = await bulkCreateAnnotations(
      Array.from({ length: 500 }, (_, i) => input(i, i % 2 ? 'a' : 'b')),
      db
    )
    expect(created).toHaveLength(500)
    expect(new Set(created.map((a) => a.id)).size).toBe(500)
    expect(created[4]?.tags).toEqual(['lu', 't1'])
    const other = new FolioDb(db.name)
    expect(await other.annotations.count()).toBe(500)
    expect(await other.annotations.get(created[0]!.id)).toEqual(created[0])
    expect(await recentAnnotations('a', 20, other)).toHaveLength(20)
    other.close()
  })

  it('saves none when one input is invalid, and says which limit was passed', async () => {
    const db = await freshDatabase()
    const inputs = [input(1), { ...input(2), note: 'x'.repeat(ANNOTATION_LIMITS.note + 1) }, input(3)]
    await expect(bulkCreateAnnotations(inputs, db)).rejects.toBeInstanceOf(WriteError)
    expect(await db.annotations.count()).toBe(0)
  })

  it('saves none when one write fails (an id already taken)', async () => {
    const db = await freshDatabase()
    const [first] = await bulkCreateAnnotations([input(1)], db)
    const taken = crypto.randomUUID
    let calls = 0
    crypto.randomUUID = () => (++calls === 2 ? (first!.id as ReturnType<typeof taken>) : taken.call(crypto))
    try {
      await expect(bulkCreateAnnotations([input(2), input(3), input(4)], db)).rejects.toBeInstanceOf(WriteError)
    } finally {
      crypto.randomUUID = taken
    }
    expect(await db.annotations.count()).toBe(1)
  })

  it('accepts an empty list', async () => {
    expect(await bulkCreateAnnotations([], await freshDatabase())).toEqual([])
  })
})
