// English strings of what the desktop app's menu does in the page: about, an action unavailable here.

import type { Catalog } from '../../catalog'
import type { desktopFr } from '../fr/desktop'

export const desktopEn: Catalog<typeof desktopFr> = {
  about: 'Folio: read, annotate and cite an archive of documents, offline.',
  unavailable: 'This menu action is not available here ({{action}}).',
  annotations: 'Annotations',
  annotationsHint: 'Every annotation of the library',
  backToReader: 'Back to the document'
}
