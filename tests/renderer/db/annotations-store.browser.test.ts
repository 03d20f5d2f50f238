import { afterEach, describe, expect, it } from 'vitest'
import { annotationTarget as target } from '../../fixtures/db/annotation-target'
import { ANNOTATION_LIMITS } from '../../../src/renderer/src/db/annotation'
import {
  allTags,
  annotationsOfDocument,
  createAnnotation,
  deleteAnnotation,
  recentAnnotations,
  restoreAnnotation,
  updateAnnotation
} from '../../../src/renderer/src/db/annotations-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { errorText } from '../../../src/renderer/src/layout/write-error-text'
import { deleteTestDatabases, freshDatabase } from '../backup/test-database'

afterEach(deleteTestDatabases)

describe('the annotations store in real IndexedDB', () => {
  it('creates an annotation that a new connection reads back whole', async () => {
    const db = await freshDatabase()
    const created = await createAnnotation(
      {
        documentId: 'doc',
        target: target('中苏友好\u00a0条约'),
        color: 'green',
        note: '**note** 😀',
        tags: [' histoire ', 'Histoire', 'traité']
      },
      db
    )
    expect(created.tags).toEqual(['histoire', 'traité'])
    const other = new FolioDb(db.name)
    expect(await other.annotations.get(created.id)).toEqual(created)
    other.close()
  })

  it('uses strict durability, so a saved note is on disk', async () => {
    const db = await freshDatabase()
    expect(
      (db as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability
    ).toBe('strict')
  })

  it('updates colour, note and tags and moves updatedAt forward', async () => {
    const db = await freshDatabase()
    const created = await createAnnotation({ documentId: 'doc', target: target('quote'), color: 'yellow' }, db)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const updated = await updateAnnotation(created.id, { color: 'blue', note: 'nouveau', tags: ['a'] }, db)
    expect(updated).toMatchObject({ color: 'blue', note: 'nouveau', tags: ['a'], createdAt: created.createdAt })
    expect(updated.updatedAt > created.updatedAt).toBe(true)
  })

  it('accepts a 100,000-character note and refuses a longer one without writing', async () => {
    const db = await freshDatabase()
    const created = await createAnnotation({ documentId: 'doc', target: target('quote'), color: 'yellow' }, db)
    await updateAnnotation(created.id, { note: 'x'.repeat(ANNOTATION_LIMITS.note) }, db)
    await expect(updateAnnotation(created.id, { note: 'x'.repeat(ANNOTATION_LIMITS.note + 1) }, db)).rejects.toThrow(
      WriteError
    )
    expect((await db.annotations.get(created.id))?.note.length).toBe(ANNOTATION_LIMITS.note)
  })

  it('refuses an unknown colour and says an annotation deleted elsewhere is gone', async () => {
    const db = await freshDatabase()
    const color = await createAnnotation({ documentId: 'doc', target: target('q'), color: 'black' as never }, db).catch(
      (e: unknown) => e
    )
    expect(errorText(color)).toBe('Couleur inconnue : black')
    const gone = await updateAnnotation('missing', { note: 'x' }, db).catch((e: unknown) => e)
    expect(errorText(gone)).toMatch('n’existe plus')
  })

  it('deletes and restores an annotation exactly as it was', async () => {
    const db = await freshDatabase()
    const created = await createAnnotation(
      { documentId: 'doc', target: target('q'), color: 'pink', note: 'n', tags: ['t'] },
      db
    )
    const deleted = await deleteAnnotation(created.id, db)
    expect(await db.annotations.count()).toBe(0)
    await restoreAnnotation(deleted!, db)
    expect(await db.annotations.get(created.id)).toEqual(created)
  })

  it('lists a document’s annotations oldest first, the most recent first with a limit, and tags by use', async () => {
    const db = await freshDatabase()
    for (const [i, tags] of [['a'], ['a', 'b'], ['c']].entries()) {
      await createAnnotation({ documentId: 'doc', target: target(`q${i}`), color: 'yellow', tags }, db)
      await new Promise((resolve) => setTimeout(resolve, 3))
    }
    await createAnnotation({ documentId: 'other', target: target('x'), color: 'yellow', tags: ['a'] }, db)
    expect((await annotationsOfDocument('doc', db)).map((a) => a.target.selectors.quote.exact)).toEqual([
      'q0',
      'q1',
      'q2'
    ])
    expect((await recentAnnotations('doc', 2, db)).map((a) => a.target.selectors.quote.exact)).toEqual(['q2', 'q1'])
    expect(await allTags(db)).toEqual(['a', 'b', 'c'])
  })

  it('reports a write to a closed database as a clear error', async () => {
    const db = await freshDatabase()
    db.close({ disableAutoOpen: true })
    const error = await createAnnotation(
      { documentId: 'doc', target: target('q'), color: 'yellow', note: 'mon texte' },
      db
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WriteError)
    expect(errorText(error)).toMatch(/indisponible|enregistrement a échoué/)
  })
})
