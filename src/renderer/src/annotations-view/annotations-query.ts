// Reads every annotation for the annotations view: first the most recently changed few (one indexed read, what the
// view shows first), then all of them in one read, live — read again when the table changes, never per row or keystroke.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import type { Annotation } from '../db/annotation'
import type { FolioDb } from '../db/folio-db'
import { FIRST_PAGE } from './filter-model'

/** The `limit` most recently changed annotations, through the updatedAt index. */
export const recentlyChanged = (database: FolioDb, limit = FIRST_PAGE): Promise<Annotation[]> =>
  database.annotations.orderBy('updatedAt').reverse().limit(limit).toArray()

/** Every annotation, in one read. */
export const everyAnnotation = (database: FolioDb): Promise<Annotation[]> => database.annotations.toArray()

export interface AnnotationsRead {
  /** Every annotation, once read (undefined before). */
  all: Annotation[] | undefined
  /** The most recently changed, until `all` is there (undefined before it too). */
  first: Annotation[] | undefined
}

/** The database's annotations, live. */
export function useAllAnnotations(database: FolioDb): AnnotationsRead {
  const [first, setFirst] = useState<Annotation[] | undefined>(undefined)
  // The long read starts once the first rows are on screen: reading 50,000 rows takes the page's thread for a while
  // when they arrive, and the frame that shows the first ones would wait for it.
  const [started, setStarted] = useState(false)
  useEffect(() => {
    if (first === undefined || started) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setStarted(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [first, started])
  const all = useLiveQuery(() => (started ? everyAnnotation(database) : undefined), [database, started])
  useEffect(() => {
    let live = true
    recentlyChanged(database).then(
      (rows) => live && setFirst(rows),
      (error: unknown) => console.warn('The first annotations were not read', error)
    )
    return () => {
      live = false
    }
  }, [database])
  return { all, first }
}
