// The named reads and writes of drafts: keep one while the user types, find those of what an editor
// shows, delete one when it is saved or discarded, and prune those nobody can resume any more.

import { DRAFT_MAX_AGE_DAYS, subjectKey, subjectOfKey, type Draft, type DraftFields, type DraftSubject } from './draft'
import { draftsDb as defaultDrafts, type DraftsDb } from './drafts-db'
import { db as defaultDb, type FolioDb } from './folio-db'
import { toWriteError } from './write-error'

/** What an editor hands over to keep: its session's draft id, what it edits, its fields and their base. */
export interface DraftToKeep<F extends DraftFields> {
  id: string
  subject: DraftSubject
  fields: F
  baseUpdatedAt: string
}

/** Writes (or rewrites) a draft and returns it once it is on disk; its `createdAt` is kept across rewrites. */
export async function keepDraft<F extends DraftFields>(
  input: DraftToKeep<F>,
  database: DraftsDb = defaultDrafts
): Promise<Draft<F>> {
  const now = new Date().toISOString()
  try {
    return await database.transaction('rw', database.drafts, async () => {
      const before = await database.drafts.get(input.id)
      const draft: Draft<F> = {
        id: input.id,
        subjectKey: subjectKey(input.subject),
        fields: input.fields,
        baseUpdatedAt: input.baseUpdatedAt,
        createdAt: before?.createdAt ?? now,
        updatedAt: now
      }
      await database.drafts.put(draft)
      return draft
    })
  } catch (error) {
    throw toWriteError(error)
  }
}

/** The drafts of one subject, the most recently typed first. */
export async function draftsOf(subject: DraftSubject, database: DraftsDb = defaultDrafts): Promise<Draft[]> {
  const drafts = await database.drafts.where('subjectKey').equals(subjectKey(subject)).toArray()
  return drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
}

/** Deletes a draft (saved or discarded); deleting one that is gone is not an error. */
export async function deleteDraft(id: string, database: DraftsDb = defaultDrafts): Promise<void> {
  try {
    await database.drafts.delete(id)
  } catch (error) {
    throw toWriteError(error)
  }
}

/** Whether the annotation or bookmark a draft edits is still in the user's database. */
async function subjectExists(subject: DraftSubject, database: FolioDb): Promise<boolean> {
  if (subject.kind === 'annotation') return (await database.annotations.get(subject.annotationId)) !== undefined
  return (await database.bookmarks.where('targetKey').equals(subject.targetKey).count()) > 0
}

export interface PruneOptions {
  now?: Date
  drafts?: DraftsDb
  folio?: FolioDb
}

/**
 * Deletes the drafts that can no longer be resumed — their annotation or bookmark is gone, their key is
 * of no known kind — and those not typed in for {@link DRAFT_MAX_AGE_DAYS} days; returns how many.
 * Run at start-up, not after a deletion, so that undoing a deletion still finds its draft.
 */
export async function pruneDrafts({
  now = new Date(),
  drafts = defaultDrafts,
  folio = defaultDb
}: PruneOptions = {}): Promise<number> {
  const oldest = new Date(now.getTime() - DRAFT_MAX_AGE_DAYS * 86_400_000).toISOString()
  const doomed: string[] = []
  for (const draft of await drafts.drafts.toArray()) {
    const subject = subjectOfKey(draft.subjectKey)
    if (!subject || draft.updatedAt < oldest || !(await subjectExists(subject, folio))) doomed.push(draft.id)
  }
  if (doomed.length) await drafts.drafts.bulkDelete(doomed)
  return doomed.length
}
