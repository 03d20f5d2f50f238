// English strings of the library's title filter: the field above the list, the count of what it finds, and
// how the list's rows are moved through with the keyboard. Same keys as ./fr/library-filter.ts.

import type { Catalog } from '../../catalog'
import type { libraryFilterFr } from '../fr/library-filter'

export const libraryFilterEn: Catalog<typeof libraryFilterFr> = {
  label: 'Filter titles',
  placeholder: 'Filter titles',
  all_one: '{{total}} document',
  all_other: '{{total}} documents',
  matching_zero: 'None of {{total}} documents',
  matching_one: '{{shown}} of {{total}} documents',
  matching_other: '{{shown}} of {{total}} documents',
  noMatch: 'No title matches.',
  keys: 'Up and down arrows move from one document to the next, Home and End to the first and the last.'
}
