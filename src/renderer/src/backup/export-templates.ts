// The Markdown export for writing tools, by template: `plain` (markdown-export.ts's file, as it always was),
// `obsidian` (one file that opens with YAML properties, tags as #tags) and `per-document` (one Obsidian note per
// document). Each quote carries its pinpoint citation and its folio:// link. Pure, and linear in the records.

import { pageOfPassage } from '../../../shared/copies/copy-page'
import type { Annotation } from '../db/annotation'
import type { Bookmark } from '../db/bookmark'
import { groupByDocument } from '../db/group-by-document'
import type { ExportScope } from './backup-format'
import {
  blockQuote,
  bookmarkItem,
  byReadingOrder,
  escapeMarkdown,
  toMarkdown,
  type MarkdownLabels,
  type PassageSources
} from './markdown-export'
import type { FolioRecords } from './record-schemas'

/** The templates as the export dialogs list them; `plain` first, the file Folio has always written. */
export const EXPORT_TEMPLATES = ['plain', 'obsidian', 'per-document'] as const
export type ExportTemplate = (typeof EXPORT_TEMPLATES)[number]

/** What an export says of a document beyond its notes: the front matter of its Obsidian note. Null: not known. */
export interface DocumentFacts {
  title: string
  authors: readonly string[]
  year: number | null
  /** Where it is from: the archive's name, or the site or publisher of the work a copy was attached to. */
  source: string | null
  /** The folio:// link that opens the document. */
  link: string | null
  /** The work's bibliography entry in the user's citation style. */
  entry: string | null
}

/** One file of an export: its name (no folder) and its text. */
export interface ExportFile {
  name: string
  content: string
}

export interface TemplateOptions {
  scope: ExportScope
  /** The documents in the library's order; one not in it comes last, named by its id. */
  documents: ReadonlyMap<string, DocumentFacts>
  labels: MarkdownLabels
  sources?: PassageSources
  now?: Date
  /** The name of a one-file export (`plain`, `obsidian`). */
  fileName: string
}

/** YAML's double-quoted escapes for the characters a quoted scalar cannot hold as they are. */
const YAML_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u2028': '\\L',
  '\u2029': '\\P',
  '\u0085': '\\N',
  '\ufeff': '\\uFEFF'
}
const YAML_SPECIAL =
  /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * `text` as a YAML double-quoted scalar: whatever it holds (quotes, colons, a leading `-` or `#`, line breaks,
 * controls) it reads back as exactly that text; a lone surrogate, which YAML cannot carry, becomes U+FFFD.
 */
export function yamlString(text: string): string {
  const escaped = text.replace(YAML_SPECIAL, (char) => {
    const known = YAML_ESCAPES[char]
    if (known) return known
    const code = char.charCodeAt(0)
    if (code >= 0xd800 && code <= 0xdfff) return '\\uFFFD'
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
  })
  return `"${escaped}"`
}

/**
 * A tag as Obsidian reads one after `#`: spaces and what a tag cannot hold become `-` ("guerre froide" →
 * "guerre-froide"), letters of any script, digits, `_`, `-` and `/` kept; all digits gets a `_` before it (Obsidian
 * reads `#1950` as no tag); null when nothing is left.
 */
export function obsidianTag(tag: string): string | null {
  const kebab = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
  let start = 0
  let end = kebab.length
  while (start < end && (kebab[start] === '-' || kebab[start] === '/')) start++
  while (end > start && (kebab[end - 1] === '-' || kebab[end - 1] === '/')) end--
  const clean = kebab.slice(start, end)
  if (clean === '') return null
  return /^[0-9]+$/.test(clean) ? `_${clean}` : clean
}

/** The Obsidian tags of `annotations`, each once, in the order first met. */
function tagsOf(annotations: readonly Annotation[]): string[] {
  const tags = new Set<string>()
  for (const annotation of annotations)
    for (const tag of annotation.tags) {
      const clean = obsidianTag(tag)
      if (clean) tags.add(clean)
    }
  return [...tags]
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10)

const yamlList = (key: string, values: readonly string[]): string[] =>
  values.length === 0 ? [] : [`${key}:`, ...values.map((value) => `  - ${yamlString(value)}`)]

/** The YAML properties of a document's note: only what is known, nothing invented. */
function frontMatter(facts: DocumentFacts, tags: readonly string[], now: Date): string {
  const lines = ['---', `title: ${yamlString(facts.title)}`, ...yamlList('authors', facts.authors)]
  if (facts.year !== null) lines.push(`year: ${facts.year}`)
  if (facts.source) lines.push(`source: ${yamlString(facts.source)}`)
  if (facts.link) lines.push(`folio: ${yamlString(facts.link)}`)
  if (facts.entry) lines.push(`citation: ${yamlString(facts.entry)}`)
  lines.push(...yamlList('tags', tags), `exported: ${isoDay(now)}`, '---')
  return lines.join('\n')
}

/** An annotation as Obsidian writes a quote: the block quote, its citation and link back, its note, its #tags. */
function obsidianAnnotation(annotation: Annotation, labels: MarkdownLabels, sources: PassageSources): string {
  const parts: string[] = []
  const citation = sources.citations?.get(annotation.id)
  const page = pageOfPassage(annotation.documentId, annotation.target.blockId)
  const cited = citation ? escapeMarkdown(citation) : page !== null ? `${labels.page} ${page}` : null
  const link = sources.links?.get(annotation.id)
  const under = [cited, link ? `[↗](${link})` : null].filter((part) => part !== null).join(' ')
  parts.push(blockQuote(annotation.target.selectors.quote.exact) + (under ? `\n>\n> — ${under}` : ''))
  if (annotation.note.trim() !== '') parts.push(annotation.note.trim())
  const tags = tagsOf([annotation])
  if (tags.length > 0) parts.push(tags.map((tag) => `#${tag}`).join(' '))
  return parts.join('\n\n')
}

