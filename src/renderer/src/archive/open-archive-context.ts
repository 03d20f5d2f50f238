// The archive the app has open (its id and name), for what names a passage of it: links to a passage, citations.

import { createContext, useContext } from 'react'
import type { ArchiveInfo } from '../../../shared/archive/archive-types'

export const OpenArchiveContext = createContext<Pick<ArchiveInfo, 'id' | 'name'> | null>(null)

/** The open archive, or null before it is known (or outside the app shell). */
export const useOpenArchive = (): Pick<ArchiveInfo, 'id' | 'name'> | null => useContext(OpenArchiveContext)
