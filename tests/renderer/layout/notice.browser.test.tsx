// The notice's undo in real Chromium (React DOM): "Annuler" puts a removal back and says so, but a late
// "rétablie" never covers a newer removal's offer to undo; a removal that went only part way is an error.

import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import '../../../src/renderer/src/i18n/i18n'
import { NoticeProvider, useNotice, type Notices } from '../../../src/renderer/src/layout/notice'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLDivElement
let root: Root
let notices: Notices

function Grab() {
  notices = useNotice()
  return null
}

/** An undo that settles when the test says so. */
function slowUndo() {
  let done!: () => void
  const settled = new Promise<void>((resolve) => (done = resolve))
  return { undo: () => settled, done }
}

const noticeText = () => container.querySelector('.notice-area')?.textContent ?? ''
const undoButton = () => container.querySelector<HTMLButtonElement>('.notice-action')

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  act(() =>
    root.render(
      <NoticeProvider>
        <Grab />
      </NoticeProvider>
    )
  )
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

describe('undo in the notice', () => {
  it('says the removal is back once the undo is written', async () => {
    const first = slowUndo()
    act(() => notices.offerUndo({ message: 'Annotation supprimée.', undo: first.undo, undone: 'Annotation rétablie.' }))
    expect(noticeText()).toContain('Annotation supprimée.')
    act(() => undoButton()!.click())
    await act(async () => first.done())
    expect(noticeText()).toContain('Annotation rétablie.')
  })

  it('keeps a newer removal’s "Annuler" on screen when an older undo finishes late', async () => {
    const first = slowUndo()
    act(() => notices.offerUndo({ message: 'Annotation supprimée.', undo: first.undo, undone: 'Annotation rétablie.' }))
    act(() => undoButton()!.click()) // the disk is slow: the undo is still being written...
    act(() => notices.offerUndo({ message: 'Signet supprimé.', undo: async () => {}, undone: 'Signet rétabli.' }))
    await act(async () => first.done()) // ...and finishes after the next removal was offered

    expect(noticeText()).toContain('Signet supprimé.')
    expect(noticeText()).not.toContain('Annotation rétablie.')
    act(() => undoButton()!.click())
    await act(async () => {})
    expect(noticeText()).toContain('Signet rétabli.')
  })

  it('offers a removal that went only part way as an error, which Ctrl+Z also takes back', async () => {
    let undone = 0
    act(() =>
      notices.offerUndo({
        message: 'Retiré, mais ses notes n’ont pas pu être supprimées.',
        kind: 'error',
        undo: async () => void (undone += 1),
        undone: 'De retour.'
      })
    )
    const area = container.querySelector('.notice-area')
    expect(area?.getAttribute('role')).toBe('alert')
    expect(container.querySelector('.notice.is-error')).not.toBeNull()
    expect(undoButton()?.textContent).toBe('Annuler')
    await act(async () => {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }))
    })
    expect(undone).toBe(1)
    expect(noticeText()).toContain('De retour.')
  })
})
