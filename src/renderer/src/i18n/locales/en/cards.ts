// English strings of the cards tab: its reference and external-link sections.
// Same keys as ../fr/cards.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { cardsFr } from '../fr/cards'

export const cardsEn: Catalog<typeof cardsFr> = {
  label: 'Cards',
  references: 'References',
  links: 'External links'
}
