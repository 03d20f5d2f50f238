// Two devices change the same records while apart, then meet: nothing a user did is silently lost. Both edits of one
// note are in the merged text; an edit wins over a deletion it was concurrent with; edits of different fields both
// stay; the same field edited on both gets one value, the same on both; a deletion undone is alive. Whatever the
// order the updates arrive in, both devices end with the same records.

import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyChanges, readRecord } from '../../../src/main/sync/record-doc'
import type { RecordChange } from '../../../src/shared/sync/sync-types'
import { annotation, bookmark, edited, put, remove } from './sync-records'

interface Device {
  doc: Y.Doc
  id: string
}

const AT_A = '2026-12-02T10:00:00.000Z'
const AT_B = '2026-12-02T10:00:05.000Z'
const note = (record: Record<string, unknown>, text: string, at: string) => edited(record, { note: text }, at)

const devices = (): [Device, Device] => [
  { doc: new Y.Doc(), id: 'aaaaaaaaaaaaaaaa' },
  { doc: new Y.Doc(), id: 'bbbbbbbbbbbbbbbb' }
]
const push = (device: Device, ...changes: RecordChange[]) => applyChanges(device.doc, device.id, changes, 'local')
const sync = (from: Device, to: Device) =>
  Y.applyUpdate(to.doc, Y.encodeStateAsUpdate(from.doc, Y.encodeStateVector(to.doc)), 'remote')
const recordOn = (device: Device, change: RecordChange) => {
  const read = readRecord(device.doc, change.table, change.key)
  return read === 'malformed' ? 'malformed' : read.record
}

interface Case {
  name: string
  /** What both devices had before they went apart. */
  shared: RecordChange[]
  onA: RecordChange[]
  onB: RecordChange[]
  /** What both must hold at the end (checked with `expect`). */
  expectRecord(record: Record<string, unknown> | null | 'malformed'): void
}

const table = (change: RecordChange) => ({ table: change.table, key: change.key, record: null })

const A = put('annotations', annotation, annotation.id)
const B = put('bookmarks', bookmark, bookmark.id)

const CASES: Case[] = [
  {
    name: 'the same note edited on both: both edits are in the text',
    shared: [A],
    onA: [put('annotations', note(annotation, `Moscou, 1950. ${annotation.note}`, AT_A), annotation.id)],
    onB: [put('annotations', note(annotation, `${annotation.note} Voir Yang Kuisong (2005).`, AT_B), annotation.id)],
    expectRecord: (record) =>
      expect(record).toMatchObject({ note: `Moscou, 1950. ${annotation.note} Voir Yang Kuisong (2005).` })
  },
  {
    name: 'a bookmark’s note edited in the middle on one, at the end on the other',
    shared: [B],
    onA: [
      put(
        'bookmarks',
        note(bookmark, bookmark.note.replace('Deng Xiaoping', 'Deng Xiaoping (1979)'), AT_A),
        bookmark.id
      )
    ],
    onB: [put('bookmarks', note(bookmark, `${bookmark.note} Afghanistan, Mongolie.`, AT_B), bookmark.id)],
    expectRecord: (record) =>
      expect(record).toMatchObject({ note: 'Deng Xiaoping (1979) et les demandes de la Chine. Afghanistan, Mongolie.' })
  },
  {
    name: 'deleted on one, edited on the other: the edited one is kept',
    shared: [A],
    onA: [remove('annotations', annotation.id)],
    onB: [put('annotations', edited(annotation, { color: 'pink' }, AT_B), annotation.id)],
    expectRecord: (record) => expect(record).toEqual(edited(annotation, { color: 'pink' }, AT_B))
  },
  {
    name: 'edited then deleted on one, edited on the other: the other’s edit keeps it',
    shared: [A],
    onA: [
      put('annotations', edited(annotation, { color: 'blue' }, AT_A), annotation.id),
      remove('annotations', annotation.id)
    ],
    onB: [put('annotations', edited(annotation, { tags: ['Mandchourie'] }, AT_B), annotation.id)],
    expectRecord: (record) => expect(record).toMatchObject({ tags: ['Mandchourie'] })
  },
  {
    name: 'deleted on both: gone',
    shared: [A],
    onA: [remove('annotations', annotation.id)],
    onB: [remove('annotations', annotation.id)],
    expectRecord: (record) => expect(record).toBeNull()
  },
  {
    name: 'edited then deleted on both: gone (each deletion saw its own edit)',
    shared: [A],
    onA: [
      put('annotations', edited(annotation, { color: 'blue' }, AT_A), annotation.id),
      remove('annotations', annotation.id)
    ],
    onB: [
      put('annotations', edited(annotation, { color: 'pink' }, AT_B), annotation.id),
      remove('annotations', annotation.id)
    ],
    expectRecord: (record) => expect(record).toBeNull()
  },
  {
    name: 'different fields edited: both edits stay',
    shared: [A],
    onA: [put('annotations', edited(annotation, { color: 'green' }, AT_A), annotation.id)],
    onB: [put('annotations', edited(annotation, { tags: ['Xinjiang'] }, AT_B), annotation.id)],
    expectRecord: (record) => expect(record).toMatchObject({ color: 'green', tags: ['Xinjiang'] })
  },
  {
    name: 'the same setting changed on both: one value, the same on both',
    shared: [put('settings', { key: 'theme', value: 'light', updatedAt: AT_A }, 'theme')],
    onA: [put('settings', { key: 'theme', value: 'dark', updatedAt: AT_A }, 'theme')],
    onB: [put('settings', { key: 'theme', value: 'sepia', updatedAt: AT_B }, 'theme')],
    expectRecord: (record) => expect(['dark', 'sepia']).toContain((record as { value: string }).value)
  },
  {
    name: 'deleted then undone (re-added) on one, untouched on the other: alive',
    shared: [A],
    onA: [remove('annotations', annotation.id), A],
    onB: [],
    expectRecord: (record) => expect(record).toEqual(annotation)
  },
  {
    name: 'deleted and undone on one, deleted on the other: the undo (an edit the deletion did not see) keeps it',
    shared: [A],
    onA: [remove('annotations', annotation.id), A],
    onB: [remove('annotations', annotation.id)],
    expectRecord: (record) => expect(record).toEqual(annotation)
  },
  {
    name: 'made on both with the same key while apart (a setting first set on each): one value',
    shared: [],
    onA: [
      put(
        'readingStates',
        { documentId: 'fed214270135fa12', blockId: 'p-2', fraction: 0.1, updatedAt: AT_A },
        'fed214270135fa12'
      )
    ],
    onB: [
      put(
        'readingStates',
        { documentId: 'fed214270135fa12', blockId: 'p-4', fraction: 0.9, updatedAt: AT_B },
        'fed214270135fa12'
      )
    ],
    expectRecord: (record) => expect(['p-2', 'p-4']).toContain((record as { blockId: string }).blockId)
  }
]

