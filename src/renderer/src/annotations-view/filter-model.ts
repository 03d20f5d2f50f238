// What the annotations view shows: every annotation folded once for matching (search's fold: case, accents,
// ligatures, punctuation), then filtered and sorted in memory — a keystroke reads nothing from IndexedDB.

import { lowerBound } from '../../../shared/search/lower-bound'
import { normalizeText } from '../../../shared/search/normalize'
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '../db/annotation'

/** Rows the view reads first, before all of them: more than a window shows. */
export const FIRST_PAGE = 60

/** The orders the view offers. */
export const ANNOTATION_SORTS = ['updated', 'created', 'document', 'color'] as const
export type AnnotationSort = (typeof ANNOTATION_SORTS)[number]

export interface AnnotationFilter {
  /** Words looked for in the quote or the note, folded like search. */
  text: string
  /** Shown colours; empty: every colour. */
  colors: readonly HighlightColor[]
  /** Tags looked for (matched whatever their case); empty: any annotation. */
  tags: readonly string[]
  /** `all`: every chosen tag; `any`: at least one. */
  tagMode: 'all' | 'any'
  /** Shown documents; empty: every document. */
  documentIds: readonly string[]
  /** First and last day of creation (YYYY-MM-DD, in the user's time zone, both included), or '' for no bound. */
  from: string
  to: string
  hasNote: boolean
  orphaned: boolean
  /** The annotation whose links are shown: it and every annotation linked to it, either way; null for any. */
  linkedTo: string | null
}

export const NO_FILTER: AnnotationFilter = {
  text: '',
  colors: [],
  tags: [],
  tagMode: 'all',
  documentIds: [],
  from: '',
  to: '',
  hasNote: false,
  orphaned: false,
  linkedTo: null
}

/** An annotation with its folded quote and note, and its tags as matched. */
export interface IndexedAnnotation {
  readonly annotation: Annotation
  /** Quote, then note, folded, with separators collapsed to one space (no match crosses from one to the other). */
  readonly folded: string
  /** Its tags as matched (one shared empty list for the many without: 50,000 rows make no garbage of it). */
  readonly tagKeys: readonly string[]
  /** The note holds more than spaces. */
  readonly hasNote: boolean
}

/** Tags are one tag whatever their case (the rule of db/tags.ts' cleaning, which keys them so). */
export const tagKey = (tag: string): string => tag.toLocaleLowerCase('fr')

/** Text folded as search folds it, separators collapsed to one space and trimmed. */
export const foldText = (text: string): string => normalizeText(text).replace(/ +/g, ' ').trim()

const NO_TAGS: readonly string[] = []

/** Folds one annotation for matching. */
export function indexAnnotation(annotation: Annotation): IndexedAnnotation {
  const quote = foldText(annotation.target.selectors.quote.exact)
  return {
    annotation,
    folded: annotation.note ? `${quote}\n${foldText(annotation.note)}` : quote,
    tagKeys: annotation.tags.length ? annotation.tags.map(tagKey) : NO_TAGS,
    hasNote: annotation.note.trim() !== ''
  }
}

/** True when `known` was folded from the same quote, note and tags as `annotation`. */
const sameText = (known: Annotation, annotation: Annotation): boolean =>
  known.updatedAt === annotation.updatedAt &&
  known.note === annotation.note &&
  known.target.selectors.quote.exact === annotation.target.selectors.quote.exact &&
  known.tags.join('\n') === annotation.tags.join('\n')

/**
 * Folds the annotations, reusing the folds of `previous` for those whose text is unchanged: after one edit among
 * 50,000, one is folded again.
 */
export function indexAnnotations(
  annotations: readonly Annotation[],
  previous: ReadonlyMap<string, IndexedAnnotation> = new Map()
): Map<string, IndexedAnnotation> {
  const next = new Map<string, IndexedAnnotation>()
  for (const annotation of annotations) {
    const known = previous.get(annotation.id)
    let row: IndexedAnnotation
    if (!known || !sameText(known.annotation, annotation)) row = indexAnnotation(annotation)
    else row = known.annotation === annotation ? known : { ...known, annotation }
    next.set(annotation.id, row)
  }
  return next
}

