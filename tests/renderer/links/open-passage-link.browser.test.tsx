// Opening a folio:// link in real Chromium over the reader's article: the passage flashed where the link left it,
// found again elsewhere when the text moved ('moved'), said gone when it was rewritten, and links to another archive
// or to a document this Folio does not have refused with nothing opened.

import { act } from 'react'
import { describe, expect, it } from 'vitest'
import seedText from '../../../resources/archive/000_fed214270135fa12.txt?raw'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { documentText, type ArticleDocument } from '../../../src/shared/archive/document'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { describeRange } from '../../../src/shared/anchoring/describe'
import { readerMessages } from '../../../src/shared/i18n/reader-messages'
import { formatPassageLink, parsePassageLink, type PassageLink } from '../../../src/shared/links/passage-link'
import { Article } from '../../../src/shared/reader/article'
import {
  openPassageLink,
  type PassageOpener,
  type ShownDocument
} from '../../../src/renderer/src/links/open-passage-link'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ARCHIVE = '0123456789abcdef0123456789abcdef'
const ID = 'fed214270135fa12'
const seed = parseArticle(seedText, { id: ID, language: 'fr' })
const view = reactRootPerTest()

/** Shows `document` in the reader as the app does, and returns an opener that "opens" it. */
function showing(document: ArticleDocument, opened: string[] = []): PassageOpener {
  const entry: ArchiveDocumentEntry = { id: ID, origin: 'archive', file: 'seed.txt', document, notes: [] }
  act(() => view.root.render(<Article entry={entry} words={readerMessages.fr} />))
  return {
    archiveId: ARCHIVE,
    showDocument: (id): Promise<ShownDocument> => {
      opened.push(id)
      return Promise.resolve(id === ID ? document : 'missing')
    },
    findAnnotation: () => Promise.resolve(undefined)
  }
}

/** The link the user copied of `quote` in the seed, read back as a paste would. */
function linkTo(quote: string): PassageLink {
  const text = documentText(seed)
  const start = text.indexOf(quote)
  const target = describeRange(seed, start, start + quote.length)
  const written = formatPassageLink({
    archiveId: ARCHIVE,
    documentId: ID,
    quote: target.selectors.quote,
    position: target.selectors.position,
    ...(target.blockId ? { block: { id: target.blockId, offset: target.blockOffset } } : {})
  })
  const read = parsePassageLink(written)
  if (!read.ok) throw new Error(read.reason)
  return read.link
}

/** The text the reader flashes now. */
const flashed = (): string | undefined => {
  const highlight = CSS.highlights.get('folio-flash')
  const range = highlight ? [...highlight][0] : undefined
  return range?.toString()
}

const QUOTE = 'les ports de Dalian et Lushun'

describe('opening a link to a passage', () => {
  it('flashes the passage where the link left it, and says it was found', async () => {
    const outcome = await openPassageLink(linkTo(QUOTE), showing(seed))
    expect(outcome.kind).toBe('found')
    expect(flashed()).toBe(QUOTE)
  })

  it('finds the passage again after the text above it changed, flashes it, and says it moved', async () => {
    const link = linkTo(QUOTE)
    const edited = parseArticle(seedText.replace("Mao s'est rendu", "Mao Zedong, en décembre 1949, s'est rendu"), {
      id: ID,
      language: 'fr'
    })
    const outcome = await openPassageLink(link, showing(edited))
    expect(outcome.kind).toBe('moved')
    expect(flashed()).toBe(QUOTE)
  })

  it('says the passage is gone when its text was rewritten, and flashes nothing', async () => {
    const link = linkTo(QUOTE)
    const rewritten = parseArticle(seedText.replace(QUOTE, 'deux ports du Liaodong'), { id: ID, language: 'fr' })
    CSS.highlights.clear()
    const outcome = await openPassageLink(link, showing(rewritten))
    expect(outcome).toEqual({ kind: 'gone' })
    expect(flashed()).toBeUndefined()
  })

  it('refuses a link of another archive without opening anything', async () => {
    const opened: string[] = []
    const outcome = await openPassageLink({ ...linkTo(QUOTE), archiveId: 'f'.repeat(32) }, showing(seed, opened))
    expect(outcome).toEqual({ kind: 'refused', reason: 'other-archive' })
    expect(opened).toEqual([])
  })

  it('says so when this Folio has no such document', async () => {
    const outcome = await openPassageLink({ ...linkTo(QUOTE), documentId: 'inconnu' }, showing(seed))
    expect(outcome).toEqual({ kind: 'refused', reason: 'no-document' })
  })

  it('opens a link to a block (a bookmark’s) on that block', async () => {
    const block = seed.blocks.find((candidate) => candidate.text.startsWith('Après l'))!
    const outcome = await openPassageLink(
      { archiveId: ARCHIVE, documentId: ID, block: { id: block.id, offset: 0 } },
      showing(seed)
    )
    expect(outcome.kind).toBe('found')
    expect(document.activeElement?.getAttribute('data-block-id')).toBe(block.id)
  })
})
