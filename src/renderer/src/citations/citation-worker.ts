// A Web Worker that formats citations, so that citeproc's slow first build of a style (seconds on a
// busy machine) never freezes the window. It holds citation-js and the CSL styles; the page holds neither.

import type { Reference } from '../../../shared/archive/document'
import { citationLocaleFor, formatReference, type CitationStyleId } from '../../../shared/citations/citation-styles'

/** Format `reference` in `style` for the UI `language`. */
export interface CitationRequest {
  id: number
  reference: Reference
  style: CitationStyleId
  language: string
}

/** The entry as text and HTML (null when the style prints nothing), or why formatting failed. */
export type CitationResponse =
  { id: number; ok: true; citation: { text: string; html: string } | null } | { id: number; ok: false; message: string }

/** The worker's global scope, typed for what this file uses (the page's DOM types describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CitationRequest>) => void) | null
  postMessage(message: CitationResponse): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    const locale = citationLocaleFor(data.language)
    const text = formatReference(data.reference, { style: data.style, locale })
    const html = formatReference(data.reference, { style: data.style, locale, markup: 'html' })
    scope.postMessage({ id: data.id, ok: true, citation: text === null || html === null ? null : { text, html } })
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
