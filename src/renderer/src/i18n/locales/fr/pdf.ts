// French strings of the PDF reader (copies/pdf/): its toolbar, zoom, outline, find field, and what it says when a
// PDF cannot be shown (unreadable, missing, protected by a password).

export const pdfFr = {
  loading: 'Ouverture du PDF…',
  toolbar: 'Outils du PDF',
  page: 'Page',
  previous: 'Page précédente',
  next: 'Page suivante',
  zoom: 'Zoom',
  zoomIn: 'Agrandir',
  zoomOut: 'Réduire',
  fitWidth: 'Ajuster à la largeur',
  fitPage: 'Page entière',
  outline: 'Sommaire',
  showOutline: 'Afficher le sommaire',
  hideOutline: 'Masquer le sommaire',
  find: 'Rechercher dans le PDF',
  findPrevious: 'Résultat précédent',
  findNext: 'Résultat suivant',
  findClose: 'Fermer la recherche',
  findNone: 'Aucun résultat',
  findPending: 'Texte en cours de lecture : {{done}} / {{total}} pages',
  pages: 'Pages du PDF',
  pageLabel: 'Page {{page}}',
  invalid: 'Ce PDF est illisible : {{message}}',
  missing: 'Le fichier de ce PDF est introuvable : il a peut-être été déplacé ou supprimé.',
  failed: 'Ce PDF n’a pas pu être ouvert : {{message}}',
  password: 'Ce PDF est protégé par un mot de passe.',
  passwordField: 'Mot de passe',
  passwordWrong: 'Mot de passe incorrect. Réessayez.',
  passwordOpen: 'Ouvrir'
}
