// The library's virtual list in real Chromium (React DOM, the app's stylesheet): at 100,000 documents only the
// rows in view are in the DOM, the open document is marked and scrolled into view, and the arrow keys move the
// focus from row to row without ever dropping it onto the page when the row scrolls away.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DocumentList, type LibraryRow, type LibraryRows } from '../../../src/renderer/src/library/document-list'
import { NavigationContext, type Navigation } from '../../../src/renderer/src/layout/navigation'
import '../../../src/renderer/src/i18n/i18n'
import '../../../src/renderer/src/styles/base.css'
import '../../../src/renderer/src/styles/layout.css'
import '../../../src/renderer/src/styles/library.css'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const COUNT = 100_000
const rows: LibraryRow[] = Array.from({ length: COUNT }, (_, n) => ({
  id: `doc-${n}`,
  title: `Traité numéro ${n}`
}))

let container: HTMLDivElement
let root: Root
let opened: string[]

const navigation = (): Navigation => ({
  documentId: '',
  openDocument: (id) => opened.push(id),
  panelTab: 'cards',
  showPanelTab: () => {},
  goToBlock: () => {},
  goToCard: () => {}
})

function show(currentId: string, query = '', shown: LibraryRows = rows) {
  act(() =>
    root.render(
      <NavigationContext.Provider value={navigation()}>
        <section className="sidebar-section">
          <h2 id="group">Archive</h2>
          <DocumentList rows={shown} currentId={currentId} labelledBy="group" query={query} />
        </section>
      </NavigationContext.Provider>
    )
  )
}

const scroller = () => container.querySelector<HTMLElement>('.document-scroller')!
const drawnRows = () => [...container.querySelectorAll<HTMLLIElement>('li.document-row')]
const focusedTitle = () => (document.activeElement as HTMLElement | null)?.closest('li')?.textContent ?? null

/** Lets the virtualizer's observers, scroll handlers and layout effects run. */
async function settle() {
  for (let i = 0; i < 4; i++) await act(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
}

function press(key: string) {
  act(() => {
    document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))
  })
}

/** True when the row is within the scroller's visible box. */
function inView(row: Element) {
  const box = row.getBoundingClientRect()
  const view = scroller().getBoundingClientRect()
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1
}

beforeEach(() => {
  opened = []
  container = document.createElement('div')
  container.style.width = '280px'
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('the library list at 100,000 documents', () => {
  it('draws only the rows in view, the open document among them, marked and scrolled into view', async () => {
    show('doc-75000')
    await settle()
    const drawn = drawnRows()
    expect(drawn.length).toBeGreaterThan(5)
    expect(drawn.length).toBeLessThan(60)
    const current = container.querySelector('[aria-current="page"]')!
    expect(current.textContent).toBe('Traité numéro 75000')
    expect(inView(current)).toBe(true)
    // The list says how long it is, and where each drawn row stands in it.
    expect(current.closest('li')?.getAttribute('aria-setsize')).toBe(String(COUNT))
    expect(current.closest('li')?.getAttribute('aria-posinset')).toBe('75001')
  })

  it('draws the rows of wherever it is scrolled to, still a bounded number', async () => {
    show('doc-0')
    await settle()
    scroller().scrollTop = scroller().scrollHeight / 2
    await settle()
    const titles = drawnRows().map((row) => row.textContent)
    expect(titles.length).toBeLessThan(60)
    expect(titles.some((title) => /numéro 4\d{4}$|numéro 5\d{4}$/.test(title ?? ''))).toBe(true)
    expect(drawnRows().filter(inView).length).toBeGreaterThan(5)
  })

  it('asks a paged list for the rows in view and the open one’s, never for every row between them', async () => {
    const asked: [number, number][] = []
    const paged: LibraryRows = {
      length: COUNT,
      at: (index) => rows[index],
      findIndex: (match) => rows.findIndex(match),
      want: (from, to) => void asked.push([from, to])
    }
    show('doc-50000', '', paged)
    await settle()
    // Far from the open document (its row stays drawn as the Tab stop), back at the top.
    scroller().scrollTop = 0
    await settle()
    expect(asked.some(([from]) => from === 0)).toBe(true)
    expect(asked.some(([from, to]) => from <= 50_000 && 50_000 < to)).toBe(true)
    expect(Math.max(...asked.map(([from, to]) => to - from))).toBeLessThan(100)
  })

  it('is one Tab stop: the open document’s row, and the arrow keys, Home and End move the focus', async () => {
    show('doc-500')
    await settle()
    const tabbable = container.querySelectorAll('button[tabindex="0"]')
    expect([...tabbable].map((button) => button.textContent)).toEqual(['Traité numéro 500'])
    act(() => (tabbable[0] as HTMLElement).focus())
    press('ArrowDown')
    press('ArrowDown')
    await settle()
    expect(focusedTitle()).toBe('Traité numéro 502')
    press('ArrowUp')
    await settle()
    expect(focusedTitle()).toBe('Traité numéro 501')
    press('End')
    await settle()
    expect(focusedTitle()).toBe(`Traité numéro ${COUNT - 1}`)
    expect(inView(document.activeElement!)).toBe(true)
    press('Home')
    await settle()
    expect(focusedTitle()).toBe('Traité numéro 0')
    // Enter on the focused row opens it (it is a button).
    act(() => (document.activeElement as HTMLButtonElement).click())
    expect(opened).toEqual(['doc-0'])
  })

  it('keeps the focused row, and the focus, when the list scrolls far away from it', async () => {
    show('doc-10')
    await settle()
    act(() => container.querySelector<HTMLElement>('button[tabindex="0"]')!.focus())
    press('ArrowDown')
    await settle()
    scroller().scrollTop = scroller().scrollHeight - scroller().clientHeight
    await settle()
    expect(focusedTitle()).toBe('Traité numéro 11')
    expect(document.activeElement).not.toBe(document.body)
    press('ArrowDown')
    await settle()
    expect(focusedTitle()).toBe('Traité numéro 12')
    expect(inView(document.activeElement!)).toBe(true)
  })

  it('shows a new filter’s first matches, says when nothing matches, and back to the open document once emptied', async () => {
    show('doc-90000')
    await settle()
    expect(scroller().scrollTop).toBeGreaterThan(0)
    show('doc-90000', 'traite', rows.slice(0, 50_000))
    await settle()
    expect(scroller().scrollTop).toBe(0)
    show('doc-90000', 'traite zzz', [])
    expect(container.textContent).toContain('Aucun titre ne correspond.')
    show('doc-90000', '')
    await settle()
    const current = container.querySelector('[aria-current="page"]')!
    expect(current.textContent).toBe('Traité numéro 90000')
    expect(inView(current)).toBe(true)
  })
})
