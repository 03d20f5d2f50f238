// Formats citations off the main thread (a Web Worker loaded on first use) and loads the export code
// on demand, so citation-js (several hundred kB) is never in the initial bundle. Entries are cached.

import type { ExternalLink, Reference } from '../../../shared/archive/document'
import type { CitedArticle, CitedPassage } from '../../../shared/citations/cite-passage'
import type { CitationLocale, CitationStyleId } from '../../../shared/citations/citation-styles'
import type { ExportFormatId, ExportedFile } from '../../../shared/citations/export-formats'
import type { FileFilter } from '../../../shared/ipc/contract'
import i18next from '../i18n/i18n'
import { whenIdle as runWhenIdle } from '../search/when-idle'
import type { CitationRequest, CitationResponse } from './citation-worker'

type StylesModule = typeof import('../../../shared/citations/citation-styles')
type ExportModule = typeof import('../../../shared/citations/export-formats')

/** A bibliography entry as plain text (to paste anywhere) and as citeproc's HTML (italics kept). */
export interface FormattedCitation {
  text: string
  html: string
}

let stylesModule: Promise<StylesModule> | null = null
let exportModule: Promise<ExportModule> | null = null
const loadStyles = (): Promise<StylesModule> => (stylesModule ??= import('../../../shared/citations/citation-styles'))
const loadExport = (): Promise<ExportModule> => (exportModule ??= import('../../../shared/citations/export-formats'))

/** Formatted entries, by style, UI language and reference id (references never change). */
const formatted = new Map<string, FormattedCitation | null>()
const cacheKey = (reference: Reference, style: CitationStyleId): string =>
  `${style}|${i18next.language}|${reference.id}`

/** Raised when the worker cannot run at all (script blocked or failed to load): format on the page instead. */
class WorkerUnavailable extends Error {}

/** The worker, null once it proved unavailable, undefined before the first use. */
let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, { resolve(response: CitationResponse): void; reject(error: Error): void }>()

function citationWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    const created = new Worker(new URL('./citation-worker.ts', import.meta.url), { type: 'module', name: 'citations' })
    created.onmessage = ({ data }: MessageEvent<CitationResponse>) => {
      pending.get(data.id)?.resolve(data)
      pending.delete(data.id)
    }
    created.onerror = (event) => {
      event.preventDefault()
      worker = null
      created.terminate()
      for (const { reject } of pending.values()) reject(new WorkerUnavailable(event.message))
      pending.clear()
    }
    worker = created
  } catch {
    worker = null
  }
  return worker
}

type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never

function formatInWorker(target: Worker, request: Unnumbered<CitationRequest>): Promise<CitationResponse> {
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    target.postMessage({ ...request, id } as CitationRequest)
  })
}

/** The fallback: format on the page (blocks it while a style's engine is first built). */
async function formatOnPage(reference: Reference, style: CitationStyleId): Promise<FormattedCitation | null> {
  const { formatReference, citationLocaleFor } = await loadStyles()
  const locale = citationLocaleFor(i18next.language)
  const text = formatReference(reference, { style, locale })
  const html = formatReference(reference, { style, locale, markup: 'html' })
  return text === null || html === null ? null : { text, html }
}

/** Resolves once the browser is idle (or after `timeout` ms at the latest): search/when-idle.ts's rule. */
export const idle = (timeout = 1500): Promise<void> => new Promise((resolve) => void runWhenIdle(resolve, timeout))

/**
 * The reference's bibliography entry in a style; null when the style prints nothing for it.
 * The first use of a style builds its engine (1–2.5 s, more on a busy machine): done in the worker.
 */
export async function formatCitation(reference: Reference, style: CitationStyleId): Promise<FormattedCitation | null> {
  const key = cacheKey(reference, style)
  const cached = formatted.get(key)
  if (cached !== undefined) return cached
  let citation: FormattedCitation | null
  const target = citationWorker()
  try {
    if (!target) throw new WorkerUnavailable('no worker')
    const response = await formatInWorker(target, { reference, style, language: i18next.language })
    if (!response.ok) throw new Error(response.message)
    if (!('citation' in response)) throw new Error('The citation worker answered another request')
    citation = response.citation
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error
    citation = await formatOnPage(reference, style)
  }
  formatted.set(key, citation)
  return citation
}

