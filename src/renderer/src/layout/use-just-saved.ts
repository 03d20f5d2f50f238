// A record as the user just saved it. The live query that feeds a card catches up a moment after the
// write commits; until it does, the card shows the record the save returned, so that closing an editor
// never flashes the old note. Whatever the live query brings next wins: the save itself, or a change made
// since (another window, an undo, another device's edit merged in by the sync, whatever its date says —
// a merged note may carry the other device's earlier date, and another device's clock may be behind).
// `useEditing` adds the open/closed state of an editor shown in place, as cards and lists have.

import { useState } from 'react'

interface Saved {
  id: string
}

/** The last record passed to `remember`, until `live` is no longer the record it was then. */
export function useJustSaved<T extends Saved>(live: T): [shown: T, remember: (saved: T) => void] {
  const [saved, setSaved] = useState<{ record: T; over: T } | null>(null)
  // The live query gives a new object for every read: one other than the record shown at the save is newer.
  const shown = saved && saved.over === live && saved.record.id === live.id ? saved.record : live
  return [shown, (record) => setSaved({ record, over: live })]
}

export interface Editing<T> {
  /** The record to show: the newer of the live one and the one just saved. */
  shown: T
  editing: boolean
  open(): void
  /** Closes the editor; `saved` (null on cancel) is shown until the live record catches up. */
  close(saved: T | null): void
}

/** A record with an editor that opens in place, for lists and cards that show it. */
export function useEditing<T extends Saved>(live: T): Editing<T> {
  const [shown, remember] = useJustSaved(live)
  const [editing, setEditing] = useState(false)
  return {
    shown,
    editing,
    open: () => setEditing(true),
    close: (saved) => {
      if (saved) remember(saved)
      setEditing(false)
    }
  }
}
