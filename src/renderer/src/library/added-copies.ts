// Copies added from outside the copies' own buttons (a drop, a launch's file): the lists of copies hear of it and
// read their list again (copies/use-copies.ts).

const listeners = new Set<() => void>()

/** Runs `listener` each time copies were added; returns the unsubscribe. */
export function onCopiesAdded(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** Tells every list of copies that copies were added. */
export function copiesAdded(): void {
  for (const listener of [...listeners]) listener()
}
