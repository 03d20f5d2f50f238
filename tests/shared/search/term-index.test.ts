// The term index under Folio's search: posting lists kept sorted through additions and removals, prefix
// expansion most frequent first, the memory given back after a batch, and the saved form round trip.

import { describe, expect, it } from 'vitest'
import { createRandom } from '../../../bench/random'
import { NumberReader, NumberWriter } from '../../../src/shared/search/number-codec'
import { PostingStore, packPosting, postingNumber, postingSlot } from '../../../src/shared/search/posting-store'
import { TermIndex, scoreSlot } from '../../../src/shared/search/term-index'

const numbers = (list: Int32Array): number[] => [...list].map(postingNumber)

describe('PostingStore', () => {
  it('keeps each list sorted and right through random inserts, deletes and compactions', () => {
    const random = createRandom(7)
    const store = new PostingStore()
    const expected = Array.from({ length: 40 }, () => new Map<number, number>())
    for (let step = 0; step < 20_000; step++) {
      const list = Math.floor(random() * expected.length)
      const number = Math.floor(random() * 500)
      const reference = expected[list] as Map<number, number>
      if (random() < 0.3) {
        expect(store.delete(list, number)).toBe(reference.delete(number))
      } else {
        const slot = Math.floor(random() * 3)
        store.insert(list, packPosting(number, slot))
        reference.set(number, slot)
      }
      if (step % 5000 === 4999) store.compact()
    }
    expected.forEach((reference, list) => {
      const entries = [...reference].sort((a, b) => a[0] - b[0])
      expect([...store.get(list)]).toEqual(entries.map(([n, slot]) => packPosting(n, slot)))
    })
    store.compact()
    expect(store.size.allocated).toBe(Math.max(16, store.size.postings))
  })

  it('gives a posting its entry number and score slot back', () => {
    expect(postingNumber(packPosting(123_456, 2))).toBe(123_456)
    expect(postingSlot(packPosting(123_456, 2))).toBe(2)
  })
})

describe('TermIndex', () => {
  const build = (): TermIndex => {
    const index = new TermIndex(3)
    index.add(0, ['traite', 'sino', 'sovietique'])
    index.add(1, ['traite', 'de', 'paix', 'de', 'versailles'])
    index.add(2, ['la', 'traite', 'trahie'])
    index.add(3, ['trajet'])
    return index
  }

  it('counts the entries holding a term and expands a prefix, most frequent first', () => {
    const index = build()
    expect(index.size).toBe(4)
    expect(index.count('traite')).toBe(3)
    expect(index.count('de')).toBe(1)
    expect(index.expand('tra').map((id) => index.term(id))).toEqual(['traite', 'trahie', 'trajet'])
    expect(index.expand('tra', 1).map((id) => index.term(id))).toEqual(['traite'])
    expect(index.expand('x')).toEqual([])
  })

  it('files a posting by where its term first comes in the entry', () => {
    const index = build()
    const slots = [...index.postingsOf(index.lookup('traite'))].map(postingSlot)
    // First word of entries 0 and 1, later in entry 2.
    expect(slots).toEqual([0, 0, scoreSlot(3, 3, 1)])
    expect(scoreSlot(3, 10, 0)).toBe(0)
    expect(scoreSlot(3, 10, 2)).toBe(1)
    expect(scoreSlot(3, 10, 9)).toBe(2)
    expect(scoreSlot(1, 10, 9)).toBe(0)
  })

  it('forgets a removed entry and drops its terms from expansions', () => {
    const index = build()
    expect(index.remove(3, ['trajet'])).toBe(true)
    expect(index.remove(3, ['trajet'])).toBe(false)
    expect(index.size).toBe(3)
    expect(index.lookup('trajet')).toBe(-1)
    expect(index.expand('traj')).toEqual([])
    expect(numbers(index.postingsOf(index.lookup('traite')))).toEqual([0, 1, 2])
  })

  it('gives the same answers after compaction and after a save and load', () => {
    const index = build()
    index.add(7, ['traite', 'tardif'])
    index.compact()
    const restored = TermIndex.import(JSON.parse(JSON.stringify(index.export())) as ReturnType<TermIndex['export']>, 3)
    for (const candidate of [index, restored]) {
      expect(candidate.size).toBe(5)
      expect(numbers(candidate.postingsOf(candidate.lookup('traite')))).toEqual([0, 1, 2, 7])
      expect(candidate.expand('t').map((id) => candidate.term(id))).toEqual(['traite', 'tardif', 'trahie', 'trajet'])
    }
    restored.add(9, ['traite'])
    expect(restored.count('traite')).toBe(5)
  })

  it('rejects saved posting lists that do not match their terms', () => {
    const saved = build().export()
    expect(() => TermIndex.import({ ...saved, terms: [...saved.terms, 'zzz'] })).toThrow(/Malformed/)
    expect(() => TermIndex.import({ ...saved, terms: [...saved.terms].reverse() })).toThrow(/Malformed/)
  })
})

describe('number lists in text', () => {
  it('reads back numbers and sorted lists as written', () => {
    const writer = new NumberWriter()
    const values = [0, 1, 31, 32, 1023, 1024, 2 ** 31 - 1, 2 ** 40]
    for (const v of values) writer.put(v)
    writer.putSortedList(Int32Array.from([3, 4, 100, 2 ** 30]))
    const text = writer.toString()
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/)
    const reader = new NumberReader(text)
    expect(values.map(() => reader.get())).toEqual(values)
    expect([...reader.getSortedList()]).toEqual([3, 4, 100, 2 ** 30])
    expect(reader.done).toBe(true)
    expect(() => new NumberReader('A').get()).toThrow(/Malformed/)
  })
})