/** A document's part of an Obsidian file: its heading, its quotes in reading order, its bookmarks. */
function obsidianBody(
  title: string,
  annotations: readonly Annotation[],
  bookmarks: readonly Bookmark[],
  level: number,
  options: TemplateOptions,
  about: string | null = null
): string[] {
  const { labels } = options
  const sources = options.sources ?? {}
  const parts = [`${'#'.repeat(level)} ${escapeMarkdown(title)}`]
  if (about) parts.push(about)
  if (annotations.length > 0)
    parts.push(
      [...annotations]
        .sort(byReadingOrder)
        .map((annotation) => obsidianAnnotation(annotation, labels, sources))
        .join('\n\n---\n\n')
    )
  if (bookmarks.length > 0)
    parts.push(
      `${'#'.repeat(level + 1)} ${labels.bookmarks}`,
      [...bookmarks]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .map((bookmark) => bookmarkItem(bookmark, labels))
        .join('\n')
    )
  return parts
}

/** What a document is when the export knows nothing of it but its id (a document since removed, say). */
const unknownDocument = (id: string): DocumentFacts => ({
  title: id,
  authors: [],
  year: null,
  source: null,
  link: null,
  entry: null
})

/** The documents of the export that have notes, in the library's order, then those it does not know. */
function notedDocuments(records: FolioRecords, options: TemplateOptions) {
  const annotations = groupByDocument(records.annotations)
  const bookmarks = groupByDocument(records.bookmarks)
  const ids =
    options.scope.kind === 'document'
      ? [options.scope.documentId]
      : [...new Set([...options.documents.keys(), ...annotations.keys(), ...bookmarks.keys()])].filter(
          (id) => annotations.has(id) || bookmarks.has(id)
        )
  return ids.map((id) => ({
    id,
    facts: options.documents.get(id) ?? unknownDocument(id),
    annotations: annotations.get(id) ?? [],
    bookmarks: bookmarks.get(id) ?? []
  }))
}

/** A document's Obsidian note: its properties, then its title and notes. */
function obsidianNote(document: ReturnType<typeof notedDocuments>[number], options: TemplateOptions): string {
  const now = options.now ?? new Date()
  const head = frontMatter(document.facts, tagsOf(document.annotations), now)
  const body = obsidianBody(document.facts.title, document.annotations, document.bookmarks, 1, options)
  return `${[head, ...body].join('\n\n')}\n`
}

/** One Obsidian file: a document's note, or for several, the export's properties and each document under an H2. */
function obsidianFile(records: FolioRecords, options: TemplateOptions): string {
  const documents = notedDocuments(records, options)
  const [only] = documents
  if (options.scope.kind === 'document' && only) return obsidianNote(only, options)
  const now = options.now ?? new Date()
  const head = frontMatter(unknownDocument(options.labels.allTitle), tagsOf(records.annotations), now)
  const parts = [head, `# ${escapeMarkdown(options.labels.allTitle)}`]
  for (const document of documents) {
    // The work and the way back to it under the heading, where a one-document note has its properties.
    const { entry, link } = document.facts
    const about = [entry ? escapeMarkdown(entry) : null, link ? `[↗](${link})` : null].filter((part) => part !== null)
    const line = about.length > 0 ? `*${about.join(' ')}*` : null
    parts.push(...obsidianBody(document.facts.title, document.annotations, document.bookmarks, 2, options, line))
  }
  return `${parts.join('\n\n')}\n`
}

/** Names Windows keeps for devices, whatever the extension: `con.md` cannot be created there. */
const DEVICE_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i
/** The longest note name kept, in characters, before its extension. */
const MAX_NAME = 100

/**
 * A note's file name from its title, as Obsidian users name notes: the title, without what a file name or an
 * Obsidian link cannot hold (`/ \ : * ? " < > | # ^ [ ]`, controls, bidirectional marks), at most 100 characters,
 * made unique in `taken` (case-insensitive: "Titre (2).md").
 */
export function noteFileName(title: string, fallback: string, taken: Set<string>): string {
  const cleaned = title
    .slice(0, MAX_NAME * 4)
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '')
    .replace(/[\\/:*?"<>|#^[\]]/g, ' ')
    .replace(/\s+/g, ' ')
  let characters = [...cleaned].slice(0, MAX_NAME)
  // No leading dot (a hidden file) and no trailing dot or space (Windows drops them).
  let start = 0
  let end = characters.length
  while (start < end && (characters[start] === '.' || characters[start] === ' ')) start++
  while (end > start && (characters[end - 1] === '.' || characters[end - 1] === ' ')) end--
  characters = characters.slice(start, end)
  let base = characters.join('') || fallback
  if (DEVICE_NAME.test(base)) base = `${base}_`
  let name = `${base}.md`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`
  taken.add(name.toLowerCase())
  return name
}

/** The files of an export of `records` with `template`: one, or one per document with notes. */
export function renderTemplate(
  template: ExportTemplate,
  records: FolioRecords,
  options: TemplateOptions
): ExportFile[] {
  if (template === 'plain') {
    const documentTitles = new Map([...options.documents].map(([id, facts]) => [id, facts.title]))
    const content = toMarkdown(records, { ...options, documentTitles })
    return [{ name: options.fileName, content }]
  }
  if (template === 'obsidian') return [{ name: options.fileName, content: obsidianFile(records, options) }]
  const taken = new Set<string>()
  return notedDocuments(records, options).map((document) => ({
    name: noteFileName(document.facts.title, document.id, taken),
    content: obsidianNote(document, options)
  }))
}
