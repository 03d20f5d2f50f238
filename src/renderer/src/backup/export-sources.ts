// What a Markdown export says of each quote and document beyond the records: the pinpoint citation of each quote in
// the user's style (an article's section and paragraph, a copy's page), its folio:// link, and each document's facts
// (title, author and year of a copy's work, the archive, the link that opens it). Citations are made in the worker.

import type { ArchiveDocumentEntry } from '../../../shared/archive/archive-types'
import type { ExternalLink } from '../../../shared/archive/document'
import type { CitedPassage } from '../../../shared/citations/cite-passage'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import { pageOfPassage } from '../../../shared/copies/copy-page'
import { COPY_ID } from '../../../shared/copies/copy-types'
import { formatPassageLink, type PassageLink } from '../../../shared/links/passage-link'
import { citeArticlePassagesOf, citePassageOf } from '../citations/citation-loader'
import { linkOfCopy } from '../copies/cite-passage-button'
import type { Annotation } from '../db/annotation'
import { groupByDocument } from '../db/group-by-document'
import { archiveOfDocument, passageLinkOfAnnotation } from '../links/passage-link-of'
import type { DocumentFacts } from './export-templates'
import type { PassageSources } from './markdown-export'

/** The archive open (its links name it, its name is its articles' source), or null when none is. */
export interface ExportArchive {
  id: string
  name: string
}

export interface ExportSources {
  documents: Map<string, DocumentFacts>
  sources: PassageSources
}

/** The address of `link`, or null when it cannot be one (an id no link may hold: nothing to go back to). */
function addressOf(link: PassageLink): string | null {
  try {
    return formatPassageLink(link)
  } catch {
    return null
  }
}

/** `values` with each one once, in the order first met. */
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)]

/** The citations of one document's annotations, by annotation id, and the work's entry. */
async function citeDocument(
  documentId: string,
  annotations: readonly Annotation[],
  entry: ArchiveDocumentEntry | undefined,
  archive: ExportArchive | null,
  style: CitationStyleId
): Promise<{ citations: Map<string, string>; entry: string | null; work: ExternalLink | null }> {
  const citations = new Map<string, string>()
  if (COPY_ID.test(documentId)) {
    // A copy is cited as the work it was attached to, at the quote's page; one added on its own has no work.
    const work = await linkOfCopy(documentId)
    if (!work) return { citations, entry: null, work: null }
    const pageOf = (annotation: Annotation) => pageOfPassage(documentId, annotation.target.blockId)
    const pages = unique(annotations.map(pageOf).filter((page) => page !== null))
    const cited = new Map<number, CitedPassage>()
    for (const page of pages) cited.set(page, (await citePassageOf(work, page, style)).text)
    for (const annotation of annotations) {
      const page = pageOf(annotation)
      const passage = page === null ? undefined : cited.get(page)
      if (passage) citations.set(annotation.id, passage.inText)
    }
    return { citations, entry: cited.values().next().value?.entry ?? null, work }
  }
  if (!entry) return { citations, entry: null, work: null }
  const article = {
    document: entry.document,
    ...(archive && entry.origin === 'archive' ? { archiveName: archive.name } : {})
  }
  const blockIds = unique(annotations.map((annotation) => annotation.target.blockId))
  const passages = await citeArticlePassagesOf(article, blockIds, style)
  const byBlock = new Map(blockIds.map((blockId, index) => [blockId, passages[index]]))
  for (const annotation of annotations) {
    const passage = byBlock.get(annotation.target.blockId)
    if (passage) citations.set(annotation.id, passage.inText)
  }
  return { citations, entry: passages[0]?.entry ?? null, work: null }
}

/**
 * The facts of each document in `titles` (the library's order) and of each annotated one, and the citation and link
 * of each annotation. A document the app could not read keeps its title and link, with no citation.
 */
export async function gatherExportSources(
  annotations: readonly Annotation[],
  titles: ReadonlyMap<string, string>,
  entries: readonly ArchiveDocumentEntry[],
  archive: ExportArchive | null,
  style: CitationStyleId
): Promise<ExportSources> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const documents = new Map<string, DocumentFacts>()
  const links = new Map<string, string>()
  const citations = new Map<string, string>()
  const linkOf = (documentId: string) =>
    archive ? addressOf({ archiveId: archiveOfDocument(archive.id, documentId), documentId }) : null
  for (const [id, title] of titles) {
    const origin = byId.get(id)?.origin
    documents.set(id, {
      title,
      authors: [],
      year: null,
      source: origin === 'archive' && archive ? archive.name : null,
      link: linkOf(id),
      entry: null
    })
  }
  for (const [documentId, noted] of groupByDocument(annotations)) {
    const cited = await citeDocument(documentId, noted, byId.get(documentId), archive, style)
    for (const [id, inText] of cited.citations) citations.set(id, inText)
    const known = documents.get(documentId)
    const work = cited.work
    documents.set(documentId, {
      title: known?.title ?? byId.get(documentId)?.document.title ?? documentId,
      authors: work?.author ? [work.author] : [],
      year: work?.year ?? null,
      source: work ? (work.publisher ?? work.originalUrl ?? work.archivedUrl ?? null) : (known?.source ?? null),
      link: known?.link ?? linkOf(documentId),
      entry: cited.entry
    })
    if (archive)
      for (const annotation of noted) {
        const address = addressOf(passageLinkOfAnnotation(archive.id, annotation))
        if (address) links.set(annotation.id, address)
      }
  }
  return { documents, sources: { citations, links } }
}
