// The drafts store in real Chromium IndexedDB: a draft kept while typing is read back whole by a new
// connection, found by what it edits, deleted when saved or discarded, pruned when nobody can resume it;
// and the "newer save wins" rule sees a save made after the draft began, from another connection too.

import { afterEach, describe, expect, it } from 'vitest'
import { annotationTarget as target } from '../../fixtures/db/annotation-target'
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../../src/renderer/src/db/annotations-store'
import { createBookmark, deleteBookmark } from '../../../src/renderer/src/db/bookmarks-store'
import {
  annotationDraftFields,
  bookmarkDraftFields,
  DRAFT_MAX_AGE_DAYS,
  savedSinceDraft,
  type AnnotationDraftFields
} from '../../../src/renderer/src/db/draft'
import { DraftsDb } from '../../../src/renderer/src/db/drafts-db'
import { deleteDraft, draftsOf, keepDraft, pruneDrafts } from '../../../src/renderer/src/db/drafts-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { deleteTestDatabases, freshDatabase } from '../backup/test-database'

const opened: DraftsDb[] = []

async function freshDrafts(): Promise<DraftsDb> {
  const database = new DraftsDb(`folio-drafts-test-${crypto.randomUUID()}`)
  opened.push(database)
  await database.open()
  return database
}

afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close({ disableAutoOpen: true })
    await database.delete({ disableAutoOpen: true }).catch(() => undefined)
  }
  await deleteTestDatabases()
})

const fields = (note: string): AnnotationDraftFields => ({ color: 'yellow', note, tags: ['traité'], tagText: 'URS' })
const pause = () => new Promise((resolve) => setTimeout(resolve, 5))

describe('the drafts store in real IndexedDB', () => {
  it('keeps a draft that a new connection reads back whole, with strict durability', async () => {
    const drafts = await freshDrafts()
    const subject = { kind: 'annotation', annotationId: 'a1' } as const
    const kept = await keepDraft(
      { id: 'd1', subject, fields: fields('中苏友好 **note** 😀'), baseUpdatedAt: '2026-01-01T00:00:00.000Z' },
      drafts
    )
    const other = new DraftsDb(drafts.name)
    expect(await draftsOf(subject, other)).toEqual([kept])
    expect(kept.fields).toEqual({ color: 'yellow', note: '中苏友好 **note** 😀', tags: ['traité'], tagText: 'URS' })
    other.close()
    expect(
      (drafts as unknown as { _options: { chromeTransactionDurability?: string } })._options.chromeTransactionDurability
    ).toBe('strict')
  })

  it('rewrites the same draft while the user types, keeping when it began', async () => {
    const drafts = await freshDrafts()
    const subject = { kind: 'annotation', annotationId: 'a1' } as const
    const first = await keepDraft({ id: 'd1', subject, fields: fields('Le tr'), baseUpdatedAt: 'base' }, drafts)
    await pause()
    const second = await keepDraft({ id: 'd1', subject, fields: fields('Le traité'), baseUpdatedAt: 'base' }, drafts)
    const stored = await draftsOf(subject, drafts)
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({ fields: { note: 'Le traité' }, createdAt: first.createdAt })
    expect(second.updatedAt > first.updatedAt).toBe(true)
  })

  it('finds only the drafts of what is edited, the most recently typed first', async () => {
    const drafts = await freshDrafts()
    const annotation = { kind: 'annotation', annotationId: 'same-id' } as const
    await keepDraft({ id: 'older', subject: annotation, fields: fields('fenêtre 1'), baseUpdatedAt: 'b' }, drafts)
    await pause()
    await keepDraft({ id: 'newer', subject: annotation, fields: fields('fenêtre 2'), baseUpdatedAt: 'b' }, drafts)
    await keepDraft(
      {
        id: 'other',
        subject: { kind: 'bookmark', targetKey: 'same-id' },
        fields: { note: 'x', tags: '' },
        baseUpdatedAt: 'b'
      },
      drafts
    )
    expect((await draftsOf(annotation, drafts)).map((draft) => draft.id)).toEqual(['newer', 'older'])
    expect((await draftsOf({ kind: 'bookmark', targetKey: 'same-id' }, drafts)).map((draft) => draft.id)).toEqual([
      'other'
    ])
  })

  it('deletes a saved or discarded draft, and deleting one already gone is no error', async () => {
    const drafts = await freshDrafts()
    const subject = { kind: 'bookmark', targetKey: 'reference:doc:ref-1' } as const
    await keepDraft({ id: 'd1', subject, fields: { note: 'n', tags: 'a, b' }, baseUpdatedAt: 'b' }, drafts)
    await deleteDraft('d1', drafts)
    expect(await draftsOf(subject, drafts)).toEqual([])
    await expect(deleteDraft('d1', drafts)).resolves.toBeUndefined()
  })
})

