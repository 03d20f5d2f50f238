// The reference export formats as menus and save dialogs list them: plain data, light enough for the initial
// bundle (the exporting itself, with citation-js, is export-formats.ts, loaded on demand).

import type { BibliographicFormat } from './citation-engine'

/** The export formats (the formats citation-engine can also read back). */
export type ExportFormatId = BibliographicFormat

/** What a save dialog and a download need to know about a format. */
export interface ExportFormat {
  id: ExportFormatId
  /** Name shown in menus and save-dialog filters. */
  label: string
  /** File name extension, without the dot. */
  extension: string
  mimeType: string
}

/** The formats, in menu order. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormatId, ExportFormat>> = {
  bibtex: { id: 'bibtex', label: 'BibTeX', extension: 'bib', mimeType: 'application/x-bibtex' },
  ris: { id: 'ris', label: 'RIS', extension: 'ris', mimeType: 'application/x-research-info-systems' },
  'csl-json': {
    id: 'csl-json',
    label: 'CSL-JSON',
    extension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json'
  }
}

/** The formats' ids, in menu order. */
export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as readonly ExportFormatId[]
