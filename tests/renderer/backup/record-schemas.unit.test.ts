// One rule per entity: whatever the backup import accepts (record-schemas.ts), and whatever a merge makes of
// it, the stores save again unchanged; and whatever the stores save, the import accepts back (fake-indexeddb).

import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { mergeBookmark } from '../../../src/renderer/src/backup/merge-rule'
import { annotationSchema, bookmarkSchema, linkUrlSchema } from '../../../src/renderer/src/backup/record-schemas'
import { ANNOTATION_LIMITS, type Annotation } from '../../../src/renderer/src/db/annotation'
import { createAnnotation, updateAnnotation } from '../../../src/renderer/src/db/annotations-store'
import { BOOKMARK_LIMITS, type Bookmark } from '../../../src/renderer/src/db/bookmark'
import { cleanBookmarkTags, setLinkUrl, updateBookmark } from '../../../src/renderer/src/db/bookmarks-store'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { sampleAnnotation, sampleBookmark, sampleLinkUrl } from './sample-records'
import { deleteTestDatabases, freshDatabase, seed } from './test-database'

afterEach(deleteTestDatabases)

const PIECES = ['Traité ', '中苏 ', '😀', 'a\n\tb ', '\u00a0', 'x', '  ']

/** A string of text near `limit`: short, or a few characters under or over it (so the import refuses some). */
const textNear = (limit: number) =>
  fc
    .record({
      piece: fc.constantFrom(...PIECES),
      length: fc.oneof(fc.nat(40), fc.integer({ min: limit - 3, max: limit + 1 }))
    })
    .map(({ piece, length }) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length))

const tagsNear = (limits: { tag: number; tags: number }) =>
  fc.oneof(
    fc.array(textNear(limits.tag), { maxLength: 4 }),
    fc.array(fc.string({ minLength: 1, maxLength: 8 }), { minLength: limits.tags - 1, maxLength: limits.tags + 1 })
  )

const folded = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Bookmarks as a file may hold them, kept only when the import accepts them. */
const importedBookmark = (salt: number) =>
  fc
    .record({
      n: fc.nat(20),
      note: textNear(BOOKMARK_LIMITS.note),
      label: textNear(BOOKMARK_LIMITS.label),
      tags: tagsNear(BOOKMARK_LIMITS)
    })
    .map(({ n, ...fields }): Bookmark => ({ ...sampleBookmark(n, salt), ...fields }))
    .filter((bookmark) => bookmarkSchema.safeParse(bookmark).success)

const importedAnnotation = fc
  .record({
    n: fc.nat(20),
    note: textNear(ANNOTATION_LIMITS.note),
    tags: tagsNear(ANNOTATION_LIMITS),
    exact: textNear(ANNOTATION_LIMITS.quote)
  })
  .map(({ n, note, tags, exact }): Annotation => {
    const base = sampleAnnotation(n)
    const quote = { ...base.target.selectors.quote, exact: exact || 'x' }
    return { ...base, note, tags, target: { ...base.target, selectors: { ...base.target.selectors, quote } } }
  })
  .filter((annotation) => annotationSchema.safeParse(annotation).success)

describe('what the import accepts, the editors save again', () => {
  it('a bookmark: its note and label unchanged, its tags cleaned, never refused', async () => {
    await fc.assert(
      fc.asyncProperty(importedBookmark(0), async (imported) => {
        const db = await freshDatabase()
        await seed(db, { bookmarks: [imported] })
        const saved = await updateBookmark(
          imported.id,
          { note: imported.note, tags: imported.tags, label: imported.label },
          db
        )
        expect(saved.note).toBe(imported.note)
        expect(saved.label).toBe(folded(imported.label))
        expect(saved.tags).toEqual(cleanBookmarkTags(imported.tags))
        expect(bookmarkSchema.safeParse(saved).success).toBe(true)
      }),
      { numRuns: 60 }
    )
  })

  it('a bookmark merged from two imported versions', async () => {
    await fc.assert(
      fc.asyncProperty(importedBookmark(0), importedBookmark(1), async (local, other) => {
        const incoming = { ...other, kind: local.kind, documentId: local.documentId, targetId: local.targetId }
        const { merged } = mergeBookmark(local, { ...incoming, targetKey: local.targetKey })
        expect(bookmarkSchema.safeParse(merged).success).toBe(true)
        const db = await freshDatabase()
        await seed(db, { bookmarks: [merged] })
        const saved = await updateBookmark(merged.id, { note: merged.note, tags: merged.tags }, db)
        expect(saved.note).toBe(merged.note)
      }),
      { numRuns: 40 }
    )
  })

  it('an annotation: its note and passage unchanged, never refused', async () => {
    await fc.assert(
      fc.asyncProperty(importedAnnotation, async (imported) => {
        const db = await freshDatabase()
        await seed(db, { annotations: [imported] })
        const { color, note, tags, target } = imported
        const saved = await updateAnnotation(imported.id, { color, note, tags, target }, db)
        expect(saved.note).toBe(note)
        expect(saved.target).toEqual(target)
        expect(annotationSchema.safeParse(saved).success).toBe(true)
      }),
      { numRuns: 60 }
    )
  })

  it('a link URL', async () => {
    const db = await freshDatabase()
    const imported = sampleLinkUrl(3)
    expect(linkUrlSchema.safeParse(imported).success).toBe(true)
    const saved = await setLinkUrl(imported, imported.url, db)
    expect(saved.url).toBe(imported.url)
    expect(linkUrlSchema.safeParse(saved).success).toBe(true)
  })
})

describe('what the stores save, the import accepts back', () => {
  it('an annotation is saved only when a backup of it can be restored', async () => {
    const db = await freshDatabase()
    await fc.assert(
      fc.asyncProperty(
        fc.record({ note: textNear(ANNOTATION_LIMITS.note), exact: textNear(ANNOTATION_LIMITS.quote) }),
        async ({ note, exact }) => {
          const base = sampleAnnotation(1)
          const quote = { ...base.target.selectors.quote, exact: exact || 'x' }
          const target = { ...base.target, selectors: { ...base.target.selectors, quote } }
          const input = { documentId: base.documentId, color: base.color, note, target }
          const saved = await createAnnotation(input, db).catch((error: unknown) => error)
          if (saved instanceof WriteError) {
            expect(note.length > ANNOTATION_LIMITS.note || exact.length > ANNOTATION_LIMITS.quote).toBe(true)
          } else {
            expect(annotationSchema.safeParse(saved).success).toBe(true)
          }
        }
      ),
      { numRuns: 40 }
    )
  })
})
