// The reader's article in real Chromium (React DOM): each block's element holds exactly the archive's
// text, and a reference or link bullet's "show card" button opens that bullet's own card; without an
// action (main's first screen) the buttons are there but disabled.

import { act } from 'react'
import { describe, expect, it } from 'vitest'
import seedText from '../../../resources/archive/000_fed214270135fa12.txt?raw'
import type { ArchiveDocumentEntry } from '../../../src/shared/archive/archive-types'
import { parseArticle } from '../../../src/shared/archive/parse-article'
import { readerMessages } from '../../../src/shared/i18n/reader-messages'
import { Article } from '../../../src/shared/reader/article'
import { reactRootPerTest } from '../react-root'

// React's act() outside a test framework it knows.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const entry: ArchiveDocumentEntry = {
  id: 'fed214270135fa12',
  origin: 'archive',
  file: '000_fed214270135fa12.txt',
  document: parseArticle(seedText, { id: 'fed214270135fa12', language: 'fr' }),
  notes: []
}
const words = readerMessages.fr

const view = reactRootPerTest()

const buttons = () => [...view.container.querySelectorAll<HTMLButtonElement>('button.to-card')]

describe('the reader’s article', () => {
  it('holds every block’s text exactly as the archive has it', () => {
    act(() => view.root.render(<Article entry={entry} words={words} onShowCard={() => undefined} />))
    for (const block of entry.document.blocks) {
      const element = view.container.querySelector(`[data-block-id="${block.id}"]`)
      expect(element?.textContent).toBe(block.text)
    }
  })

  it('opens the card of the bullet whose button is pressed', () => {
    const opened: string[] = []
    act(() => view.root.render(<Article entry={entry} words={words} onShowCard={(target) => opened.push(target)} />))
    const targets = entry.document.blocks.flatMap((block) =>
      block.kind === 'bullet' && (block.referenceId ?? block.linkId) ? [block.referenceId ?? block.linkId] : []
    )
    expect(targets.length).toBeGreaterThan(0)
    expect(buttons()).toHaveLength(targets.length)
    for (const button of buttons().reverse()) act(() => button.click())
    expect(opened).toEqual([...targets].reverse())
  })

  it('draws the buttons disabled when nothing can open a card yet', () => {
    act(() => view.root.render(<Article entry={entry} words={words} />))
    expect(buttons().length).toBeGreaterThan(0)
    expect(buttons().every((button) => button.disabled && button.textContent === words.showCard)).toBe(true)
  })
})
