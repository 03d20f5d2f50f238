// English strings of links to a passage: copying one, opening one (from the search box, a note or the system), and
// what opening it found.

import type { Catalog } from '../../catalog'
import type { passageLinkFr } from '../fr/passage-link'

export const passageLinkEn: Catalog<typeof passageLinkFr> = {
  copy: 'Copy link',
  copyHint: 'A folio:// link that reopens this passage, to paste into a note, a text or the search box',
  copied: 'Link copied: it reopens this passage in Folio.',
  copyQuote: 'Copy as Markdown quote',
  copiedQuote: 'Quote copied as Markdown, with its citation and its link.',
  openInFolio: 'Open in Folio',
  searchOffer: 'Open the passage of this link',
  searchOfferHint: 'Enter: open the document at this passage',
  outcome: {
    moved: 'The text has changed since the link was copied: the passage was found in another place.',
    gone: 'This passage is no longer in the document: its text has changed. The document is open.'
  },
  refused: {
    'other-archive': 'This link leads to another archive than the one open: nothing was opened.',
    'no-document': 'Folio does not have this link’s document (removed, or from another library): nothing was opened.',
    damaged: 'This link’s document cannot be read: nothing was opened.',
    'not-folio': 'This is not a folio:// link to a passage.',
    'too-long': 'This link is too long (over 4,096 characters): it was not read.',
    'control-character': 'This link contains spaces or control characters: it was not read.',
    'missing-parts': 'A part of this link is missing (archive, document, or the end of a position).',
    'bad-id': 'This link names a document or a passage in a form Folio does not know.',
    'bad-number': 'This link gives a position or a page that is not a valid number.',
    'bad-encoding': 'This link is badly encoded (a “%” without the two digits after it).',
    'repeated-part': 'This link gives the same part twice: Folio cannot tell which to follow.'
  }
}
