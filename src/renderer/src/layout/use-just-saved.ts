// A record as the user just saved it. The live query that feeds a card catches up a moment after the
// write commits; until it does, the card shows the record the save returned, so that closing an editor
// never flashes the old note. A newer change (another window, an undo) wins as soon as it arrives.
// `useEditing` adds the open/closed state of an editor shown in place, as cards and lists have.

import { useState } from 'react'

interface Saved {
  id: string
  /** ISO 8601, so that two of them compare as strings. */
  updatedAt: string
}

/** The newer of `live` and the last record passed to `remember`. */
export function useJustSaved<T extends Saved>(live: T): [shown: T, remember: (saved: T) => void] {
  const [saved, remember] = useState<T | null>(null)
  const shown = saved && saved.id === live.id && saved.updatedAt > live.updatedAt ? saved : live
  return [shown, remember]
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
