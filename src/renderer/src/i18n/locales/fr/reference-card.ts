// French strings of a reference card's fields (authors, title, journal…) and showing the reference in the article.

export const referenceCardFr = {
  authors: 'Auteurs',
  title: 'Titre',
  container: 'Revue',
  year: 'Année',
  volume: 'Volume',
  issue: 'Numéro',
  pages: 'Pages',
  source: 'Texte de la source',
  showInText: 'Voir dans l’article',
  unknown: 'inconnu dans la source'
}