type CitedBoth = { text: CitedPassage; html: CitedPassage }
type PassageRequest = Extract<Unnumbered<CitationRequest>, { kind: 'passage' | 'article-passage' }>

/**
 * A passage cited by the worker for `request`, as text and HTML; on the page with `onPage` (given the CSL locale)
 * when the worker cannot run.
 */
async function citeInWorker(
  request: PassageRequest,
  onPage: (cite: typeof import('../../../shared/citations/cite-passage'), locale: CitationLocale) => CitedBoth
): Promise<CitedBoth> {
  const target = citationWorker()
  try {
    if (!target) throw new WorkerUnavailable('no worker')
    const response = await formatInWorker(target, request)
    if (!response.ok) throw new Error(response.message)
    if (!('passage' in response)) throw new Error('The citation worker answered another request')
    return response.passage
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error
    const [cite, { citationLocaleFor }] = await Promise.all([
      import('../../../shared/citations/cite-passage'),
      loadStyles()
    ])
    return onPage(cite, citationLocaleFor(request.language))
  }
}

/**
 * A passage on `page` of the copy of `link`, cited in `style`: the in-text citation with the page and the work's
 * entry, as text and HTML (in the worker; on the page when the worker cannot run).
 */
export function citePassageOf(link: ExternalLink, page: number, style: CitationStyleId): Promise<CitedBoth> {
  return citeInWorker(
    { kind: 'passage', link, page, style, language: i18next.language },
    ({ citePassage }, locale) => ({
      text: citePassage(link, page, { style, locale }),
      html: citePassage(link, page, { style, locale, markup: 'html' })
    })
  )
}

/**
 * A passage of an article starting in block `blockId`, cited in `style` with its section and paragraph as the locator,
 * and the article's entry, as text and HTML (in the worker; on the page when the worker cannot run).
 */
export function citeArticlePassageOf(
  article: CitedArticle,
  blockId: string | null,
  style: CitationStyleId
): Promise<CitedBoth> {
  const request = { kind: 'article-passage', article, blockId, style, language: i18next.language } as const
  return citeInWorker(request, ({ citeArticlePassage }, locale) => ({
    text: citeArticlePassage(article, blockId, { style, locale }),
    html: citeArticlePassage(article, blockId, { style, locale, markup: 'html' })
  }))
}

/**
 * Passages of one article, each starting in one of `blockIds`, cited as text in `style` (an export's quotes): the
 * article crosses to the worker once; on the page when the worker cannot run.
 */
export async function citeArticlePassagesOf(
  article: CitedArticle,
  blockIds: readonly (string | null)[],
  style: CitationStyleId
): Promise<CitedPassage[]> {
  const language = i18next.language
  const target = citationWorker()
  try {
    if (!target) throw new WorkerUnavailable('no worker')
    const response = await formatInWorker(target, {
      kind: 'article-passages',
      article,
      blockIds: [...blockIds],
      style,
      language
    })
    if (!response.ok) throw new Error(response.message)
    if (!('passages' in response)) throw new Error('The citation worker answered another request')
    return response.passages
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error
    const [{ citeArticlePassage }, { citationLocaleFor }] = await Promise.all([
      import('../../../shared/citations/cite-passage'),
      loadStyles()
    ])
    const locale = citationLocaleFor(language)
    return blockIds.map((blockId) => citeArticlePassage(article, blockId, { style, locale }))
  }
}

/** The formatted entry when it is already computed (undefined otherwise), so a card can show it on its first paint. */
export function cachedCitation(reference: Reference, style: CitationStyleId): FormattedCitation | null | undefined {
  return formatted.get(cacheKey(reference, style))
}

/** The references as a BibTeX, RIS or CSL-JSON file (content, suggested name) and its save-dialog filter. */
export async function exportReferenceFile(
  references: readonly Reference[],
  format: ExportFormatId
): Promise<{ file: ExportedFile; filter: FileFilter }> {
  const { exportReferences, EXPORT_FORMATS } = await loadExport()
  const { label, extension } = EXPORT_FORMATS[format]
  return { file: exportReferences(references, format), filter: { name: label, extensions: [extension] } }
}
