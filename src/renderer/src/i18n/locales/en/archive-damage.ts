// English strings of a damaged archive document: its mark in the library and the reader's panel naming the
// file and the problem, with the promise that the user's notes on it are kept. Same keys as ./fr/archive-damage.ts.

import type { Catalog } from '../../catalog'
import type { archiveDamageFr } from '../fr/archive-damage'

export const archiveDamageEn: Catalog<typeof archiveDamageFr> = {
  badge: 'Damaged',
  rowLabel: '{{title}} — damaged document: {{kind}}',
  title: '“{{title}}” can’t be opened',
  kept: 'Your annotations and bookmarks on this document are kept, untouched: they come back when the file is repaired.',
  orphans_zero: 'You have no annotations on this document.',
  orphans_one: 'Your annotation on this document is in the Notes panel, among the passages not found.',
  orphans_other: 'Your {{count}} annotations on this document are in the Notes panel, among the passages not found.',
  hint: 'The archive’s other documents open as usual. To repair this one, restore this file (or reinstall Folio), then restart the app.'
}
