// French strings of a link card's copies: the PDF or saved page the user attached, and attaching one.

export const copyCardFr = {
  label: 'Vos copies de ce document',
  attach: 'Joindre une copie…',
  attached: 'Copie jointe : {{name}}',
  detach: 'Détacher',
  detached: 'Copie détachée : {{name}}',
  read: 'Lire la copie',
  pdf: 'PDF',
  html: 'Page web enregistrée',
  page: 'Page {{page}}',
  pageHint: 'Marquer la page en haut de la vue (Ctrl+D)',
  pages_one: '{{pages}} page',
  pages_other: '{{pages}} pages',
  attachedOn: 'jointe le {{date}}',
  shipped: 'Fournie avec l’archive',
  shippedRefused: 'Fournie avec l’archive, cette copie ne peut pas être ouverte : {{problem}}',
  extracting: 'Lecture du texte : page {{done}} sur {{total}}…',
  mine: 'Mes copies',
  noneYet: 'Aucune copie : joignez un PDF ou une page enregistrée à un lien, ou ajoutez-en une ici.',
  add: 'Ajouter une copie…',
  cite: 'Citer ce passage',
  citeQuote: '«\u00a0{{quote}}\u00a0» {{citation}}',
  cited: 'Citation copiée : {{citation}}',
  citeNoLink: 'Cette copie n’est jointe à aucun lien de l’archive : Folio ne sait pas quelle œuvre citer.'
}
