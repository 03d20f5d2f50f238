// A Web Worker that formats citations, so that citeproc's slow first build of a style (seconds on a
// busy machine) never freezes the window. It holds citation-js and the CSL styles; the page holds neither.
// Requests: a reference's bibliography entry, a passage of a copy cited with its page, a passage of an article, and
// many passages of one article at once (an export: the article is sent once, not once per passage).

import type { ExternalLink, Reference } from '../../../shared/archive/document'
import {
  citeArticlePassage,
  citePassage,
  type CitedArticle,
  type CitedPassage
} from '../../../shared/citations/cite-passage'
import { citationLocaleFor, formatReference, type CitationStyleId } from '../../../shared/citations/citation-styles'

/** Format `reference` in `style` for the UI `language`, or cite `page` of the copy of `link`. */
export type CitationRequest =
  | { id: number; kind?: 'reference'; reference: Reference; style: CitationStyleId; language: string }
  | { id: number; kind: 'passage'; link: ExternalLink; page: number; style: CitationStyleId; language: string }
  | {
      id: number
      kind: 'article-passage'
      article: CitedArticle
      blockId: string | null
      style: CitationStyleId
      language: string
    }
  | {
      id: number
      kind: 'article-passages'
      article: CitedArticle
      blockIds: (string | null)[]
      style: CitationStyleId
      language: string
    }

/** The entry as text and HTML (null when the style prints nothing), the passage's citation, or why formatting failed. */
export type CitationResponse =
  | { id: number; ok: true; citation: { text: string; html: string } | null }
  | { id: number; ok: true; passage: { text: CitedPassage; html: CitedPassage } }
  | { id: number; ok: true; passages: CitedPassage[] }
  | { id: number; ok: false; message: string }

/** The worker's global scope, typed for what this file uses (the page's DOM types describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<CitationRequest>) => void) | null
  postMessage(message: CitationResponse): void
}

const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  try {
    const locale = citationLocaleFor(data.language)
    if (data.kind === 'article-passages') {
      const passages = data.blockIds.map((blockId) =>
        citeArticlePassage(data.article, blockId, { style: data.style, locale })
      )
      scope.postMessage({ id: data.id, ok: true, passages })
      return
    }
    if (data.kind === 'article-passage') {
      const text = citeArticlePassage(data.article, data.blockId, { style: data.style, locale })
      const html = citeArticlePassage(data.article, data.blockId, { style: data.style, locale, markup: 'html' })
      scope.postMessage({ id: data.id, ok: true, passage: { text, html } })
      return
    }
    if (data.kind === 'passage') {
      const text = citePassage(data.link, data.page, { style: data.style, locale })
      const html = citePassage(data.link, data.page, { style: data.style, locale, markup: 'html' })
      scope.postMessage({ id: data.id, ok: true, passage: { text, html } })
      return
    }
    const text = formatReference(data.reference, { style: data.style, locale })
    const html = formatReference(data.reference, { style: data.style, locale, markup: 'html' })
    scope.postMessage({ id: data.id, ok: true, citation: text === null || html === null ? null : { text, html } })
  } catch (error) {
    scope.postMessage({ id: data.id, ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
