// The annotations view's filter and sort, in Node: what a user types and ticks decides which annotations show,
// in which order — accents and case ignored like search, tags matched whatever their case, all or any.

import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import {
  filterRows,
  indexAnnotations,
  isEmptyFilter,
  linksByAnnotation,
  NO_FILTER,
  sortRows,
  type AnnotationFilter
} from '../../../src/renderer/src/annotations-view/filter-model'

function annotation(id: string, fields: Partial<Annotation> & { quote?: string; start?: number }): Annotation {
  const { quote = 'un passage', start = 0, ...rest } = fields
  return {
    id,
    documentId: 'doc-a',
    target: {
      blockId: null,
      blockOffset: 0,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start, end: start + quote.length }
      }
    },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2025-01-01T10:00:00.000Z',
    updatedAt: '2025-01-01T10:00:00.000Z',
    ...rest
  }
}

const rows = [
  annotation('treaty', { quote: 'Le Traité de 1950 fut signé', note: 'Voir **Staline**', tags: ['Traité', 'URSS'] }),
  annotation('crisis', {
    quote: 'la crise de 1960',
    color: 'blue',
    tags: ['URSS'],
    documentId: 'doc-b',
    createdAt: '2025-03-05T09:00:00.000Z',
    updatedAt: '2025-04-01T09:00:00.000Z'
  }),
  annotation('economy', {
    quote: 'Une économie planifiée',
    note: '   ',
    color: 'green',
    tags: ['économie'],
    createdAt: '2025-02-10T23:30:00.000Z',
    updatedAt: '2025-02-10T23:30:00.000Z',
    start: 50
  }),
  annotation('coeur', { quote: 'au cœur du conflit', color: 'pink', start: 10, createdAt: '2024-12-31T08:00:00.000Z' })
]
const indexed = indexAnnotations(rows)
const noOrphans = { orphans: new Set<string>() }
const rank = {
  documentRank: new Map([
    ['doc-b', 0],
    ['doc-a', 1]
  ])
}

/** "treaty confirme crisis", "economy cite treaty", and crisis "voir aussi" an annotation deleted since. */
const links = [
  { fromId: 'treaty', toId: 'crisis', relation: 'confirms' },
  { fromId: 'economy', toId: 'treaty', relation: 'cites' },
  { fromId: 'crisis', toId: 'deleted', relation: 'seeAlso' }
]

const shown = (
  filter: Partial<AnnotationFilter>,
  orphans: ReadonlySet<string> = new Set(),
  linked: readonly (typeof links)[number][] = links
) =>
  filterRows(
    sortRows(indexed.values(), 'created', rank),
    { ...NO_FILTER, ...filter },
    { orphans, links: linksByAnnotation(linked) }
  ).map((a) => a.id)

describe('filtering the annotations view', () => {
  it('shows everything with no filter, and says the filter is empty', () => {
    expect(shown({})).toHaveLength(4)
    expect(isEmptyFilter(NO_FILTER)).toBe(true)
    expect(isEmptyFilter({ ...NO_FILTER, text: '  ' })).toBe(true)
    expect(isEmptyFilter({ ...NO_FILTER, hasNote: true })).toBe(false)
  })

  it('finds words in the quote or the note, whatever their accents, case, ligatures or punctuation', () => {
    expect(shown({ text: 'TRAITE' })).toEqual(['treaty'])
    expect(shown({ text: 'staline' })).toEqual(['treaty'])
    expect(shown({ text: 'economie  planifiee' })).toEqual(['economy'])
    expect(shown({ text: 'coeur' })).toEqual(['coeur'])
    expect(shown({ text: 'crise-de' })).toEqual(['crisis'])
    expect(shown({ text: 'absent' })).toEqual([])
  })

  it('does not match across the end of the quote and the start of the note', () => {
    expect(shown({ text: 'signe voir' })).toEqual([])
  })

  it('keeps the chosen colours and documents', () => {
    expect(shown({ colors: ['blue', 'pink'] })).toEqual(['crisis', 'coeur'])
    expect(shown({ documentIds: ['doc-b'] })).toEqual(['crisis'])
  })

  it('matches tags whatever their case, all of them or any of them', () => {
    expect(shown({ tags: ['urss'] })).toEqual(['crisis', 'treaty'])
    expect(shown({ tags: ['urss', 'TRAITÉ'], tagMode: 'all' })).toEqual(['treaty'])
    expect(shown({ tags: ['traité', 'Économie'], tagMode: 'any' })).toEqual(['economy', 'treaty'])
  })

  it('keeps a date range of creation days, both ends included, and annotations with a real note', () => {
    expect(shown({ from: '2025-01-01', to: '2025-02-10' })).toEqual(['economy', 'treaty'])
    expect(shown({ from: '2025-03-01' })).toEqual(['crisis'])
    expect(shown({ to: '2024-12-31' })).toEqual(['coeur'])
    expect(shown({ hasNote: true })).toEqual(['treaty'])
  })

  it('reads the date range as days of the user’s time zone', () => {
    // Node's own environment (the renderer's types do not know it): Date follows a change of TZ at once.
    const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env
    const zone = env.TZ
    env.TZ = 'Asia/Tokyo'
    try {
      // 2025-02-10T23:30Z is the 11th in Tokyo.
      expect(shown({ from: '2025-02-11', to: '2025-02-11' })).toEqual(['economy'])
      expect(shown({ to: '2025-02-10' })).toEqual(['treaty', 'coeur'])
    } finally {
      if (zone === undefined) delete env.TZ
      else env.TZ = zone
    }
  })

  it('keeps the orphans when asked', () => {
    expect(shown({ orphaned: true }, new Set(['coeur']))).toEqual(['coeur'])
    expect(shown({ orphaned: true })).toEqual([])
  })
})

