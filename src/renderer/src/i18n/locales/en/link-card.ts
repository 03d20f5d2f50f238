// English strings of an archived-link card's fields (title, addresses, state…) and opening it.
// Same keys as ../fr/link-card.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { linkCardFr } from '../fr/link-card'

export const linkCardEn: Catalog<typeof linkCardFr> = {
  title: 'Title',
  author: 'Author',
  year: 'Year',
  publisher: 'Publisher / site',
  format: 'Format',
  size: 'Size',
  archived: 'Archive date',
  originalUrl: 'Original URL',
  archivedUrl: 'Archive URL',
  urlUnknown: 'unknown in the source',
  status: 'Status',
  statusUnknownUrl: 'No known URL: this link can’t be opened.',
  statusArchived: 'Archived copy available',
  statusLive: 'Original URL known',
  source: 'Source text',
  open: 'Open',
  showInText: 'Show in the article',
  unknown: 'unknown in the source'
}