describe('two devices that changed the same record while apart', () => {
  it.each(CASES)('$name', ({ shared, onA, onB, expectRecord }) => {
    for (const order of ['a first', 'b first'] as const) {
      const [a, b] = devices()
      if (shared.length > 0) {
        push(a, ...shared)
        sync(a, b)
      }
      for (const change of onA) push(a, change)
      for (const change of onB) push(b, change)
      // The updates meet in either order, as the server forwards them.
      if (order === 'a first') {
        sync(a, b)
        sync(b, a)
      } else {
        sync(b, a)
        sync(a, b)
      }
      const target = table(onA[0] ?? onB[0]!)
      const onDeviceA = recordOn(a, target)
      expect(recordOn(b, target), order).toEqual(onDeviceA)
      expectRecord(onDeviceA)
    }
  })

  it('agree on a record edited many times on both, however the updates are interleaved', () => {
    const [a, b] = devices()
    push(a, A)
    sync(a, b)
    for (let round = 0; round < 20; round++) {
      push(
        a,
        put(
          'annotations',
          edited(annotation, { color: round % 2 ? 'blue' : 'green', note: `A ${round}` }, AT_A),
          annotation.id
        )
      )
      if (round % 3 === 0) push(b, remove('annotations', annotation.id))
      else push(b, put('annotations', edited(annotation, { tags: [`b${round}`] }, AT_B), annotation.id))
      if (round % 4 === 0) sync(a, b)
      if (round % 5 === 0) sync(b, a)
    }
    sync(a, b)
    sync(b, a)
    expect(recordOn(a, table(A))).toEqual(recordOn(b, table(A)))
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(b.doc))
  })
  it('agree after any mix of adds, edits, deletions and re-adds on three devices, met in any order', () => {
    // A seeded generator: the same sequence at every run, bounded in length.
    let seed = 0x5eed1950
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
    }
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
    const three: Device[] = [...devices(), { doc: new Y.Doc(), id: 'cccccccccccccccc' }]
    const keys = ['k1', 'k2', 'k3']
    const words = ['Mao', 'Moscou', '1950', 'Xinjiang', 'Mandchourie', 'Deng']
    for (let step = 0; step < 400; step++) {
      const device = pick(three)
      const key = pick(keys)
      const held = recordOn(device, { table: 'annotations', key, record: null })
      const roll = random()
      if (roll < 0.15) push(device, remove('annotations', key))
      else if (roll < 0.25) {
        const [from, to] = [pick(three), pick(three)]
        if (from !== to) sync(from, to)
      } else {
        const base = held && held !== 'malformed' ? held : { ...annotation, id: key }
        const note = String(base.note ?? '')
        const at = Math.floor(random() * (note.length + 1))
        push(
          device,
          put(
            'annotations',
            { ...base, note: `${note.slice(0, at)}${pick(words)} ${note.slice(at)}`, color: pick(['blue', 'green']) },
            key
          )
        )
      }
    }
    for (const from of three) for (const to of three) if (from !== to) sync(from, to)
    for (const key of keys) {
      const [first, ...others] = three.map((device) => recordOn(device, { table: 'annotations', key, record: null }))
      for (const other of others) expect(other).toEqual(first)
    }
    // Not agreement on nothing: the records edited last are alive, with text from several devices.
    expect(
      keys.filter((key) => recordOn(three[0]!, { table: 'annotations', key, record: null }) !== null).length
    ).toBeGreaterThan(0)
  })
})
