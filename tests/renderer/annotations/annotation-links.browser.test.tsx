// Links between annotations on their cards, in real Chromium IndexedDB: "Relier à…" finds the other annotation by
// its text (accents and case folded), saves "contredit"; both cards show the link, each from its own end, after the
// database is opened again; a click follows it; deleting one end takes the links away and its undo brings them back.

import { act } from 'react'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AnnotationLinks } from '../../../src/renderer/src/annotations/annotation-links'
import type { Annotation } from '../../../src/renderer/src/db/annotation'
import { deleteAnnotation, restoreAnnotation } from '../../../src/renderer/src/db/annotations-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import i18next from '../../../src/renderer/src/i18n/i18n'
import { NoticeProvider } from '../../../src/renderer/src/layout/notice'
import { PassageLinkContext } from '../../../src/renderer/src/links/open-passage-link'
import type { PassageLink } from '../../../src/shared/links/passage-link'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const name = `annotation-links-${crypto.randomUUID()}`
let database = new FolioDb(name)
const document = { id: 'doc-t', title: 'Traité sino-soviétique' }

function annotation(id: string, documentId: string, exact: string, note = ''): Annotation {
  return {
    id,
    documentId,
    target: {
      blockId: 'b-para',
      blockOffset: 0,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 40, end: 40 + exact.length }
      }
    },
    color: 'yellow',
    note,
    tags: [],
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-01T10:00:00.000Z'
  }
}

const signed = annotation('a-signed', 'doc-t', 'Le traité fut signé le 14 février 1950')
const denied = annotation('a-denied', 'u-0123456789abcdef', 'Il ne fut jamais ratifié à Pékin', 'Témoin douteux')
const other = annotation('a-other', 'doc-t', 'Une autre phrase sans rapport')
const followed: PassageLink[] = []
const test = reactRootPerTest()

beforeAll(async () => {
  await i18next.changeLanguage('fr')
  await database.annotations.bulkAdd([signed, denied, other])
})

afterAll(async () => {
  database.close()
  await database.delete()
})

async function until(check: () => boolean, what: string) {
  const deadline = Date.now() + 10_000
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
}

function render() {
  act(() =>
    test.root.render(
      <NoticeProvider>
        <PassageLinkContext.Provider value={(link) => followed.push(link)}>
          {[signed, denied].map((shown) => (
            <section key={shown.id} data-card={shown.id}>
              <AnnotationLinks annotation={shown} document={document} database={database} />
            </section>
          ))}
        </PassageLinkContext.Provider>
      </NoticeProvider>
    )
  )
}

const card = (id: string) => test.container.querySelector<HTMLElement>(`[data-card="${id}"]`)!
const linksOf = (id: string) => [...card(id).querySelectorAll<HTMLElement>('li.annotation-link')]
const button = (within: HTMLElement, words: string) =>
  [...within.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === words)!

function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
  act(() => {
    setter.call(input, value)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

describe('links between annotations on their cards', () => {
  it('links two annotations, shows the link both ways after a reopen, follows it, and survives delete with undo', async () => {
    render()
    await until(() => !!card(signed.id).querySelector('button'), 'the cards')
    act(() => button(card(signed.id), 'Relier à…').click())
    const picker = card(signed.id).querySelector<HTMLFormElement>('form.annotation-link-picker')!
    expect(picker).not.toBeNull()
    // Folded like search: no accent, another case, and the annotation itself is never offered.
    type(picker.querySelector<HTMLInputElement>('input[type="search"]')!, 'RATIFIE A PEKIN')
    await until(() => picker.querySelectorAll('.link-candidate').length === 1, 'one candidate')
    const candidate = picker.querySelector<HTMLLabelElement>('.link-candidate')!
    expect(candidate.textContent).toContain('Il ne fut jamais ratifié à Pékin')
    act(() => candidate.querySelector('input')!.click())
    const contradicts = [...picker.querySelectorAll('label')].find(
      (label) => label.textContent?.trim() === 'contredit'
    )!
    act(() => contradicts.querySelector('input')!.click())
    act(() => button(picker, 'Relier').click())
    await until(() => linksOf(signed.id).length === 1 && linksOf(denied.id).length === 1, 'the link on both cards')

    // Opened again, as after a restart: the link is read back from IndexedDB.
    act(() => test.root.render(<></>))
    database.close()
    database = new FolioDb(name)
    render()
    await until(() => linksOf(signed.id).length === 1 && linksOf(denied.id).length === 1, 'the link after a reopen')
    expect(linksOf(signed.id)[0]!.textContent).toContain('contredit → « Il ne fut jamais ratifié à Pékin »')
    expect(linksOf(denied.id)[0]!.textContent).toContain(
      '← contredit par « Le traité fut signé le 14 février 1950 » (Traité sino-soviétique)'
    )

    act(() => linksOf(signed.id)[0]!.querySelector<HTMLButtonElement>('.annotation-link-follow')!.click())
    expect(followed.map((link) => [link.documentId, link.annotationId])).toEqual([['u-0123456789abcdef', denied.id]])

    const deleted = await deleteAnnotation(denied.id, database)
    await until(() => linksOf(signed.id).length === 0, 'the link gone with the annotation')
    await restoreAnnotation(deleted!, database)
    await until(() => linksOf(signed.id).length === 1 && linksOf(denied.id).length === 1, 'the link back by undo')
  })

  it('shows a relation of the user’s own as text, and a link whose other end is gone as such', async () => {
    render()
    await until(() => !!card(denied.id).querySelector('button'), 'the cards')
    act(() => button(card(denied.id), 'Relier à…').click())
    const picker = card(denied.id).querySelector<HTMLFormElement>('form.annotation-link-picker')!
    type(picker.querySelector<HTMLInputElement>('input[type="search"]')!, 'autre phrase')
    await until(() => picker.querySelectorAll('.link-candidate').length === 1, 'the candidate')
    act(() => picker.querySelector<HTMLInputElement>('.link-candidate input')!.click())
    const own = [...picker.querySelectorAll('label')].find((label) => label.textContent?.trim() === 'autre…')!
    act(() => own.querySelector('input')!.click())
    type(picker.querySelector<HTMLInputElement>('input[type="text"]')!, '<img src=x onerror=alert(1)> nuance')
    act(() => button(picker, 'Relier').click())
    await until(() => linksOf(denied.id).length === 2, 'the second link')
    const mine = linksOf(denied.id).find((item) => item.textContent?.includes('nuance'))!
    expect(mine.textContent).toContain('<img src=x onerror=alert(1)> nuance →')
    expect(mine.querySelector('img')).toBeNull()

    // The other end deleted by an import or a restore (not through the store): the link stays, shown as orphaned.
    await database.annotations.delete(other.id)
    await until(() => !!mine.isConnected && !!card(denied.id).querySelector('.annotation-link-gone'), 'the orphan')
    expect(card(denied.id).querySelector('.annotation-link.is-gone')!.textContent).toContain('annotation supprimée')
  })
})
