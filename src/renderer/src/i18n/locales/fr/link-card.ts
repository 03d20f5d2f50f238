// French strings of an archived-link card's fields (title, addresses, state…) and opening it.

export const linkCardFr = {
  title: 'Titre',
  author: 'Auteur',
  year: 'Année',
  publisher: 'Éditeur / site',
  format: 'Format',
  size: 'Taille',
  archived: 'Date d’archivage',
  originalUrl: 'Adresse d’origine',
  archivedUrl: 'Adresse de l’archive',
  urlUnknown: 'inconnue dans la source',
  status: 'État',
  statusUnknownUrl: 'Aucune adresse connue : ce lien ne peut pas être ouvert.',
  statusArchived: 'Copie archivée disponible',
  statusLive: 'Adresse d’origine connue',
  source: 'Texte de la source',
  open: 'Ouvrir',
  showInText: 'Voir dans l’article',
  unknown: 'inconnu dans la source'
}
