// Annotations and bookmarks as one Markdown file for a notes app: per document, its title, each quote as a
// block quote followed by its note, its page (in a PDF), its pinpoint citation and folio:// link when known, tags,
// colour and dates, then the bookmarks. Quotes are escaped, notes kept. The "plain" template of export-templates.ts.

import { pageOfPassage } from '../../../shared/copies/copy-page'
import type { Annotation, HighlightColor } from '../db/annotation'
import type { Bookmark, BookmarkKind } from '../db/bookmark'
import { groupByDocument } from '../db/group-by-document'
import type { ExportScope } from './backup-format'
import type { FolioRecords } from './record-schemas'

/** The words of the Markdown file, in the UI's language. */
export interface MarkdownLabels {
  /** H1 of an export of everything. */
  allTitle: string
  exported: (date: string, annotations: number, bookmarks: number) => string
  annotations: string
  bookmarks: string
  tags: string
  color: string
  /** "Page" (of a PDF copy's quote). */
  page: string
  /** "Citation" (a quote's pinpoint citation). */
  citation: string
  /** The words of a link back to the passage in Folio ("Ouvrir dans Folio"). */
  openInFolio: string
  /** "créée le …" (an annotation). */
  created: (date: string) => string
  updated: (date: string) => string
  /** "créé le …" (a bookmark). */
  bookmarkCreated: (date: string) => string
  colorName: (color: HighlightColor) => string
  kindName: (kind: BookmarkKind) => string
  formatDate: (iso: string) => string
}

/**
 * Backslash-escapes what Markdown would read as formatting or HTML, so a quote shows exactly as written. A line's
 * indentation is its spaces and tabs only (`\s` would run on across blank lines: time quadratic in their count).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~!&]/g, (char) => `\\${char}`)
    .replace(/^([^\S\r\n\u2028\u2029]*)([-+=])/gm, '$1\\$2')
    .replace(/^([^\S\r\n\u2028\u2029]*\d+)([.)])/gm, '$1\\$2')
}

/** A quote as a Markdown block quote, line by line (blank lines stay inside the quote). */
export function blockQuote(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdown(line)}`))
    .join('\n')
}

/** Where each quote is from and how to go back to it, when the caller knows (an export made without them has neither). */
export interface PassageSources {
  /** Each annotation's pinpoint citation (in-text, in the user's style), by annotation id. */
  citations?: ReadonlyMap<string, string>
  /** Each annotation's folio:// link, by annotation id. */
  links?: ReadonlyMap<string, string>
}

export const byReadingOrder = (a: Annotation, b: Annotation) =>
  a.target.selectors.position.start - b.target.selectors.position.start || a.createdAt.localeCompare(b.createdAt)

/** A tag as inline code (a backtick in it becomes ʼ, which code cannot hold). */
const codeTag = (tag: string) => `\`${tag.replace(/`/g, 'ʼ')}\``

function annotationSection(annotation: Annotation, labels: MarkdownLabels, sources: PassageSources): string {
  const lines = [blockQuote(annotation.target.selectors.quote.exact), '']
  if (annotation.note.trim() !== '') lines.push(annotation.note.trim(), '')
  const page = pageOfPassage(annotation.documentId, annotation.target.blockId)
  if (page !== null) lines.push(`- ${labels.page} : ${page}`)
  if (annotation.tags.length > 0) lines.push(`- ${labels.tags} : ${annotation.tags.map(codeTag).join(', ')}`)
  lines.push(`- ${labels.color} : ${labels.colorName(annotation.color)}`)
  const dates = [labels.created(labels.formatDate(annotation.createdAt))]
  if (annotation.updatedAt !== annotation.createdAt) dates.push(labels.updated(labels.formatDate(annotation.updatedAt)))
  lines.push(`- ${dates.join(' · ')}`)
  // After the dates: the lines the plain export has always written come first, in the same order, as before.
  const citation = sources.citations?.get(annotation.id)
  const link = sources.links?.get(annotation.id)
  const back = link ? `[${escapeMarkdown(labels.openInFolio)}](${link})` : null
  if (citation) lines.push(`- ${labels.citation} : ${escapeMarkdown(citation)}${back ? ` · ${back}` : ''}`)
  else if (back) lines.push(`- ${back}`)
  return lines.join('\n')
}

