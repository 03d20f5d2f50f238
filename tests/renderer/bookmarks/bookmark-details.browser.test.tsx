// A card's bookmark details in real Chromium (React DOM, IndexedDB): after "Enregistrer" the card shows
// the note and tags just saved, even while the live query that feeds it has not caught up yet.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BookmarkDetails } from '../../../src/renderer/src/bookmarks/bookmark-details'
import type { BookmarkToggleState } from '../../../src/renderer/src/bookmarks/use-bookmark-toggle'
import type { Bookmark } from '../../../src/renderer/src/db/bookmark'
import { createBookmark, deleteBookmark } from '../../../src/renderer/src/db/bookmarks-store'
import '../../../src/renderer/src/i18n/i18n'

// React's act() outside a test framework it knows.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let bookmark: Bookmark

function show(live: Bookmark) {
  const state: BookmarkToggleState = { target: null, bookmark: live, toggle: async () => {} }
  act(() => root.render(<BookmarkDetails state={state} />))
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
})

/** Sets a field's value the way typing does, so that React's onChange sees it. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype
  Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(field, value)
  field.dispatchEvent(new Event('input', { bubbles: true }))
}
