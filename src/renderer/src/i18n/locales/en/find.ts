// English strings of the find-in-document bar: the field, the count and moving between matches.
// Same keys as ../fr/find.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { findFr } from '../fr/find'

export const findEn: Catalog<typeof findFr> = {
  label: 'Find in the document',
  input: 'Find in the document',
  count: '{{current}} of {{total}}',
  none: 'No matches',
  previous: 'Previous match (Shift+Enter)',
  next: 'Next match (Enter)',
  close: 'Close find (Esc)'
}
