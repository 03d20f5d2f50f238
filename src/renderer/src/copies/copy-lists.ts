// The lists of copies read from main, one per document (or one of every copy): every link card of a document
// shows from the same reading (they used to ask main once each), and a change made anywhere (an attach, a
// removal, copies dropped on the window or handed by a launch) reads again every list on screen.

import { useEffect, useSyncExternalStore } from 'react'
import type { CopyEntry } from '../../../shared/copies/copy-types'
import { getFolioApi } from '../ipc/folio-client'
import { onCopiesAdded } from '../library/added-copies'

/** A document's id, or null for every copy of the library. */
type ListKey = string | null

interface CopyList {
  /** undefined until the first answer. */
  copies: CopyEntry[] | undefined
  /** The lists on screen that show it. */
  users: number
  /** The reading whose answer is kept: an answer to an older one is dropped. */
  reading: number
}

const lists = new Map<ListKey, CopyList>()
const listeners = new Set<() => void>()
const notify = () => listeners.forEach((listener) => listener())

function read(key: ListKey, list: CopyList): void {
  const reading = ++list.reading
  const settle = (copies: CopyEntry[]) => {
    if (list.reading !== reading) return
    list.copies = copies
    notify()
  }
  const api = getFolioApi()
  if (!api) return settle([])
  api.listCopies(key).then(settle, (error: unknown) => {
    console.warn('Copies not listed', error)
    settle([])
  })
}

/** Reads again every list of copies on screen. */
export function copiesChanged(): void {
  for (const [key, list] of lists) read(key, list)
}
onCopiesAdded(copiesChanged)

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The copies of `key`'s links (null: every copy), undefined while read; read once for all that show them. */
export function useCopyList(key: ListKey): CopyEntry[] | undefined {
  useEffect(() => {
    let list = lists.get(key)
    if (!list) {
      list = { copies: undefined, users: 0, reading: 0 }
      lists.set(key, list)
      read(key, list)
    }
    list.users++
    const used = list
    return () => {
      // The last list gone: the next one to show reads afresh.
      if (--used.users === 0 && lists.get(key) === used) lists.delete(key)
    }
  }, [key])
  return useSyncExternalStore(subscribe, () => lists.get(key)?.copies)
}
