import { afterEach, describe, expect, it } from 'vitest'
import { blockOffsets } from '../../../src/shared/archive/document'
import { offsetsToRange, rangeToOffsets } from '../../../src/renderer/src/annotations/dom/text-position'

const doc = {
  blocks: [
    { id: 't', text: 'Titre - Title' },
    { id: 'f', text: 'Signé 14 février 1950\u00a0( 1950-02-14 )' },
    { id: 'p', text: 'Le traité ( chinois simplifié :中苏友好同盟互助条约; ) est signé.' }
  ]
}
const text = doc.blocks.map((b) => b.text).join('\n')

function render(): HTMLElement {
  const root = document.createElement('article')
  root.innerHTML = `
    <header data-block-id="t"><h1>Titre</h1><span> - </span><p>Title</p></header>
    <aside><div data-block-id="f"><dt>Signé</dt><dd> 14 février 1950\u00a0( <time>1950-02-14</time> )</dd></div></aside>
    <p data-block-id="p">Le traité ( chinois simplifié :中苏友好同盟互助条约; ) est signé.</p>
    <button>Voir la fiche</button>`
  document.body.append(root)
  return root
}
afterEach(() => document.body.replaceChildren())

describe('DOM ranges and document offsets', () => {
  it('round-trips every range of the text through the DOM', () => {
    const root = render()
    const starts = blockOffsets(doc)
    for (const [start, end] of [
      [0, 5],
      [8, 13],
      [14, 19],
      [20, 49],
      [60, 72],
      [3, 40],
      [35, text.length]
    ] as const) {
      const range = offsetsToRange(start, end, root, doc)!
      const back = rangeToOffsets(range, root, starts)!
      expect(back).toEqual({ start, end })
      const slice = text.slice(start, end)
      if (!slice.includes('\n')) expect(range.toString()).toBe(slice)
    }
  })

  it('measures a selection inside the Chinese title and across the non-breaking space', () => {
    const root = render()
    const starts = blockOffsets(doc)
    const p = root.querySelector('[data-block-id="p"]')!.firstChild as Text
    const range = document.createRange()
    range.setStart(p, p.data.indexOf('中苏'))
    range.setEnd(p, p.data.indexOf('条约') + 2)
    const offsets = rangeToOffsets(range, root, starts)!
    expect(text.slice(offsets.start, offsets.end)).toBe('中苏友好同盟互助条约')
    const f = root.querySelector('dd')!.firstChild as Text
    range.setStart(f, f.data.indexOf('1950'))
    range.setEnd(root.querySelector('time')!.firstChild!, 4)
    const across = rangeToOffsets(range, root, starts)!
    expect(text.slice(across.start, across.end)).toBe('1950\u00a0( 1950')
  })

  it('snaps a selection that ends on a button outside the text to the last block', () => {
    const root = render()
    const range = document.createRange()
    range.setStart(root.querySelector('[data-block-id="p"]')!.firstChild as Text, 3)
    range.setEnd(root.querySelector('button')!.firstChild!, 4)
    const offsets = rangeToOffsets(range, root, blockOffsets(doc))!
    expect(text.slice(offsets.start, offsets.end)).toBe(
      'traité ( chinois simplifié :中苏友好同盟互助条约; ) est signé.'
    )
  })

  it('finds nothing for a selection outside every block', () => {
    const root = render()
    const range = document.createRange()
    range.selectNodeContents(root.querySelector('button')!)
    expect(rangeToOffsets(range, root, blockOffsets(doc))).toBeNull()
  })
})
