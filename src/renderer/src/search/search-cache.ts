// The search index saved between sessions, in a database of its own: derived data that can always
// be rebuilt, so it is not part of the user's backups and has no schema ladder.

import Dexie, { type EntityTable } from 'dexie'
import type { SerializedSearchIndex } from '../../../shared/search/search-index'

/** Bumped with the index's saved form (`FORMAT_VERSION` of search-index.ts): an older snapshot is rebuilt. */
export const SEARCH_CACHE_VERSION = 2

export interface SearchSnapshot {
  key: 'index'
  version: number
  /** Ids of the entries of each scope. */
  scopes: Record<string, string[]>
  index: SerializedSearchIndex
  savedAt: string
}

class SearchCacheDb extends Dexie {
  snapshots!: EntityTable<SearchSnapshot, 'key'>
  constructor() {
    super('folio-search-cache')
    this.version(1).stores({ snapshots: 'key' })
  }
}

const cache = new SearchCacheDb()

/** The saved index, or null when there is none or it is of another version. */
export async function loadSnapshot(): Promise<SearchSnapshot | null> {
  try {
    const snapshot = await cache.snapshots.get('index')
    return snapshot && snapshot.version === SEARCH_CACHE_VERSION ? snapshot : null
  } catch (error) {
    console.warn('Search index cache unreadable; rebuilding', error)
    return null
  }
}

/** Saves the index; a failure only costs a rebuild at the next start. */
export async function saveSnapshot(snapshot: Omit<SearchSnapshot, 'key' | 'version' | 'savedAt'>): Promise<void> {
  try {
    await cache.snapshots.put({
      key: 'index',
      version: SEARCH_CACHE_VERSION,
      savedAt: new Date().toISOString(),
      ...snapshot
    })
  } catch (error) {
    console.warn('Search index not saved', error)
  }
}
