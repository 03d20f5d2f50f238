// A record as the user just saved it. The live query that feeds a card catches up a moment after the
// write commits; until it does, the card shows the record the save returned, so that closing an editor
// never flashes the old note. A newer change (another window, an undo) wins as soon as it arrives.

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