/** What filtering needs beyond the annotations: which are orphans (anchored in their text: none found). */
export interface FilterContext {
  orphans: ReadonlySet<string>
  /** The links between annotations, by annotation ({@link linksByAnnotation}); none when absent. */
  links?: LinksByAnnotation
}

/** One annotation's links as the view reads them: the annotation at the other end, the relation and its way. */
export interface LinkedEnd {
  otherId: string
  relation: string
  /** `outgoing`: the link starts from this annotation; `incoming`: it points at it. */
  direction: 'outgoing' | 'incoming'
}

/** Every annotation's links, both ways, each under the ids of both its ends. */
export type LinksByAnnotation = ReadonlyMap<string, readonly LinkedEnd[]>

/** Indexes links (`fromId` → `toId`) by both of their ends, in the order given: one pass. */
export function linksByAnnotation(
  links: Iterable<{ fromId: string; toId: string; relation: string }>
): LinksByAnnotation {
  const index = new Map<string, LinkedEnd[]>()
  const add = (id: string, end: LinkedEnd) => {
    const known = index.get(id)
    if (known) known.push(end)
    else index.set(id, [end])
  }
  for (const { fromId, toId, relation } of links) {
    add(fromId, { otherId: toId, relation, direction: 'outgoing' })
    add(toId, { otherId: fromId, relation, direction: 'incoming' })
  }
  return index
}

/** `id` and the ids of every annotation linked to it, either way. */
export function linkedIds(id: string, links: LinksByAnnotation | undefined): Set<string> {
  return new Set([id, ...(links?.get(id) ?? []).map((end) => end.otherId)])
}

/**
 * The instant the user's day `day` (YYYY-MM-DD, in their time zone) starts, `after` days later, as stored
 * timestamps are written (ISO 8601 in UTC, which compare as strings); '' for a day that is not one.
 */
function startOfDay(day: string, after: number): string {
  const [year, month, date] = day.split('-').map(Number)
  const start = new Date(year ?? NaN, (month ?? NaN) - 1, (date ?? NaN) + after)
  return Number.isNaN(start.getTime()) ? '' : start.toISOString()
}

/** The test an annotation must pass but for the words (found by {@link filterRows}), built once per filter change. */
function matcher(filter: AnnotationFilter, context: FilterContext): (row: IndexedAnnotation) => boolean {
  const colors = filter.colors.length ? new Set<string>(filter.colors) : null
  const tags = filter.tags.map(tagKey)
  const documents = filter.documentIds.length ? new Set(filter.documentIds) : null
  const from = filter.from ? startOfDay(filter.from, 0) : ''
  const to = filter.to ? startOfDay(filter.to, 1) : ''
  const linked = filter.linkedTo !== null ? linkedIds(filter.linkedTo, context.links) : null
  return ({ annotation, tagKeys, hasNote }) => {
    if (colors && !colors.has(annotation.color)) return false
    if (documents && !documents.has(annotation.documentId)) return false
    if (filter.hasNote && !hasNote) return false
    if (filter.orphaned && !context.orphans.has(annotation.id)) return false
    if (linked && !linked.has(annotation.id)) return false
    if ((from && annotation.createdAt < from) || (to && annotation.createdAt >= to)) return false
    if (tags.length) {
      const ok =
        filter.tagMode === 'all'
          ? tags.every((tag) => tagKeys.includes(tag))
          : tags.some((tag) => tagKeys.includes(tag))
      if (!ok) return false
    }
    return true
  }
}

/** What sorting by document needs: each document's place in the list (its title's order). */
export interface SortContext {
  /** Documents in the order they are listed; one it does not know comes after, by id. */
  documentRank: ReadonlyMap<string, number>
}

