// Deterministic records for the backup tests and the benchmark: annotations (tests/fixtures/db/sample-annotations.ts)
// and bookmarks whose text mixes French, Chinese, emoji, U+00A0, hostile markup and, now and then, a note of the
// maximum length.

import { BOOKMARK_KINDS, bookmarkTargetKey, type Bookmark, type LinkUrl } from '../../../src/renderer/src/db/bookmark'
import type { ReadingState, SettingRow } from '../../../src/renderer/src/db/reading'
import type { AnnotationLink } from '../../../src/renderer/src/db/annotation-link'
import type { FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import {
  sampleAnnotation,
  sampleDate as date,
  sampleId,
  sampleText as pick
} from '../../fixtures/db/sample-annotations'

export { sampleAnnotation, sampleId }

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
