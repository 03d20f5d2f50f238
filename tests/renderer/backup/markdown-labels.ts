// The French labels of the Markdown export, fixed for tests (the app builds them from its message catalog).

import type { MarkdownLabels } from '../../../src/renderer/src/backup/markdown-export'

export const markdownLabels: MarkdownLabels = {
  allTitle: 'Notes Folio',
  exported: (date, annotations, bookmarks) =>
    `Exporté de Folio le ${date} — ${annotations} annotations, ${bookmarks} signets`,
  annotations: 'Annotations',
  bookmarks: 'Signets',
  tags: 'Étiquettes',
  color: 'Couleur',
  page: 'Page',
  citation: 'Citation',
  openInFolio: 'Ouvrir dans Folio',
  created: (date) => `créée le ${date}`,
  updated: (date) => `modifiée le ${date}`,
  bookmarkCreated: (date) => `créé le ${date}`,
  colorName: (color) =>
    ({ yellow: 'jaune', green: 'vert', blue: 'bleu', pink: 'rose', purple: 'violet', orange: 'orange' })[color],
  kindName: (kind) => ({ document: 'document', position: 'passage', reference: 'référence', link: 'lien' })[kind],
  formatDate: (iso) => new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso))
}
