// Every link between annotations for the annotations view, read in one live read of their table (a few rows beside
// the annotations) and indexed by both ends: each row knows its links, and the view can show one's at once.

import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { FolioDb } from '../db/folio-db'
import { linksByAnnotation, type LinksByAnnotation } from './filter-model'

/** The database's links by annotation, live; undefined while they are read. */
export function useLinksByAnnotation(database: FolioDb): LinksByAnnotation | undefined {
  const links = useLiveQuery(() => database.annotationLinks.toArray(), [database])
  // Oldest first, as an annotation's card lists them (the table has no index on their dates: there are few).
  return useMemo(
    () => (links ? linksByAnnotation([...links].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) : undefined),
    [links]
  )
}
