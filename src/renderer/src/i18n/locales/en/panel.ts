// English strings of the side panel and its tabs (cards, notes, bookmarks).
// Same keys as ../fr/panel.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { panelFr } from '../fr/panel'

export const panelEn: Catalog<typeof panelFr> = {
  label: 'Side panel',
  cards: 'Cards',
  notes: 'Notes',
  bookmarks: 'Bookmarks'
}
