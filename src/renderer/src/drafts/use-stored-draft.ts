// The newest draft kept for what a card or an editor shows, live (another window's typing shows up
// too), with whether the saved record has changed since the draft began. Prunes old drafts once per start.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect } from 'react'
import { savedSinceDraft, subjectKey, type Draft, type DraftFields, type DraftSubject } from '../db/draft'
import { draftsOf, pruneDrafts } from '../db/drafts-store'

let pruned: Promise<unknown> | null = null

/** Drops the drafts nobody can resume (drafts-store.ts), once, when the first one is looked for. */
function pruneOnce(): void {
  pruned ??= pruneDrafts().catch((error: unknown) => console.warn('Drafts not pruned', error))
}

export interface StoredDraft<F extends DraftFields> {
  draft: Draft<F>
  /** The saved record changed after the draft began: the offer says so and resuming lets the user choose. */
  stale: boolean
}

/**
 * The most recently typed draft of `subject` whose fields `parse` accepts, but `exceptId` (the editor's own),
 * or null; undefined while reading.
 */
export function useStoredDraft<F extends DraftFields>(
  subject: DraftSubject,
  saved: { updatedAt: string },
  parse: (fields: unknown) => F | null,
  exceptId?: string
): StoredDraft<F> | null | undefined {
  const key = subjectKey(subject)
  // Outside the live query, which may only read; the query sees the deletions when they commit.
  useEffect(pruneOnce, [])
  // The subject is named by its key: a new object for the same thing is the same query.
  const drafts = useLiveQuery(() => draftsOf(subject), [key])
  if (drafts === undefined) return undefined
  for (const draft of drafts) {
    if (draft.id === exceptId) continue
    const fields = parse(draft.fields)
    if (fields) return { draft: { ...draft, fields }, stale: savedSinceDraft(draft, saved) }
  }
  return null
}
