// English strings of the library-wide search: the box, the results' summary and their kinds.
// Same keys as ../fr/search.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { searchFr } from '../fr/search'

export const searchEn: Catalog<typeof searchFr> = {
  label: 'Library search',
  input: 'Search the library',
  placeholder: 'Search (Ctrl+K)…',
  results: 'Search results',
  summary_one: '{{count}} result',
  summary_other: '{{count}} results',
  none: 'No results for “{{query}}”.',
  indexing: 'Indexing… {{done}} / {{total}}',
  archiveUnavailable:
    'Searching the archive’s text is unavailable (its index is damaged): only your notes, bookmarks and documents are searched.',
  gone: 'This item no longer exists.',
  kinds: {
    passage_one: 'Text ({{count}})',
    passage_other: 'Text ({{count}})',
    reference_one: 'References ({{count}})',
    reference_other: 'References ({{count}})',
    link_one: 'Links ({{count}})',
    link_other: 'Links ({{count}})',
    note_one: 'Notes ({{count}})',
    note_other: 'Notes ({{count}})',
    tag_one: 'Tags ({{count}})',
    tag_other: 'Tags ({{count}})',
    bookmark_one: 'Bookmarks ({{count}})',
    bookmark_other: 'Bookmarks ({{count}})'
  }
}
