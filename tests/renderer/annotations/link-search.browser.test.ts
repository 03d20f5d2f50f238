// The "Relier à…" search in real Chromium IndexedDB over 50,000 annotations: the typed text is found in quotes and
// notes without regard to accents or case, the annotation being linked is never offered, at most 20 are shown
// (saying there are more), and the folded index the picker keeps answers as the database would.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  findLinkCandidates,
  LINK_CANDIDATES,
  loadLinkIndex,
  searchLinkIndex
} from '../../../src/renderer/src/annotations/link-search'
import { normalizeText as fold } from '../../../src/shared/search/normalize'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { sampleAnnotation } from '../backup/sample-records'

const database = new FolioDb(`link-search-${crypto.randomUUID()}`)
const COUNT = 50_000
const rare = { ...sampleAnnotation(COUNT), note: 'Voir la lettre de Staline à Molotov' }
const self = { ...sampleAnnotation(COUNT + 1), note: 'Une autre lettre de Staline' }

beforeAll(async () => {
  const rows = Array.from({ length: COUNT }, (_, n) => sampleAnnotation(n))
  await database.transaction('rw', database.annotations, () => database.annotations.bulkAdd([...rows, rare, self]))
}, 120_000)

afterAll(async () => {
  database.close()
  await database.delete()
})

describe('finding the annotation to link to', () => {
  it('finds a note without its accents or case, and never the annotation being linked', async () => {
    const found = await findLinkCandidates('LETTRE DE STALINE', self.id, database)
    expect(found).toEqual({ annotations: [rare], more: false })
  })

  it('shows at most 20 of many matches, most recently changed first, and says there are more', async () => {
    const found = await findLinkCandidates('traite sino sovietique', 'none', database)
    expect(found.annotations).toHaveLength(LINK_CANDIDATES)
    expect(found.more).toBe(true)
    const dates = found.annotations.map((annotation) => annotation.updatedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('searches the folded index the picker keeps as it would the database, and misses a text found nowhere', async () => {
    const index = await loadLinkIndex(database)
    expect(index.rows).toHaveLength(COUNT + 2)
    expect(searchLinkIndex(index, 'LETTRE DE STALINE', self.id)).toEqual({ annotations: [rare], more: false })
    expect(searchLinkIndex(index, 'introuvable nulle part', 'none')).toEqual({ annotations: [], more: false })
    // The quote and the note are folded apart: a match never runs from the end of one into the start of the other.
    const quoteEnd = fold(rare.target.selectors.quote.exact).trim().split(/\s+/).at(-1)
    expect(searchLinkIndex(index, `${quoteEnd} voir`, 'none').annotations).not.toContain(rare)
  })
})
