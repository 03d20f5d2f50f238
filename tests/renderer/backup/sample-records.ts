// Deterministic records for the backup tests and the benchmark: annotations and bookmarks whose text mixes
// French, Chinese, emoji, U+00A0, hostile markup and, now and then, a note of the maximum length.

import type { Annotation } from '../../../src/renderer/src/db/annotation'
import { ANNOTATION_LIMITS, HIGHLIGHT_COLORS } from '../../../src/renderer/src/db/annotation'
import { BOOKMARK_KINDS, bookmarkTargetKey, type Bookmark, type LinkUrl } from '../../../src/renderer/src/db/bookmark'
import type { ReadingState, SettingRow } from '../../../src/renderer/src/db/reading'
import type { AnnotationLink } from '../../../src/renderer/src/db/annotation-link'
import type { FolioRecords } from '../../../src/renderer/src/backup/record-schemas'

const SAMPLES = [
  'Le traité sino-soviétique d’amitié',
  '中苏友好同盟互助条约',
  'Mao 🇨🇳 à Moscou 🚂✨',
  '103\u00a0Ko ; « guillemets »\u00a0!',
  '<script>alert("x")</script><img src=x onerror=alert(1)>',
  '**gras** _it_ [lien](javascript:alert(1)) # titre\n> citation\n1950. liste',
  '\u200b\u202e\ufeff zero-width et bidi',
  'é\u0301 combinés, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 hors BMP 😀'
] as const

const pick = (index: number) => SAMPLES[index % SAMPLES.length] as string

/** A UUID-shaped id derived from `n` (deterministic, unique per `n` and `salt`). */
export function sampleId(n: number, salt = 0): string {
  const hex = (n + salt * 1_000_000_007).toString(16).padStart(12, '0').slice(-12)
  return `00000000-0000-4000-8${(salt % 1000).toString().padStart(3, '0')}-${hex}`
}

const date = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString()

/** The `n`-th sample annotation. Every `longEvery`-th note is ANNOTATION_LIMITS.note characters. */
export function sampleAnnotation(n: number, options: { longEvery?: number; salt?: number } = {}): Annotation {
  const exact = pick(n)
  const long = options.longEvery !== undefined && n % options.longEvery === 0
  const note = long
    ? pick(n + 1)
        .repeat(Math.ceil(ANNOTATION_LIMITS.note / pick(n + 1).length))
        .slice(0, ANNOTATION_LIMITS.note)
    : n % 5 === 0
      ? ''
      : `${pick(n + 2)} — note ${n}`
  return {
    id: sampleId(n, options.salt),
    documentId: n % 3 === 0 ? 'fed214270135fa12' : `doc-${n % 7}`,
    target: {
      blockId: n % 4 === 0 ? null : `p-${n % 50}`,
      blockOffset: n % 4 === 0 ? 0 : n % 17,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: pick(n + 3).slice(0, 32),
          suffix: n % 6 === 0 ? '' : pick(n + 4).slice(-32)
        },
        position: { type: 'TextPositionSelector', start: n * 7, end: n * 7 + exact.length }
      }
    },
    color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length] as Annotation['color'],
    note,
    tags:
      n % 4 === 1
        ? []
        : [`tag ${n % 9}`, pick(n).slice(0, 12).replace(/\s+/g, ' ').trim() || 'x'].filter(
            (tag, index, all) => all.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index
          ),
    createdAt: date(n),
    updatedAt: date(n + (n % 3))
  }
}

/** The `n`-th sample bookmark (each on a distinct target). */
export function sampleBookmark(n: number, salt = 0): Bookmark {
  const kind = BOOKMARK_KINDS[n % BOOKMARK_KINDS.length] as Bookmark['kind']
  const documentId = `doc-${n % 7}`
  const targetId = kind === 'document' ? `${documentId}-self-${n}` : `target-${n}`
  return {
    id: sampleId(n, salt + 500),
    kind,
    documentId,
    targetId,
    targetKey: bookmarkTargetKey(kind, documentId, targetId),
    label: pick(n + 5).slice(0, 60),
    note: n % 2 === 0 ? '' : pick(n + 6),
    tags: n % 3 === 0 ? ['à lire'] : [],
    createdAt: date(n),
    updatedAt: date(n + 1)
  }
}

export function sampleLinkUrl(n: number): LinkUrl {
  return {
    linkId: `link-${n}`,
    documentId: `doc-${n % 7}`,
    url: `https://example.org/${encodeURIComponent(pick(n))}`,
    updatedAt: date(n)
  }
}

export function sampleReadingState(n: number): ReadingState {
  return { documentId: `doc-${n}`, blockId: `p-${n}`, fraction: (n % 10) / 10, updatedAt: date(n) }
}

export const sampleSettings: SettingRow[] = [
  { key: 'theme', value: 'sepia', updatedAt: date(1) },
  { key: 'fontSize', value: 20, updatedAt: date(2) },
  { key: 'citationStyle', value: 'apa', updatedAt: date(3) }
]

const SAMPLE_RELATIONS = ['confirms', 'contradicts', 'seeAlso', 'cites', '<b>précise</b> 🔗'] as const

/** The `n`-th sample link: from the `n`-th sample annotation to the next one (same salt). */
export function sampleAnnotationLink(n: number, salt = 0): AnnotationLink {
  return {
    id: sampleId(n, salt + 700),
    fromId: sampleId(n, salt),
    toId: sampleId(n + 1, salt),
    relation: SAMPLE_RELATIONS[n % SAMPLE_RELATIONS.length] as string,
    createdAt: date(n),
    updatedAt: date(n + 2)
  }
}

/** A full set of records: `annotations` annotations, `bookmarks` bookmarks, a few URLs, positions, settings and links. */
export function sampleRecords(
  annotations: number,
  bookmarks: number,
  options: { longEvery?: number; salt?: number } = {}
): FolioRecords {
  return {
    annotations: Array.from({ length: annotations }, (_, n) => sampleAnnotation(n, options)),
    bookmarks: Array.from({ length: bookmarks }, (_, n) => sampleBookmark(n, options.salt)),
    linkUrls: Array.from({ length: Math.min(20, bookmarks) }, (_, n) => sampleLinkUrl(n)),
    readingStates: Array.from({ length: Math.min(7, bookmarks) }, (_, n) => sampleReadingState(n)),
    settings: bookmarks > 0 ? sampleSettings.map((row) => ({ ...row })) : [],
    annotationLinks: Array.from({ length: Math.max(0, Math.min(10, annotations - 1)) }, (_, n) =>
      sampleAnnotationLink(n, options.salt)
    )
  }
}
