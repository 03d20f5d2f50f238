// Reads W3C Web Annotation files (a single Annotation, a list, an AnnotationPage or an AnnotationCollection)
// into Folio annotations. Needs a TextQuoteSelector per annotation; other W3C features Folio lacks are ignored.

import { z } from 'zod'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../db/annotation'
import { describeIssue, formatPath, ImportRefusal, invalidFile, quoteValue, refusalText } from './import-refusal'
import { CHUNK_SIZE, yieldToUi, type OnProgress } from './progress'
import { COLOR_CLASS_PREFIX, FOLIO_ANNOTATION_IRI, FOLIO_DOCUMENT_IRI } from './w3c-export'
import { isW3cLink, readW3cLink } from './w3c-links'

const isoDate = z.iso.datetime({ offset: true })
const selector = z.looseObject({ type: z.string() })
const target = z.looseObject({
  source: z.string().min(1).max(4096),
  selector: z.union([selector, z.array(selector)]).optional(),
  styleClass: z.string().max(200).optional()
})
const purpose = z.union([z.string(), z.array(z.string())])
const body = z.union([
  z.string(),
  z.looseObject({ type: z.string().optional(), value: z.string().optional(), purpose: purpose.optional() })
])
const w3cAnnotation = z.looseObject({
  type: z.union([
    z.literal('Annotation'),
    z.array(z.string()).refine((types) => types.includes('Annotation'), 'type Annotation attendu')
  ]),
  id: z.string().min(1).max(4096).optional(),
  created: isoDate.optional(),
  modified: isoDate.optional(),
  body: z.union([body, z.array(body)]).optional(),
  bodyValue: z.string().optional(),
  target: z.union([target, z.array(target).min(1)])
})
type W3cAnnotation = z.infer<typeof w3cAnnotation>

const quoteSelector = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional()
})
const positionSelector = z.looseObject({ type: z.literal('TextPositionSelector'), start: z.number(), end: z.number() })

const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const typesOf = (value: Record<string, unknown>): unknown[] => asArray(value.type as unknown)

/** True when `json` looks like W3C annotations (by its `@context` or its `type`), so the file is read as such. */
export function looksLikeW3c(json: unknown): boolean {
  if (Array.isArray(json))
    return json.length > 0 && json.every((item) => isObject(item) && typesOf(item).includes('Annotation'))
  if (!isObject(json)) return false
  const context = asArray(json['@context'] as unknown)
  return (
    context.includes('http://www.w3.org/ns/anno.jsonld') ||
    ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((type) => typesOf(json).includes(type))
  )
}

/** The annotations of the file, with the path of each in the file ("first.items[3]"). */
function itemsOf(json: unknown): { items: unknown[]; path: string[] } {
  if (Array.isArray(json)) return { items: json, path: [] }
  if (!isObject(json)) throw new ImportRefusal('unknown-format', refusalText('w3cNoAnnotations'))
  const types = typesOf(json)
  if (types.includes('Annotation')) return { items: [json], path: [] }
  if (types.includes('AnnotationPage') && Array.isArray(json.items)) return { items: json.items, path: ['items'] }
  if (types.includes('AnnotationCollection')) {
    if (isObject(json.first) && Array.isArray(json.first.items))
      return { items: json.first.items, path: ['first', 'items'] }
    if (Array.isArray(json.items)) return { items: json.items, path: ['items'] }
    if (json.total === 0) return { items: [], path: [] }
    throw new ImportRefusal('invalid', refusalText('w3cExternalPages'))
  }
  throw new ImportRefusal('unknown-format', refusalText('w3cNoType'))
}

/** A stable UUID (version 8, from SHA-256) for an annotation that has no UUID of its own. */
async function uuidFrom(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).slice(0, 16)
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

async function folioId(annotation: W3cAnnotation, raw: unknown): Promise<string> {
  const id = annotation.id
  if (id === undefined) return uuidFrom(JSON.stringify(raw))
  const uuid = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(id)?.[1]
  if (uuid) return uuid.toLowerCase()
  if (id.startsWith(FOLIO_ANNOTATION_IRI)) {
    try {
      return decodeURIComponent(id.slice(FOLIO_ANNOTATION_IRI.length))
    } catch {
      return uuidFrom(id)
    }
  }
  return uuidFrom(id)
}

function bodiesWith(annotation: W3cAnnotation, wanted: (purposes: string[]) => boolean): string[] {
  return asArray(annotation.body)
    .filter((item): item is Exclude<typeof item, string> => typeof item !== 'string' && typeof item.value === 'string')
    .filter((item) => wanted(asArray(item.purpose)))
    .map((item) => item.value as string)
}

