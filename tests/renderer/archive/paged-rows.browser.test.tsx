// The one paged-rows hook of the library's two lists (the archive's, the user's own), over a lister that answers
// as main does: the first page at once with the open document located, the pages in view when the list wants
// them, a page answered unverified asked again verified (a damaged row marked), a new filter from its first page.

import { act } from 'react'
import { describe, expect, it } from 'vitest'
import type { ArchivePage, ArchivePageRequest, ArchiveRow } from '../../../src/shared/archive/archive-types'
import { usePagedRows, ROWS_PAGE, type PagedRows } from '../../../src/renderer/src/archive/use-archive-rows'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const COUNT = 1000
const all: ArchiveRow[] = Array.from({ length: COUNT }, (_, n) => ({
  id: `u-${n.toString(16).padStart(16, '0')}`,
  file: `document-${n}.txt`,
  title: `Traité ${String(n).padStart(4, '0')}`
}))
const DAMAGED = all[3]!.id

/** A lister over `all`: filtered by a prefix of the title, the row DAMAGED found damaged when verified. */
function fakeMain() {
  const asked: ArchivePageRequest[] = []
  const list = (request: ArchivePageRequest): Promise<ArchivePage> => {
    asked.push(request)
    const matching = request.query ? all.filter((row) => row.title.includes(request.query as string)) : all
    const rows = matching
      .slice(request.offset, request.offset + request.limit)
      .map((row) =>
        row.id === DAMAGED && request.verify
          ? { ...row, title: row.file, problem: { kind: 'checksum' as const, file: row.file, message: 'Altéré.' } }
          : row
      )
    const located =
      request.locate === undefined ? {} : { located: matching.findIndex((row) => row.id === request.locate) }
    return Promise.resolve({
      total: matching.length,
      offset: request.offset,
      rows,
      ...located,
      ...(request.verify ? {} : { unverified: true })
    })
  }
  return { asked, list }
}

const view = reactRootPerTest()
let latest: PagedRows

function Probe(props: { list: (request: ArchivePageRequest) => Promise<ArchivePage>; query: string; locate?: string }) {
  latest = usePagedRows(props.list, props.query, true, props.locate)
  return null
}

/** Lets the lister's answers and React's updates through. */
async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

describe('a list paged from main', () => {
  it('fetches its first page with the open document located, and a later page only once the list wants it', async () => {
    const main = fakeMain()
    act(() => view.root.render(<Probe list={main.list} query="" locate={all[640]!.id} />))
    await settle()
    expect(latest.total).toBe(COUNT)
    expect(latest.rows.length).toBe(COUNT)
    expect(latest.rows.at(0)?.title).toBe('Traité 0000')
    expect(latest.rows.located).toEqual({ id: all[640]!.id, index: 640 })
    // Not fetched yet: a placeholder.
    expect(latest.rows.at(ROWS_PAGE * 3)).toBeUndefined()
    act(() => latest.rows.want?.(ROWS_PAGE * 3, ROWS_PAGE * 3 + 20))
    await settle()
    expect(latest.rows.at(ROWS_PAGE * 3)?.title).toBe(`Traité 0${ROWS_PAGE * 3}`)
    const pages = main.asked.filter((request) => !request.verify).map((request) => request.offset)
    expect(pages).toEqual([0, ROWS_PAGE * 3])
  })

  it('asks again, verified, for a page answered unverified, and marks the damaged row', async () => {
    const main = fakeMain()
    act(() => view.root.render(<Probe list={main.list} query="" />))
    await settle()
    expect(main.asked.filter((request) => request.verify).map((request) => request.offset)).toEqual([0])
    expect(latest.rows.at(3)).toMatchObject({
      id: DAMAGED,
      title: 'document-3.txt',
      damaged: { id: DAMAGED, problem: { kind: 'checksum' } }
    })
    expect(latest.rows.at(4)?.damaged).toBeUndefined()
  })

  it('shows a new filter from its first page, and fetches everything again when refreshed', async () => {
    const main = fakeMain()
    act(() => view.root.render(<Probe list={main.list} query="" />))
    await settle()
    act(() => view.root.render(<Probe list={main.list} query="Traité 09" />))
    await settle()
    expect(latest.total).toBe(100)
    expect(latest.rows.query).toBe('Traité 09')
    expect(latest.rows.at(0)?.title).toBe('Traité 0900')
    const before = main.asked.length
    act(() => latest.refresh())
    await settle()
    expect(main.asked.slice(before).map((request) => [request.offset, request.query])).toContainEqual([0, 'Traité 09'])
  })
})
