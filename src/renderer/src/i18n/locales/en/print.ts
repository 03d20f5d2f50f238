// English strings of printing the open article and saving it as a PDF (print/print-dialog.tsx).

import type { Catalog } from '../../catalog'
import type { printFr } from '../fr/print'

export const printEn: Catalog<typeof printFr> = {
  open: 'Print…',
  openHint: 'Print the open document or save it as a PDF',
  title: 'Print the document',
  withNotes: 'With the notes as footnotes',
  notesCount_one: '{{count}} highlighted passage has a note.',
  notesCount_other: '{{count}} highlighted passages have a note.',
  noNotes: 'No highlighted passage of this document has a note.',
  notArticle: 'Only an article prints with its highlights and notes; this will print as it is.',
  print: 'Print',
  savePdf: 'Save as PDF',
  cancel: 'Cancel',
  notesHeading: 'Notes',
  saved: 'PDF saved: {{fileName}}',
  unavailable: 'Saving as a PDF is possible only in the desktop app.'
}
