// A card's bookmark details in real Chromium (React DOM, IndexedDB): after "Enregistrer" the card shows
// the note and tags just saved, even while the live query that feeds it has not caught up yet; and its "Copier le
// lien", the folio:// link back to the card.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OpenArchiveContext } from '../../../src/renderer/src/archive/open-archive-context'
import { BookmarkDetails } from '../../../src/renderer/src/bookmarks/bookmark-details'
import type { BookmarkToggleState } from '../../../src/renderer/src/bookmarks/use-bookmark-toggle'
import type { Bookmark } from '../../../src/renderer/src/db/bookmark'
import { createBookmark, deleteBookmark } from '../../../src/renderer/src/db/bookmarks-store'
import '../../../src/renderer/src/i18n/i18n'
import { parsePassageLink } from '../../../src/shared/links/passage-link'

const copied = vi.hoisted(() => [] as string[])
vi.mock('../../../src/renderer/src/citations/copy-text', () => ({
  copyText: (text: string) => {
    copied.push(text)
    return Promise.resolve()
  }
}))

// React's act() outside a test framework it knows.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let bookmark: Bookmark

const ARCHIVE = '0123456789abcdef0123456789abcdef'

function show(live: Bookmark, archive: { id: string; name: string } | null = null) {
  const state: BookmarkToggleState = { target: null, bookmark: live, toggle: async () => {} }
  act(() =>
    root.render(
      <OpenArchiveContext.Provider value={archive}>
        <BookmarkDetails state={state} />
      </OpenArchiveContext.Provider>
    )
  )
}

async function until(check: () => boolean) {
  const deadline = Date.now() + 5000
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out')
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  }
}

const text = () => container.querySelector('.bookmark-details')?.textContent ?? ''

beforeEach(async () => {
  bookmark = await createBookmark({
    kind: 'reference',
    documentId: 'fed214270135fa12',
    targetId: `ref-details-${crypto.randomUUID()}`,
    label: 'Soixante ans du traité'
  })
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(async () => {
  act(() => root.unmount())
  container.remove()
  await deleteBookmark(bookmark.id)
})

describe('the bookmark details under a card', () => {
  it('shows the saved note and tags as soon as the editor closes, before the live query catches up', async () => {
    show(bookmark) // the live record stays the old one for the whole test
    act(() => container.querySelector<HTMLButtonElement>('.link-button')!.click())
    const note = container.querySelector('textarea')!
    const tags = container.querySelector<HTMLInputElement>('input[type="text"]')!
    act(() => {
      setValue(note, 'Article clé sur le traité de 1950')
      setValue(tags, 'traité, URSS')
    })
    act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click())
    await until(() => container.querySelector('.bookmark-editor') === null)

    expect(container.querySelector('.bookmark-note')?.textContent).toBe('Article clé sur le traité de 1950')
    expect([...container.querySelectorAll('.tag-chip')].map((chip) => chip.textContent)).toEqual(['traité', 'URSS'])
  })

  it('gives way to a newer change from elsewhere (another window, an undo)', async () => {
    show(bookmark)
    act(() => container.querySelector<HTMLButtonElement>('.link-button')!.click())
    act(() => setValue(container.querySelector('textarea')!, 'Ma note'))
    act(() => container.querySelector<HTMLButtonElement>('button[type="submit"]')!.click())
    await until(() => container.querySelector('.bookmark-editor') === null)
    expect(text()).toContain('Ma note')

    show({ ...bookmark, note: 'Écrite ailleurs', updatedAt: new Date(Date.now() + 1000).toISOString() })
    expect(text()).toContain('Écrite ailleurs')
    expect(text()).not.toContain('Ma note')
  })

  it('copies the link back to the bookmarked card, and says so', async () => {
    copied.splice(0)
    show(bookmark, { id: ARCHIVE, name: 'Archive de test' })
    const copy = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Copier le lien')!
    await act(async () => copy.click())
    await until(() => text().includes('Lien copié'))
    const parsed = parsePassageLink(copied[0] ?? '')
    if (!parsed.ok) throw new Error(`the copied link was refused: ${parsed.reason}`)
    expect(parsed.link).toEqual({ archiveId: ARCHIVE, documentId: 'fed214270135fa12', cardId: bookmark.targetId })
  })
})

/** Sets a field's value the way typing does, so that React's onChange sees it. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
