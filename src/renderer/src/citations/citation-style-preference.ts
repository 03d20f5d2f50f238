// The citation style the user picked for reference cards (Chicago author-date until they pick
// another), remembered on this machine and shared by every card through one small store.

import { useSyncExternalStore } from 'react'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'

/** The styles, default first (kept here so the initial bundle never loads the citation code). */
export const CITATION_STYLE_IDS: readonly CitationStyleId[] = ['chicago-author-date', 'apa', 'mla']
export const DEFAULT_STYLE: CitationStyleId = 'chicago-author-date'

const STORAGE_KEY = 'folio.citationStyle'
const listeners = new Set<() => void>()

function isStyle(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLE_IDS as readonly string[]).includes(value)
}

function read(): CitationStyleId {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return isStyle(stored) ? stored : DEFAULT_STYLE
  } catch {
    return DEFAULT_STYLE
  }
}

let current: CitationStyleId = read()

/** Sets the style for every card and remembers it. */
export function setCitationStyle(style: CitationStyleId): void {
  current = style
  try {
    localStorage.setItem(STORAGE_KEY, style)
  } catch {
    // Storage unavailable (private mode, quota): the choice lasts until the window closes.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The chosen citation style; re-renders when it changes. */
export function useCitationStyle(): CitationStyleId {
  return useSyncExternalStore(subscribe, () => current)
}