function colorOf(styleClass: string | undefined): HighlightColor {
  const name = styleClass?.startsWith(COLOR_CLASS_PREFIX) ? styleClass.slice(COLOR_CLASS_PREFIX.length) : ''
  return (HIGHLIGHT_COLORS as readonly string[]).includes(name) ? (name as HighlightColor) : 'yellow'
}

/** Trims and folds whitespace, drops empty and case-insensitive duplicate tags. */
function tidyTags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  return tags
    .map((tag) => tag.replace(/\s+/g, ' ').trim())
    .filter((tag) => {
      const key = tag.toLocaleLowerCase('fr')
      if (tag === '' || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** What {@link readW3cAnnotations} found: annotations still to be validated as Folio records. */
export interface W3cReading {
  annotations: unknown[]
  /** The links between annotations (`motivation: linking`), still to be validated as Folio records. */
  links: unknown[]
  /** How many targeted something other than a Folio document and were attached to the fallback document. */
  attachedToFallback: number
}

/**
 * Converts the annotations of a W3C file. Refuses the whole file if any annotation is malformed or has no
 * TextQuoteSelector, or targets something that is not a Folio document while no `fallbackDocumentId` is given.
 */
export async function readW3cAnnotations(
  json: unknown,
  options: { fallbackDocumentId?: string; now?: Date; onProgress?: OnProgress } = {}
): Promise<W3cReading> {
  const { fallbackDocumentId, now = new Date(), onProgress } = options
  const { items, path } = itemsOf(json)
  const issues: string[] = []
  let total = 0
  const annotations: unknown[] = []
  const links: unknown[] = []
  let attachedToFallback = 0
  for (const [index, raw] of items.entries()) {
    if (index > 0 && index % CHUNK_SIZE === 0) {
      onProgress?.({ phase: 'validating', done: index, total: items.length })
      await yieldToUi()
    }
    const where = [...path, index]
    if (isW3cLink(raw)) {
      const link = readW3cLink(raw as Record<string, unknown>, now)
      if (link) links.push(link)
      else {
        total++
        if (issues.length < 3) issues.push(refusalText('w3cNoQuote', { where: formatPath([...where, 'target']) }))
      }
      continue
    }
    const parsed = w3cAnnotation.safeParse(raw, { reportInput: true })
    if (!parsed.success) {
      total += parsed.error.issues.length
      for (const issue of parsed.error.issues)
        if (issues.length < 3) issues.push(describeIssue({ ...issue, path: [...where, ...issue.path] }))
      continue
    }
    const annotation = parsed.data
    const first = asArray(annotation.target)[0] as z.infer<typeof target>
    const selectors = asArray(first.selector)
    const quote = selectors.map((item) => quoteSelector.safeParse(item)).find((result) => result.success)?.data
    const position = selectors.map((item) => positionSelector.safeParse(item)).find((result) => result.success)?.data
    if (!quote) {
      total++
      if (issues.length < 3)
        issues.push(refusalText('w3cNoQuote', { where: formatPath([...where, 'target', 'selector']) }))
      continue
    }
    let documentId: string | undefined
    if (first.source.startsWith(FOLIO_DOCUMENT_IRI)) {
      try {
        documentId = decodeURIComponent(first.source.slice(FOLIO_DOCUMENT_IRI.length))
      } catch {
        documentId = undefined
      }
    }
    if (documentId === undefined) {
      if (fallbackDocumentId === undefined) {
        total++
        if (issues.length < 3)
          issues.push(
            refusalText('w3cNotFolio', {
              where: formatPath([...where, 'target', 'source']),
              source: quoteValue(first.source)
            })
          )
        continue
      }
      documentId = fallbackDocumentId
      attachedToFallback++
    }
    const notes = bodiesWith(
      annotation,
      (purposes) => purposes.length === 0 || purposes.includes('commenting') || purposes.includes('describing')
    )
    if (annotation.bodyValue !== undefined) notes.unshift(annotation.bodyValue)
    const createdAt = annotation.created ?? annotation.modified ?? now.toISOString()
    annotations.push({
      id: await folioId(annotation, raw),
      documentId,
      target: {
        blockId: null,
        blockOffset: 0,
        selectors: {
          quote: {
            type: 'TextQuoteSelector',
            exact: quote.exact,
            prefix: quote.prefix ?? '',
            suffix: quote.suffix ?? ''
          },
          position: position
            ? { type: 'TextPositionSelector', start: position.start, end: position.end }
            : { type: 'TextPositionSelector', start: 0, end: quote.exact.length }
        }
      },
      color: colorOf(first.styleClass),
      note: notes.join('\n\n'),
      tags: tidyTags(bodiesWith(annotation, (purposes) => purposes.includes('tagging'))),
      createdAt,
      updatedAt: annotation.modified ?? createdAt
    })
  }
  if (total > 0) throw invalidFile(issues, total)
  return { annotations, links, attachedToFallback }
}
