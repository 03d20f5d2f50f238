// An editor's fields, kept as a draft while the user types (debounced, in the drafts database), with
// the offer of a draft kept earlier and the "newer save wins" rule: when the saved record has changed
// since the editor's text started from it, the editor shows both and the user chooses.

import { useCallback, useEffect, useRef, useState } from 'react'
import { DRAFT_DEBOUNCE_MS, savedSinceDraft, type Draft, type DraftFields, type DraftSubject } from '../db/draft'
import { deleteDraft, keepDraft } from '../db/drafts-store'
import { markUnsaved } from './unsaved-edits'
import { useStoredDraft, type StoredDraft } from './use-stored-draft'

export interface DraftEditingOptions<F extends DraftFields> {
  subject: DraftSubject
  /** The saved record as it is now (live: another window's save shows up here). */
  saved: { updatedAt: string }
  /** The saved record's values, in the editor's fields. */
  savedFields: F
  /** Checks fields read back from storage. */
  parse(fields: unknown): F | null
  /** A draft the user chose to resume before the editor opened (a card's "Reprendre le brouillon"). */
  resumeFrom?: Draft<F> | null
}

export interface DraftEditing<F extends DraftFields> {
  fields: F
  /** The user typed: changes the fields and keeps the draft after a pause. */
  change(patch: Partial<F>): void
  /** A draft kept earlier (a reload, a crash, another window), offered while the user has typed nothing. */
  offer: StoredDraft<F> | null
  resume(): void
  /** Deletes the offered draft; rejects with a WriteError when it cannot. */
  discard(): Promise<void>
  /** The saved record changed after the editor's text started from it: saving waits for the user's choice. */
  conflict: boolean
  /** Keeps the editor's text, now knowingly based on the newer save. */
  keepMine(): void
  /** Replaces the editor's text with the saved record and drops the draft. */
  takeSaved(): void
  /** The editor's text is kept as a draft on disk. */
  kept: boolean
  /** After a save or a cancel: the draft of this session is deleted. */
  finish(): Promise<void>
}

interface Session<F> {
  id: string
  fields: F
  /** `updatedAt` of the saved record the fields started from. */
  base: string
  /** The user has typed (or resumed a draft) since the fields were the saved ones. */
  dirty: boolean
}

/** See the module comment; the draft is written at most every {@link DRAFT_DEBOUNCE_MS} while typing. */
export function useDraftEditing<F extends DraftFields>(options: DraftEditingOptions<F>): DraftEditing<F> {
  const { subject, saved, savedFields, parse, resumeFrom } = options
  const [session, setSession] = useState<Session<F>>(() =>
    resumeFrom
      ? { id: resumeFrom.id, fields: resumeFrom.fields, base: resumeFrom.baseUpdatedAt, dirty: true }
      : { id: crypto.randomUUID(), fields: savedFields, base: saved.updatedAt, dirty: false }
  )
  const [kept, setKept] = useState(Boolean(resumeFrom))
  const current = useRef(session)
  const subjectRef = useRef(subject)
  subjectRef.current = subject
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  // Writes and deletions run one after another, so a late write never brings back a deleted draft.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const changes = useRef(0)

  const update = useCallback((next: Session<F>) => {
    current.current = next
    setSession(next)
  }, [])

  const enqueue = useCallback((work: () => Promise<unknown>) => {
    queue.current = queue.current.then(work).catch((error: unknown) => console.warn('Draft not kept', error))
    return queue.current
  }, [])

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const { id, fields, base, dirty } = current.current
    if (!dirty) return
    const change = changes.current
    void enqueue(async () => {
      await keepDraft({ id, subject: subjectRef.current, fields, baseUpdatedAt: base })
      if (change === changes.current) setKept(true)
    })
  }, [enqueue])

  const flush = useCallback(() => {
    if (timer.current) write()
  }, [write])

  const change = useCallback(
    (patch: Partial<F>) => {
      update({ ...current.current, fields: { ...current.current.fields, ...patch }, dirty: true })
      changes.current += 1
      setKept(false)
      if (timer.current) clearTimeout(timer.current)
      timer.current = setTimeout(write, DRAFT_DEBOUNCE_MS)
    },
    [update, write]
  )

  const drop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    changes.current += 1
    setKept(false)
    const { id } = current.current
    return enqueue(() => deleteDraft(id))
  }, [enqueue])

  // Leaving the page with unsaved text asks first. (An editor that goes away still has its timer run.)
  useEffect(() => (session.dirty ? markUnsaved(flush) : undefined), [session.dirty, flush])

  // With nothing typed, the editor simply follows the saved record (another window saved it).
  useEffect(() => {
    if (!current.current.dirty && savedSinceDraft({ baseUpdatedAt: current.current.base }, saved))
      update({ ...current.current, fields: savedFields, base: saved.updatedAt })
    // savedFields is a new object at each render; the saved record's date says when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saved.updatedAt, update])

  const stored = useStoredDraft(subject, saved, parse, session.id)
  const offer = !session.dirty && stored ? stored : null

  return {
    fields: session.fields,
    change,
    offer,
    resume: () => {
      if (!offer) return
      const { draft } = offer
      // The session becomes the draft's: typing goes on rewriting it, saving deletes it.
      void drop()
      update({ id: draft.id, fields: draft.fields, base: draft.baseUpdatedAt, dirty: true })
      setKept(true)
    },
    discard: () => (offer ? deleteDraft(offer.draft.id) : Promise.resolve()),
    conflict: session.dirty && savedSinceDraft({ baseUpdatedAt: session.base }, saved),
    keepMine: () => {
      update({ ...current.current, base: saved.updatedAt })
      write()
    },
    takeSaved: () => {
      void drop()
      update({ ...current.current, fields: savedFields, base: saved.updatedAt, dirty: false })
    },
    kept: session.dirty && kept,
    finish: async () => {
      const done = drop()
      update({ ...current.current, dirty: false })
      await done
    }
  }
}