const colorRank = new Map<string, number>(HIGHLIGHT_COLORS.map((color, index) => [color, index]))
/** ISO 8601 timestamps and ids compare as plain strings (code units), far faster than a collation. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byUpdated = (a: Annotation, b: Annotation) =>
  compare(b.updatedAt, a.updatedAt) || compare(b.createdAt, a.createdAt) || compare(a.id, b.id)
const byCreated = (a: Annotation, b: Annotation) => compare(b.createdAt, a.createdAt) || compare(a.id, b.id)
const byPlace = (a: Annotation, b: Annotation) =>
  a.target.selectors.position.start - b.target.selectors.position.start ||
  compare(a.createdAt, b.createdAt) ||
  compare(a.id, b.id)

function comparator(sort: AnnotationSort, context: SortContext): (a: Annotation, b: Annotation) => number {
  switch (sort) {
    case 'updated':
      return byUpdated
    case 'created':
      return byCreated
    case 'color':
      return (a, b) => (colorRank.get(a.color) ?? 99) - (colorRank.get(b.color) ?? 99) || byUpdated(a, b)
    case 'document': {
      const rank = (id: string) => context.documentRank.get(id) ?? Number.MAX_SAFE_INTEGER
      return (a, b) => rank(a.documentId) - rank(b.documentId) || compare(a.documentId, b.documentId) || byPlace(a, b)
    }
  }
}

/**
 * The rows in `sort`'s order: most recently changed first, newest first, by document then reading order, or by
 * colour (the toolbar's order). Sorted once per change of the rows or the order: filtering keeps that order.
 */
export function sortRows(
  rows: Iterable<IndexedAnnotation>,
  sort: AnnotationSort,
  context: SortContext
): IndexedAnnotation[] {
  const order = comparator(sort, context)
  return [...rows].sort((a, b) => order(a.annotation, b.annotation))
}

/**
 * The folded texts of sorted rows end to end, each after a NUL (which no folded text or query holds), and where
 * each row's text starts: one search of one string finds the words in every row, as fast as the engine searches.
 */
interface Haystack {
  text: string
  starts: Int32Array
}

/** Made once per sorted array (a new read or a new order), on the first filter by words. */
const haystacks = new WeakMap<readonly IndexedAnnotation[], Haystack>()

function haystackOf(sorted: readonly IndexedAnnotation[]): Haystack {
  let haystack = haystacks.get(sorted)
  if (haystack) return haystack
  const starts = new Int32Array(sorted.length)
  const parts: string[] = []
  let offset = 0
  sorted.forEach((row, index) => {
    starts[index] = offset
    parts.push(row.folded)
    offset += row.folded.length + 1
  })
  haystack = { text: parts.join('\0'), starts }
  haystacks.set(sorted, haystack)
  return haystack
}

/**
 * The sorted rows that pass `filter`, in their order — but for the annotation whose links are shown, which comes
 * first, before what is linked to it: one pass, no read of the database.
 */
export function filterRows(
  sorted: readonly IndexedAnnotation[],
  filter: AnnotationFilter,
  context: FilterContext
): Annotation[] {
  const shown = matchRows(sorted, filter, context)
  const focus = filter.linkedTo === null ? -1 : shown.findIndex((annotation) => annotation.id === filter.linkedTo)
  if (focus > 0) shown.unshift(...shown.splice(focus, 1))
  return shown
}

function matchRows(
  sorted: readonly IndexedAnnotation[],
  filter: AnnotationFilter,
  context: FilterContext
): Annotation[] {
  const keep = matcher(filter, context)
  const words = foldText(filter.text)
  const shown: Annotation[] = []
  if (words === '') {
    for (const row of sorted) if (keep(row)) shown.push(row.annotation)
    return shown
  }
  const { text, starts } = haystackOf(sorted)
  let at = text.indexOf(words)
  while (at >= 0) {
    // The row the match is in: the last one starting at or before it.
    const index = lowerBound(starts.length, (i) => (starts[i] as number) <= at) - 1
    const row = sorted[index] as IndexedAnnotation
    if (keep(row)) shown.push(row.annotation)
    const next = index + 1 < starts.length ? (starts[index + 1] as number) : text.length
    at = text.indexOf(words, next)
  }
  return shown
}

/** True when the filter shows everything. */
export const isEmptyFilter = (filter: AnnotationFilter): boolean =>
  foldText(filter.text) === '' &&
  !filter.colors.length &&
  !filter.tags.length &&
  !filter.documentIds.length &&
  !filter.from &&
  !filter.to &&
  !filter.hasNote &&
  !filter.orphaned &&
  filter.linkedTo === null
