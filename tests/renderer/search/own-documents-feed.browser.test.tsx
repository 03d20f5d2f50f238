// The user's documents reach the search worker ahead, not at start: once the page is idle, their rows are listed
// by page and each document is read from main a few at a time and sent; after a change of the library only the
// new one is read, and one no longer listed leaves the index. A damaged one is never sent.

import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type {
  ArchivePage,
  ArchivePageRequest,
  ArchiveRow,
  LibraryDocumentResult
} from '../../../src/shared/archive/archive-types'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { searchClient } from '../../../src/renderer/src/search/search-client'
import { ownDocumentTitle, useSearchSync } from '../../../src/renderer/src/search/use-search-sync'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const idOf = (n: number) => `u-${n.toString(16).padStart(16, '0')}`
const rowOf = (n: number): ArchiveRow => ({ id: idOf(n), file: `note-${n}.txt`, title: `Note ${n}` })

/** A library as main answers for it: `rows` listed by page, each read alone (`damaged` ones as damaged). */
function fakeLibrary(rows: ArchiveRow[], damaged = new Set<string>()) {
  const reads: string[] = []
  let reading = 0
  let mostAtOnce = 0
  const list = (request: ArchivePageRequest): Promise<ArchivePage> =>
    Promise.resolve({
      total: rows.length,
      offset: request.offset,
      rows: rows.slice(request.offset, request.offset + request.limit)
    })
  const own = async (id: string): Promise<LibraryDocumentResult> => {
    reads.push(id)
    mostAtOnce = Math.max(mostAtOnce, ++reading)
    await new Promise((resolve) => setTimeout(resolve, 1))
    reading--
    const row = rows.find((candidate) => candidate.id === id)
    if (!row || damaged.has(id)) {
      const problem = { kind: 'checksum' as const, file: id, message: 'Altéré.' }
      return { ok: false, damaged: { id, file: id, title: id, problem } }
    }
    const document = parseArticle(`${row.title}\n\nLe mot lapis-lazuli ${id}.\n`, { id })
    return { ok: true, entry: { id, origin: 'user', file: row.file, document, notes: [] } }
  }
  return { reads, list, own, mostAtOnce: () => mostAtOnce }
}

const view = reactRootPerTest()

function Probe(props: { library: ReturnType<typeof fakeLibrary>; revision: number }) {
  useSearchSync({ list: props.library.list, own: props.library.own, revision: props.revision })
  return null
}

/** Lets idle callbacks, the reads and React's updates through. */
async function settle(ms = 400) {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)))
}

const docScopes = (calls: unknown[][]) =>
  calls.map(([scope]) => String(scope)).filter((scope) => scope.startsWith('doc:'))

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the user’s documents fed to the search worker', () => {
  it('sends each document once, read a few at a time after start, leaves a damaged one out, and the new one later', async () => {
    const sync = vi.spyOn(searchClient, 'sync').mockImplementation(() => {})
    const retain = vi.spyOn(searchClient, 'retain').mockImplementation(() => {})
    vi.spyOn(searchClient, 'savedScopes').mockResolvedValue(new Set())
    const rows = Array.from({ length: 1200 }, (_, n) => rowOf(n))
    const library = fakeLibrary(rows, new Set([idOf(7)]))
    act(() => view.root.render(<Probe library={library} revision={0} />))
    // Nothing is read while the app starts: the feed waits for the page to be idle.
    expect(library.reads).toEqual([])
    await vi.waitFor(() => expect(docScopes(sync.mock.calls)).toHaveLength(1199), { timeout: 15_000 })
    expect(library.mostAtOnce()).toBeLessThanOrEqual(4)
    expect(docScopes(sync.mock.calls)).not.toContain(`doc:${idOf(7)}`)
    expect(ownDocumentTitle(idOf(1000))).toBe('Note 1000')
    const lastRetain = () => retain.mock.calls.at(-1) as [string, string[]]
    await vi.waitFor(() => expect(lastRetain()?.[1]).toHaveLength(1199))

    // One added, one removed: the added one alone is read and sent, the removed one leaves the index.
    rows.push(rowOf(5000))
    rows.splice(0, 1)
    const before = library.reads.length
    sync.mockClear()
    act(() => view.root.render(<Probe library={library} revision={1} />))
    await vi.waitFor(() => expect(docScopes(sync.mock.calls)).toEqual([`doc:${idOf(5000)}`]), { timeout: 5000 })
    // The damaged one is tried again (it may have been mended); nothing else is read again.
    expect(library.reads.slice(before).sort()).toEqual([idOf(5000), idOf(7)].sort())
    await vi.waitFor(() => expect(lastRetain()[1]).toContain(`doc:${idOf(5000)}`))
    expect(lastRetain()[1]).not.toContain(`doc:${idOf(0)}`)
    await settle(50)
  })

  it('reads none of the documents the index saved at the last session holds, only the others', async () => {
    const sync = vi.spyOn(searchClient, 'sync').mockImplementation(() => {})
    vi.spyOn(searchClient, 'retain').mockImplementation(() => {})
    const rows = Array.from({ length: 50 }, (_, n) => rowOf(n))
    vi.spyOn(searchClient, 'savedScopes').mockResolvedValue(new Set(rows.slice(0, 48).map((row) => `doc:${row.id}`)))
    const library = fakeLibrary(rows)
    act(() => view.root.render(<Probe library={library} revision={0} />))
    await vi.waitFor(() => expect(docScopes(sync.mock.calls)).toHaveLength(2), { timeout: 5000 })
    expect(library.reads.sort()).toEqual([idOf(48), idOf(49)])
    await settle(50)
  })
})
