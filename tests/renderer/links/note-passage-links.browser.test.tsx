// folio:// links in a note's Markdown, in real Chromium: a passage link opens in the app through the shell's
// opener, a malformed one is shown refused with the reason, and an https link still goes to main's confirmed opener.

import { act } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { NoteMarkdownView } from '../../../src/renderer/src/annotations/note-markdown-view'
import { PassageLinkContext } from '../../../src/renderer/src/links/open-passage-link'
import type { PassageLink } from '../../../src/shared/links/passage-link'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const view = reactRootPerTest()
const LINK = 'folio://open/library/u-0123456789abcdef?quote=Lu+Xun&start=4&end=10'

function render(text: string, open: ((link: PassageLink) => void) | null) {
  act(() =>
    view.root.render(
      <PassageLinkContext.Provider value={open}>
        <NoteMarkdownView text={text} />
      </PassageLinkContext.Provider>
    )
  )
}

describe('links to a passage in a note', () => {
  it('opens a folio:// link in the app, with the passage it names', () => {
    const opened: PassageLink[] = []
    render(`Voir [ce passage](${LINK}) et <${LINK}>.`, (link) => opened.push(link))
    const anchors = [...view.container.querySelectorAll<HTMLAnchorElement>('a.note-link.is-passage')]
    expect(anchors.map((anchor) => anchor.getAttribute('href'))).toEqual([LINK, LINK])
    act(() => anchors[0]!.click())
    expect(opened).toEqual([
      {
        archiveId: null,
        documentId: 'u-0123456789abcdef',
        quote: { type: 'TextQuoteSelector', exact: 'Lu Xun', prefix: '', suffix: '' },
        position: { start: 4, end: 10 }
      }
    ])
  })

  it('shows a malformed folio:// link as refused text, saying why, and opens nothing', () => {
    const open = vi.fn()
    render('[piège](folio://open/library/..%2F..%2Fetc)', open)
    expect(view.container.querySelector('a')).toBeNull()
    const refused = view.container.querySelector('.note-link.is-refused')
    expect(refused?.textContent).toBe('piège')
    expect(refused?.getAttribute('title')).toMatch(/forme que Folio ne connaît pas|form Folio does not know/)
    expect(open).not.toHaveBeenCalled()
  })

  it('leaves other links to main’s confirmed opener, and javascript: links refused', () => {
    render('[site](https://example.org/) [mal](javascript:alert(1))', vi.fn())
    const anchor = view.container.querySelector<HTMLAnchorElement>('a.note-link')
    expect(anchor?.classList.contains('is-passage')).toBe(false)
    expect(anchor?.getAttribute('href')).toBe('https://example.org/')
    expect(view.container.querySelectorAll('.note-link.is-refused')).toHaveLength(1)
  })
})
