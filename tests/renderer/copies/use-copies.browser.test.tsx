// The link cards of one document show their copies from one reading of main's list, and a copy attached from one
// card shows on every card of that document (each card used to ask main on its own, and only itself read again).

import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useCopies } from '../../../src/renderer/src/copies/use-copies'
import { copiesAdded } from '../../../src/renderer/src/library/added-copies'
import type { CopyEntry } from '../../../src/shared/copies/copy-types'
import type { FolioApi } from '../../../src/shared/ipc/contract'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const view = reactRootPerTest()
const DOC = 'treaty-1950'

const copyOf = (id: string, linkIds: string[]): CopyEntry => ({
  id,
  kind: 'pdf',
  fileName: `${id}.pdf`,
  size: 1000,
  sha256: '0'.repeat(64),
  attachedAt: '2026-12-04T10:00:00.000Z',
  links: linkIds.map((linkId) => ({ documentId: DOC, linkId })),
  pages: 3,
  title: null
})

/** A main that lists `stored` and attaches a new copy to the link asked for; counts the lists asked. */
function fakeMain(stored: CopyEntry[]) {
  const listCopies = vi.fn(async (documentId: string | null) =>
    stored.filter((copy) => documentId === null || copy.links.some((link) => link.documentId === documentId))
  )
  const attachCopy = vi.fn(async (link: { documentId: string; linkId: string } | null) => {
    const copy = copyOf(`c-${stored.length + 1}`, link ? [link.linkId] : [])
    stored.push(copy)
    return { ok: true as const, copy }
  })
  ;(window as { folio?: Partial<FolioApi> }).folio = { listCopies, attachCopy } as Partial<FolioApi>
  return { listCopies, attachCopy }
}

let attachFromFirst: ((linkId: string) => Promise<unknown>) | undefined

function Card({ linkId, first }: { linkId: string; first?: boolean }) {
  const { copies, attach } = useCopies(DOC, linkId)
  if (first) attachFromFirst = attach
  return (
    <li data-link={linkId}>{copies === undefined ? 'lecture…' : copies.map((copy) => copy.id).join(',') || '—'}</li>
  )
}

const shown = () => [...view.container.querySelectorAll('li')].map((item) => item.textContent)

afterEach(() => {
  delete (window as { folio?: FolioApi }).folio
})

describe('the copies of a document’s link cards', () => {
  it('reads them once for every card, and reads again for all of them when one attaches a copy', async () => {
    const main = fakeMain([copyOf('c-1', ['l-2']), copyOf('c-2', ['l-3', 'l-2'])])
    await act(async () =>
      view.root.render(
        <ul>
          {['l-1', 'l-2', 'l-3', 'l-4'].map((linkId, index) => (
            <Card key={linkId} linkId={linkId} first={index === 0} />
          ))}
        </ul>
      )
    )
    await vi.waitFor(() => expect(shown()).toEqual(['—', 'c-1,c-2', 'c-2', '—']))
    expect(main.listCopies).toHaveBeenCalledTimes(1)

    await act(async () => void (await attachFromFirst?.('l-1')))
    await vi.waitFor(() => expect(shown()).toEqual(['c-3', 'c-1,c-2', 'c-2', '—']))
    expect(main.attachCopy).toHaveBeenCalledWith({ documentId: DOC, linkId: 'l-1' })
    expect(main.listCopies).toHaveBeenCalledTimes(2)
  })

  it('reads them again when copies come from outside (a drop, a launch), and afresh once no card shows them', async () => {
    const stored = [copyOf('c-1', ['l-1'])]
    const main = fakeMain(stored)
    await act(async () => view.root.render(<Card linkId="l-1" />))
    await vi.waitFor(() => expect(shown()).toEqual(['c-1']))
    stored.push(copyOf('c-9', ['l-1']))
    await act(async () => copiesAdded())
    await vi.waitFor(() => expect(shown()).toEqual(['c-1,c-9']))

    await act(async () => view.root.render(<p>ailleurs</p>))
    stored.push(copyOf('c-10', ['l-1']))
    const before = main.listCopies.mock.calls.length
    await act(async () => view.root.render(<Card linkId="l-1" />))
    await vi.waitFor(() => expect(shown()).toEqual(['c-1,c-9,c-10']))
    expect(main.listCopies).toHaveBeenCalledTimes(before + 1)
  })
})
