// French strings of links to a passage: copying one, opening one (from the search box, a note or the system), and
// what opening it found.

export const passageLinkFr = {
  copy: 'Copier le lien',
  copyHint: 'Un lien folio:// qui rouvre ce passage, à coller dans une note, un texte ou la recherche',
  copied: 'Lien copié : il rouvre ce passage dans Folio.',
  copyQuote: 'Copier en citation Markdown',
  copiedQuote: 'Citation copiée en Markdown, avec sa référence et son lien.',
  openInFolio: 'Ouvrir dans Folio',
  searchOffer: 'Ouvrir le passage de ce lien',
  searchOfferHint: 'Entrée : ouvrir le document à ce passage',
  outcome: {
    moved: 'Le texte a changé depuis la copie du lien : le passage a été retrouvé à un autre endroit.',
    gone: 'Ce passage n’est plus dans le document : son texte a changé. Le document est ouvert.'
  },
  refused: {
    'other-archive': 'Ce lien mène à une autre archive que celle qui est ouverte : rien n’a été ouvert.',
    'no-document': 'Folio n’a pas le document de ce lien (retiré, ou d’une autre bibliothèque) : rien n’a été ouvert.',
    damaged: 'Le document de ce lien ne peut pas être lu : rien n’a été ouvert.',
    'not-folio': 'Ce n’est pas un lien folio:// vers un passage.',
    'too-long': 'Ce lien est trop long (plus de 4 096 caractères) : il n’a pas été lu.',
    'control-character': 'Ce lien contient des espaces ou des caractères de contrôle : il n’a pas été lu.',
    'missing-parts': 'Il manque une partie à ce lien (archive, document, ou la fin d’une position).',
    'bad-id': 'Ce lien nomme un document ou un passage sous une forme que Folio ne connaît pas.',
    'bad-number': 'Ce lien donne une position ou une page qui n’est pas un nombre valable.',
    'bad-encoding': 'Ce lien est mal encodé (un « % » sans les deux chiffres qui le suivent).',
    'repeated-part': 'Ce lien donne deux fois la même partie : Folio ne sait laquelle suivre.'
  }
}
