// French strings of what the desktop app's menu does in the page: about, an action unavailable here.

export const desktopFr = {
  about: 'Folio : lire, annoter et citer une archive de documents, hors ligne.',
  unavailable: 'Cette action du menu n’est pas disponible ici ({{action}}).',
  annotations: 'Annotations',
  annotationsHint: 'Toutes les annotations de la bibliothèque',
  backToReader: 'Retour au document'
}