describe('showing an annotation with everything linked to it', () => {
  it('shows the annotation first, then every annotation linked to it either way, in the view’s order', () => {
    expect(shown({ linkedTo: 'treaty' })).toEqual(['treaty', 'crisis', 'economy'])
    expect(shown({ linkedTo: 'economy' })).toEqual(['economy', 'treaty'])
    expect(isEmptyFilter({ ...NO_FILTER, linkedTo: 'treaty' })).toBe(false)
  })

  it('leaves out a linked annotation that is gone, and shows one with no links alone', () => {
    expect(shown({ linkedTo: 'crisis' })).toEqual(['crisis', 'treaty'])
    expect(shown({ linkedTo: 'coeur' })).toEqual(['coeur'])
  })

  it('follows the links as they are now: a link removed no longer brings its other end', () => {
    expect(shown({ linkedTo: 'treaty' }, new Set(), links.slice(1))).toEqual(['treaty', 'economy'])
  })

  it('keeps the other filters on top of the links', () => {
    expect(shown({ linkedTo: 'treaty', colors: ['blue'] })).toEqual(['crisis'])
    expect(shown({ linkedTo: 'treaty', text: 'economie' })).toEqual(['economy'])
  })

  it('indexes each link under both of its ends, with its way', () => {
    const index = linksByAnnotation(links)
    expect(index.get('crisis')).toEqual([
      { otherId: 'treaty', relation: 'confirms', direction: 'incoming' },
      { otherId: 'deleted', relation: 'seeAlso', direction: 'outgoing' }
    ])
    expect(index.get('coeur')).toBeUndefined()
  })
})

describe('sorting the annotations view', () => {
  const order = (sort: Parameters<typeof sortRows>[1]) =>
    filterRows(sortRows(indexed.values(), sort, rank), NO_FILTER, noOrphans).map((a) => a.id)

  it('puts the most recently changed first, or the most recently created', () => {
    expect(order('updated')).toEqual(['crisis', 'economy', 'treaty', 'coeur'])
    expect(order('created')).toEqual(['crisis', 'economy', 'treaty', 'coeur'])
  })

  it('groups by document in the documents’ order, each in the order of its text', () => {
    expect(order('document')).toEqual(['crisis', 'treaty', 'coeur', 'economy'])
  })

  it('sorts by colour in the toolbar’s order', () => {
    expect(order('color')).toEqual(['treaty', 'economy', 'crisis', 'coeur'])
  })
})

describe('folding once', () => {
  it('folds again only the annotations whose text changed', () => {
    const again = indexAnnotations(rows, indexed)
    expect(again.get('treaty')).toBe(indexed.get('treaty'))
    const edited = { ...rows[0]!, note: 'Mao', updatedAt: '2025-06-01T00:00:00.000Z' }
    const after = indexAnnotations([edited, ...rows.slice(1)], indexed)
    expect(after.get('treaty')?.folded).toContain('mao')
    expect(after.get('crisis')).toBe(indexed.get('crisis'))
  })
})