/** A bookmark as a list item: its label, kind and date, its note indented under it, its tags. */
export function bookmarkItem(bookmark: Bookmark, labels: MarkdownLabels): string {
  const head = `- **${escapeMarkdown(bookmark.label || bookmark.targetId)}** (${labels.kindName(bookmark.kind)}) — ${labels.bookmarkCreated(labels.formatDate(bookmark.createdAt))}`
  const lines = [head]
  if (bookmark.note.trim() !== '')
    lines.push(
      ...bookmark.note
        .trim()
        .split('\n')
        .map((line) => (line === '' ? '' : `  ${line}`))
    )
  if (bookmark.tags.length > 0) lines.push(`  ${labels.tags} : ${bookmark.tags.map(codeTag).join(', ')}`)
  return lines.join('\n')
}

/** The sections of one document: its heading, then its annotations and bookmarks. */
function documentParts(
  title: string,
  annotations: Annotation[],
  bookmarks: Bookmark[],
  level: number,
  labels: MarkdownLabels,
  sources: PassageSources
): string[] {
  const h = (depth: number) => '#'.repeat(depth)
  const parts = [`${h(level)} ${escapeMarkdown(title)}`]
  if (annotations.length > 0) {
    parts.push(`${h(level + 1)} ${labels.annotations} (${annotations.length})`)
    parts.push(
      [...annotations]
        .sort(byReadingOrder)
        .map((annotation) => annotationSection(annotation, labels, sources))
        .join('\n\n---\n\n')
    )
  }
  if (bookmarks.length > 0) {
    parts.push(`${h(level + 1)} ${labels.bookmarks} (${bookmarks.length})`)
    parts.push(
      [...bookmarks]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((bookmark) => bookmarkItem(bookmark, labels))
        .join('\n')
    )
  }
  return parts
}

/**
 * The Markdown file of `records`. One document: its title as H1. Everything: an H1, then each document as H2,
 * in the order of `documentTitles` (documents it does not know come last, under their id).
 */
export function toMarkdown(
  records: FolioRecords,
  options: {
    scope: ExportScope
    documentTitles: ReadonlyMap<string, string>
    labels: MarkdownLabels
    now?: Date
    sources?: PassageSources
  }
): string {
  const { labels, documentTitles, scope } = options
  const sources = options.sources ?? {}
  const annotations = groupByDocument(records.annotations)
  const bookmarks = groupByDocument(records.bookmarks)
  const exported = `*${labels.exported(labels.formatDate((options.now ?? new Date()).toISOString()), records.annotations.length, records.bookmarks.length)}*`
  const titleOf = (documentId: string) => documentTitles.get(documentId) ?? documentId
  if (scope.kind === 'document') {
    const [heading = '', ...sections] = documentParts(
      titleOf(scope.documentId),
      annotations.get(scope.documentId) ?? [],
      bookmarks.get(scope.documentId) ?? [],
      1,
      labels,
      sources
    )
    return `${[heading, exported, ...sections].join('\n\n')}\n`
  }
  const ids = [...new Set([...documentTitles.keys(), ...annotations.keys(), ...bookmarks.keys()])]
  const parts = [`# ${labels.allTitle}`, exported]
  for (const documentId of ids) {
    if (!annotations.has(documentId) && !bookmarks.has(documentId)) continue
    parts.push(
      ...documentParts(
        titleOf(documentId),
        annotations.get(documentId) ?? [],
        bookmarks.get(documentId) ?? [],
        2,
        labels,
        sources
      )
    )
  }
  return `${parts.join('\n\n')}\n`
}
