// English strings of a link card's copies: the PDF or saved page the user attached, and attaching one.

import type { Catalog } from '../../catalog'
import type { copyCardFr } from '../fr/copy-card'

export const copyCardEn: Catalog<typeof copyCardFr> = {
  label: 'Your copies of this document',
  attach: 'Attach a copy…',
  attached: 'Copy attached: {{name}}',
  detach: 'Detach',
  detached: 'Copy detached: {{name}}',
  read: 'Read the copy',
  pdf: 'PDF',
  html: 'Saved web page',
  page: 'Page {{page}}',
  pageHint: 'Bookmark the page at the top of the view (Ctrl+D)',
  pages_one: '{{pages}} page',
  pages_other: '{{pages}} pages',
  attachedOn: 'attached on {{date}}',
  shipped: 'Shipped with the archive',
  shippedRefused: 'Shipped with the archive, this copy cannot be opened: {{problem}}',
  extracting: 'Reading the text: page {{done}} of {{total}}…',
  mine: 'My copies',
  noneYet: 'No copies: attach a PDF or a saved page to a link, or add one here.',
  add: 'Add a copy…',
  cite: 'Cite this passage',
  citeQuote: '“{{quote}}” {{citation}}',
  cited: 'Citation copied: {{citation}}',
  citeNoLink: 'This copy is attached to no link of the archive: Folio does not know which work to cite.'
}