describe('the newer save wins', () => {
  it('sees a save made in another window after the draft began, and only then', async () => {
    const folio = await freshDatabase()
    const drafts = await freshDrafts()
    const annotation = await createAnnotation(
      { documentId: 'doc', target: target('traité'), color: 'yellow', note: 'v1' },
      folio
    )
    const draft = await keepDraft(
      {
        id: 'd1',
        subject: { kind: 'annotation', annotationId: annotation.id },
        fields: fields('mon brouillon'),
        baseUpdatedAt: annotation.updatedAt
      },
      drafts
    )
    expect(savedSinceDraft(draft, (await folio.annotations.get(annotation.id))!)).toBe(false)

    await pause()
    const otherWindow = new FolioDb(folio.name)
    await updateAnnotation(annotation.id, { note: 'enregistrée ailleurs' }, otherWindow)
    otherWindow.close()
    const saved = (await folio.annotations.get(annotation.id))!
    expect(saved.note).toBe('enregistrée ailleurs')
    expect(savedSinceDraft(draft, saved)).toBe(true)
    // The draft itself is untouched: the user still chooses.
    expect((await draftsOf({ kind: 'annotation', annotationId: annotation.id }, drafts))[0]?.fields.note).toBe(
      'mon brouillon'
    )
  })
})

describe('pruning drafts', () => {
  it('drops drafts of deleted annotations and removed bookmarks, old drafts and unknown kinds, and keeps the rest', async () => {
    const folio = await freshDatabase()
    const drafts = await freshDrafts()
    const kept = await createAnnotation({ documentId: 'doc', target: target('gardée'), color: 'yellow' }, folio)
    const gone = await createAnnotation({ documentId: 'doc', target: target('supprimée'), color: 'yellow' }, folio)
    await deleteAnnotation(gone.id, folio)
    const bookmark = await createBookmark(
      { kind: 'reference', documentId: 'doc', targetId: 'ref-1', label: 'Réf.' },
      folio
    )
    const removed = await createBookmark(
      { kind: 'reference', documentId: 'doc', targetId: 'ref-2', label: 'Réf. 2' },
      folio
    )
    await deleteBookmark(removed.id, folio)
    const keep = (id: string, subject: Parameters<typeof keepDraft>[0]['subject']) =>
      keepDraft({ id, subject, fields: fields(id), baseUpdatedAt: 'b' }, drafts)
    await keep('of-kept', { kind: 'annotation', annotationId: kept.id })
    await keep('of-gone', { kind: 'annotation', annotationId: gone.id })
    await keep('of-bookmark', { kind: 'bookmark', targetKey: bookmark.targetKey })
    await keep('of-removed', { kind: 'bookmark', targetKey: removed.targetKey })
    await drafts.drafts.put({
      id: 'unknown',
      subjectKey: 'comment:x',
      fields: fields('?'),
      baseUpdatedAt: 'b',
      createdAt: 'x',
      updatedAt: new Date().toISOString()
    })

    const later = (days: number) => new Date(Date.now() + days * 86_400_000)
    expect(await pruneDrafts({ drafts, folio, now: later(DRAFT_MAX_AGE_DAYS - 1) })).toBe(3)
    expect((await drafts.drafts.toArray()).map((draft) => draft.id).sort()).toEqual(['of-bookmark', 'of-kept'])

    expect(await pruneDrafts({ drafts, folio, now: later(DRAFT_MAX_AGE_DAYS + 1) })).toBe(2)
    expect(await drafts.drafts.count()).toBe(0)
  })
})

describe('draft fields read back from storage', () => {
  it('are accepted only in the shape the editors write', () => {
    expect(annotationDraftFields(fields('n'))).toEqual(fields('n'))
    expect(annotationDraftFields({ ...fields('n'), color: 'black' })).toBeNull()
    expect(annotationDraftFields({ ...fields('n'), tags: [1] })).toBeNull()
    expect(annotationDraftFields(null)).toBeNull()
    expect(bookmarkDraftFields({ note: 'n', tags: 'a, b' })).toEqual({ note: 'n', tags: 'a, b' })
    expect(bookmarkDraftFields({ note: 'n' })).toBeNull()
  })
})
