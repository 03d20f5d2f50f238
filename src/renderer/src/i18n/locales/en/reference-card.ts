// English strings of a reference card's fields (authors, title, journal…) and showing the reference in the article.
// Same keys as ../fr/reference-card.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { referenceCardFr } from '../fr/reference-card'

export const referenceCardEn: Catalog<typeof referenceCardFr> = {
  authors: 'Authors',
  title: 'Title',
  container: 'Journal',
  year: 'Year',
  volume: 'Volume',
  issue: 'Issue',
  pages: 'Pages',
  source: 'Source text',
  showInText: 'Show in the article',
  unknown: 'unknown in the source'
}
