// "Copier le lien" and the Markdown quote, in real Chromium: the link of an annotation, a bookmark and a copy's
// passage; the clipboard's text and HTML; and a Markdown quote that, pasted into a note, shows the quote as written
// (Markdown's marks in it kept as text), its citation and a link back that opens the passage.

import { act } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { NoteMarkdownView } from '../../../src/renderer/src/annotations/note-markdown-view'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import type { Bookmark } from '../../../src/renderer/src/db/bookmark'
import {
  CopyMarkdownQuoteButton,
  CopyPassageLinkButton,
  markdownQuote,
  passageLinkClipboard
} from '../../../src/renderer/src/links/copy-passage-link'
import { passageLinkOfAnnotation, passageLinkOfBookmark } from '../../../src/renderer/src/links/passage-link-of'
import { PassageLinkContext } from '../../../src/renderer/src/links/open-passage-link'
import { formatPassageLink, parsePassageLink, type PassageLink } from '../../../src/shared/links/passage-link'
import { reactRootPerTest } from '../react-root'

const copied = vi.hoisted(() => [] as Array<{ text: string; html?: string }>)
vi.mock('../../../src/renderer/src/citations/copy-text', () => ({
  copyText: (text: string, html?: string) => {
    copied.push({ text, html })
    return Promise.resolve()
  }
}))

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ARCHIVE = '0123456789abcdef0123456789abcdef'
const view = reactRootPerTest()
beforeEach(() => void copied.splice(0))

const annotation: Annotation = {
  id: '6f1c2a9e-4b1d-4c55-9a63-0d2b8f3e7a10',
  documentId: 'fed214270135fa12',
  target: {
    blockId: 'p-1a2b3c4d',
    blockOffset: 12,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'les ports de Dalian et Lushun',
        prefix: 'précisément, ',
        suffix: ' devaient'
      },
      position: { type: 'TextPositionSelector', start: 1200, end: 1229 }
    }
  },
  color: 'yellow',
  note: '',
  tags: [],
  createdAt: '2026-12-03T10:00:00.000Z',
  updatedAt: '2026-12-03T10:00:00.000Z'
}

const cited = {
  inText: '(“Traité sino-soviétique,” n.d., sec. Liens externes, para. 2)',
  entry: '“Traité sino-soviétique.” n.d.'
}

describe('the link of what the user copies', () => {
  it('gives an annotation’s link its archive, document, selectors and id', () => {
    expect(passageLinkOfAnnotation(ARCHIVE, annotation)).toEqual({
      archiveId: ARCHIVE,
      documentId: 'fed214270135fa12',
      quote: annotation.target.selectors.quote,
      position: { start: 1200, end: 1229 },
      block: { id: 'p-1a2b3c4d', offset: 12 },
      annotationId: annotation.id
    })
  })

  it('names no archive for a copy of the user’s library, and gives its page', () => {
    const onCopy = {
      ...annotation,
      documentId: 'c-0123456789abcdef',
      target: { ...annotation.target, blockId: 'page-4' }
    }
    const link = passageLinkOfAnnotation(ARCHIVE, onCopy)
    expect(link.archiveId).toBeNull()
    expect(formatPassageLink(link)).toMatch(/^folio:\/\/open\/library\/c-0123456789abcdef\?quote=les\+ports/)
  })

  it('links a bookmark to its paragraph, its card, or its document', () => {
    const bookmark = (kind: Bookmark['kind'], targetId: string) =>
      ({ kind, documentId: 'fed214270135fa12', targetId }) as Bookmark
    expect(passageLinkOfBookmark(ARCHIVE, bookmark('position', 'p-9'))).toMatchObject({
      block: { id: 'p-9', offset: 0 }
    })
    expect(passageLinkOfBookmark(ARCHIVE, bookmark('link', 'l-3'))).toMatchObject({ cardId: 'l-3' })
    expect(passageLinkOfBookmark(ARCHIVE, bookmark('document', 'fed214270135fa12'))).toEqual({
      archiveId: ARCHIVE,
      documentId: 'fed214270135fa12'
    })
  })

  it('puts the address as text and an HTML link around the quote on the clipboard', () => {
    const link = passageLinkOfAnnotation(ARCHIVE, annotation)
    const { text, html } = passageLinkClipboard(link, 'Traité')
    expect(text).toBe(formatPassageLink(link))
    const anchor = new DOMParser().parseFromString(html, 'text/html').querySelector('a')
    expect(anchor?.getAttribute('href')).toBe(text)
    expect(anchor?.textContent).toBe('les ports de Dalian et Lushun')
  })
})

describe('the buttons', () => {
  it('"Copier le lien" copies the link and says so', async () => {
    const link = passageLinkOfAnnotation(ARCHIVE, annotation)
    act(() => view.root.render(<CopyPassageLinkButton link={link} label="Traité" />))
    await act(async () => view.container.querySelector('button')!.click())
    expect(copied[0]?.text).toBe(formatPassageLink(link))
    expect(view.container.querySelector('[role="status"]')?.textContent).toMatch(/Lien copié|Link copied/)
  })

  it('"Copier en citation Markdown" copies the quote, its pinpoint citation and the link back', async () => {
    const link = passageLinkOfAnnotation(ARCHIVE, annotation)
    const quote = annotation.target.selectors.quote.exact
    act(() =>
      view.root.render(<CopyMarkdownQuoteButton link={link} quote={quote} cite={() => Promise.resolve(cited)} />)
    )
    await act(async () => view.container.querySelector('button')!.click())
    expect(copied[0]?.text).toMatch(
      /^> les ports de Dalian et Lushun\n>\n> — \(“Traité sino-soviétique,” n\.d\., sec\./
    )
    expect(copied[0]?.text).toContain(`](${formatPassageLink(link)})`)
    expect(copied[0]?.html).toContain('<blockquote><p>les ports de Dalian et Lushun</p>')
  })
})

describe('a Markdown quote pasted into a note', () => {
  it('shows the quote as written, Markdown marks and lines kept, with a link that opens the passage', () => {
    const quote = '# 1950. *Traité* [signé] <b>ici</b> & là_\n- Staline\n\nfin'
    const link: PassageLink = {
      archiveId: ARCHIVE,
      documentId: 'fed214270135fa12',
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }
    }
    const url = formatPassageLink(link)
    const opened: PassageLink[] = []
    act(() =>
      view.root.render(
        <PassageLinkContext.Provider value={(target) => opened.push(target)}>
          <NoteMarkdownView text={markdownQuote(quote, cited, url, 'Ouvrir dans Folio')} />
        </PassageLinkContext.Provider>
      )
    )
    const paragraphs = [...view.container.querySelectorAll('blockquote p')].map((p) => p.textContent)
    expect(paragraphs.slice(0, 2)).toEqual(['# 1950. *Traité* [signé] <b>ici</b> & là_\n- Staline', 'fin'])
    expect(view.container.querySelector('blockquote em, blockquote h1, blockquote ul, blockquote b')).toBeNull()
    const anchor = view.container.querySelector<HTMLAnchorElement>('a.is-passage')!
    expect(anchor.textContent).toBe('Ouvrir dans Folio')
    act(() => anchor.click())
    const read = parsePassageLink(url)
    expect(read.ok && opened[0]).toEqual(read.ok && read.link)
    expect(view.container.textContent).toContain('“Traité sino-soviétique.” n.d.')
  })
})
