// Messages between the renderer and the search worker: sync a scope of entries, search, progress.
// Plain data only, so they cross the worker boundary by structured clone.

import type { SearchEntry, SearchOptions, SearchResults } from '../../../shared/search/types'

/** A scope is a set of entries that is always replaced whole: one document, all notes, all bookmarks. */
export type ToWorker =
  | { type: 'sync'; scope: string; entries: SearchEntry[] }
  /** Drops every scope starting with `prefix` that is not in `keep` (documents removed from the library). */
  | { type: 'retain'; prefix: string; keep: string[] }
  | { type: 'search'; requestId: number; query: string; options?: SearchOptions }

export type FromWorker =
  /** The saved index is loaded: `scopes` are those it holds (a document's scope names its content). */
  | { type: 'ready'; entries: number; fromCache: boolean; scopes: string[] }
  | { type: 'progress'; done: number; total: number }
  /** Indexing settled; `generation` grows with every change, so open results can be refreshed. */
  | { type: 'idle'; entries: number; generation: number }
  | { type: 'results'; requestId: number; results: SearchResults; ms: number }
  | { type: 'error'; message: string }

/** The id of an entry inside its scope: `scope|kind|id`. */
export const scopedId = (scope: string, kind: string, id: string): string => `${scope}|${kind}|${id}`
