// The selection toolbar's "Copier le lien", in real Chromium: a passage selected in the reader's text gives its
// folio:// link (the archive, the document, the quote and where it is) on the clipboard, says so, keeps the
// selection, and writes no annotation; a passage of the user's own library names no archive.

import { act } from 'react'
import { useRef } from 'react'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleDocument } from '../../../src/shared/archive/document'
import { parsePassageLink } from '../../../src/shared/links/passage-link'
import { AnnotationsProvider } from '../../../src/renderer/src/annotations/annotations-context'
import { HighlightLayer } from '../../../src/renderer/src/annotations/highlight-layer'
import { SelectionToolbar } from '../../../src/renderer/src/annotations/selection-toolbar'
import { OpenArchiveContext } from '../../../src/renderer/src/archive/open-archive-context'
import { db } from '../../../src/renderer/src/db/folio-db'
import i18next from '../../../src/renderer/src/i18n/i18n'
import { NavigationContext, type Navigation } from '../../../src/renderer/src/layout/navigation'
import { NoticeProvider } from '../../../src/renderer/src/layout/notice'
import { reactRootPerTest } from '../react-root'
import '../../../src/renderer/src/styles/base.css'
import '../../../src/renderer/src/styles/swatches.css'
import '../../../src/renderer/src/styles/selection-toolbar.css'

const copied = vi.hoisted(() => [] as Array<{ text: string; html?: string }>)
vi.mock('../../../src/renderer/src/citations/copy-text', () => ({
  copyText: (text: string, html?: string) => {
    copied.push({ text, html })
    return Promise.resolve()
  }
}))

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ARCHIVE = '0123456789abcdef0123456789abcdef'
const PARAGRAPH = 'Le traité fut signé à Moscou le 14 février 1950, après deux mois de négociations.'

const article = (id: string): ArticleDocument => ({
  id,
  titleLine: 'Traité sino-soviétique',
  title: 'Traité sino-soviétique',
  englishTitle: null,
  language: 'fr',
  infobox: null,
  blocks: [
    { id: 't-1', kind: 'title', text: 'Traité sino-soviétique', title: 'Traité sino-soviétique', englishTitle: null },
    { id: 'p-1', kind: 'paragraph', text: PARAGRAPH, sectionId: null }
  ],
  sections: [],
  references: [],
  links: []
})

const navigation: Navigation = {
  documentId: '',
  openDocument: () => {},
  panelTab: 'cards',
  showPanelTab: () => {},
  goToBlock: () => {},
  goToCard: () => {}
}

/** The reader's text and its toolbar, as the reader lays them out: the blocks in a positioned surface. */
function Reader() {
  const surface = useRef<HTMLDivElement>(null)
  const text = useRef<HTMLElement>(null)
  return (
    <div ref={surface} className="test-surface" style={{ position: 'relative', padding: '80px 20px', width: 720 }}>
      <article ref={text}>
        <h1 data-block-id="t-1">Traité sino-soviétique</h1>
        <p data-block-id="p-1">{PARAGRAPH}</p>
      </article>
      <HighlightLayer rootRef={text} />
      <SelectionToolbar surfaceRef={surface} />
    </div>
  )
}

const view = reactRootPerTest()

function show(document: ArticleDocument) {
  act(() =>
    view.root.render(
      <NoticeProvider>
        <NavigationContext.Provider value={navigation}>
          <OpenArchiveContext.Provider value={{ id: ARCHIVE, name: 'Archive de test' }}>
            <AnnotationsProvider document={document}>
              <Reader />
            </AnnotationsProvider>
          </OpenArchiveContext.Provider>
        </NavigationContext.Provider>
      </NoticeProvider>
    )
  )
}

/** Selects `words` in the paragraph as a user's drag would, and waits for the toolbar. */
async function select(words: string): Promise<HTMLElement> {
  const node = view.container.querySelector('[data-block-id="p-1"]')!.firstChild as Text
  const range = document.createRange()
  range.setStart(node, PARAGRAPH.indexOf(words))
  range.setEnd(node, PARAGRAPH.indexOf(words) + words.length)
  await act(async () => {
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
  const toolbar = view.container.querySelector<HTMLElement>('[role="toolbar"]')
  if (!toolbar) throw new Error('no toolbar over the selection')
  return toolbar
}

const copyButton = (toolbar: HTMLElement) =>
  [...toolbar.querySelectorAll('button')].find((button) => button.textContent === 'Copier le lien')!

async function press(button: HTMLButtonElement) {
  await act(async () => {
    button.click()
    await new Promise((resolve) => setTimeout(resolve, 50))
  })
}

beforeEach(async () => {
  copied.splice(0)
  await i18next.changeLanguage('fr')
  await db.annotations.clear()
})
afterAll(() => window.getSelection()?.removeAllRanges())

describe('"Copier le lien" in the selection toolbar', () => {
  it('copies the selected passage’s link without annotating it, and says so', async () => {
    show(article('fed214270135fa12'))
    const toolbar = await select('signé à Moscou')
    expect(toolbar.getAttribute('aria-label')).toBe('Annoter la sélection')
    const button = copyButton(toolbar)
    expect(button.type).toBe('button')
    expect(button.title).toContain('folio://')
    await press(button)

    expect(copied).toHaveLength(1)
    const parsed = parsePassageLink(copied[0]!.text)
    if (!parsed.ok) throw new Error(`the copied link was refused: ${parsed.reason}`)
    const start = 'Traité sino-soviétique\n'.length + PARAGRAPH.indexOf('signé à Moscou')
    expect(parsed.link).toMatchObject({
      archiveId: ARCHIVE,
      documentId: 'fed214270135fa12',
      quote: { exact: 'signé à Moscou' },
      position: { start, end: start + 'signé à Moscou'.length },
      block: { id: 'p-1' }
    })
    expect(copied[0]!.html).toContain('>signé à Moscou</a>')
    expect(document.body.textContent).toContain('Lien copié')
    // The passage stays selected (the user may still highlight it) and nothing was written.
    expect(window.getSelection()!.toString()).toBe('signé à Moscou')
    expect(view.container.querySelector('[role="toolbar"]')).not.toBeNull()
    expect(await db.annotations.count()).toBe(0)
  })

  it('stays whole inside the reader over the last words of a line, its words each on one line', async () => {
    show(article('fed214270135fa12'))
    const toolbar = await select('négociations')
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)))
    const surface = view.container.querySelector('.test-surface')!.getBoundingClientRect()
    const box = toolbar.getBoundingClientRect()
    // The words are at the right end of the line: a toolbar centred on them would stick out.
    const words = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
    expect(surface.right - (words.left + words.right) / 2).toBeLessThan(box.width / 2)
    expect(box.left).toBeGreaterThanOrEqual(surface.left)
    expect(box.right).toBeLessThanOrEqual(surface.right)
    const heights = [...toolbar.querySelectorAll('button:not(.swatch)')].map((b) => b.getBoundingClientRect().height)
    // One line of 0.85rem text and its padding: about 26 pixels; two lines would be past 40.
    expect(Math.max(...heights)).toBeLessThan(34)
  })

  it('names no archive for a passage of a document of the user’s library', async () => {
    show(article('u-0123456789abcdef'))
    await press(copyButton(await select('deux mois')))
    const parsed = parsePassageLink(copied[0]!.text)
    if (!parsed.ok) throw new Error(`the copied link was refused: ${parsed.reason}`)
    expect(parsed.link.archiveId).toBeNull()
    expect(parsed.link.quote?.exact).toBe('deux mois')
  })
})
