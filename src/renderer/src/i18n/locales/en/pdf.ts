// English strings of the PDF reader (copies/pdf/): its toolbar, zoom, outline, find field, and what it says when a
// PDF cannot be shown. Same keys as ./fr/pdf.ts.

import type { Catalog } from '../../catalog'
import type { pdfFr } from '../fr/pdf'

export const pdfEn: Catalog<typeof pdfFr> = {
  loading: 'Opening the PDF…',
  toolbar: 'PDF tools',
  page: 'Page',
  previous: 'Previous page',
  next: 'Next page',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitWidth: 'Fit to width',
  fitPage: 'Whole page',
  outline: 'Outline',
  showOutline: 'Show the outline',
  hideOutline: 'Hide the outline',
  find: 'Find in the PDF',
  findPrevious: 'Previous match',
  findNext: 'Next match',
  findClose: 'Close find',
  findNone: 'No match',
  findPending: 'Reading the text: {{done}} / {{total}} pages',
  pages: 'PDF pages',
  pageLabel: 'Page {{page}}',
  invalid: 'This PDF cannot be read: {{message}}',
  missing: 'This PDF’s file cannot be found: it may have been moved or deleted.',
  failed: 'This PDF could not be opened: {{message}}',
  password: 'This PDF is protected by a password.',
  passwordField: 'Password',
  passwordWrong: 'Wrong password. Try again.',
  passwordOpen: 'Open'
}
