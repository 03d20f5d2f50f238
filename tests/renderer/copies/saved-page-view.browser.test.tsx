// A saved page in real Chromium: the bar's words for what main blocked, a frame that never runs scripts, and the
// page's web links handed to the confirmed opener instead of moving the frame.

import { act } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import i18next from '../../../src/renderer/src/i18n/i18n'
import {
  blockedOfHeader,
  openSavedPageLink,
  SavedPageView,
  savedPageBarText
} from '../../../src/renderer/src/copies/saved-page-view'
import { savedPageFr } from '../../../src/renderer/src/i18n/locales/fr/saved-page'
import { BLOCKED_HEADER } from '../../../src/shared/copies/copy-url'
import type { FolioApi } from '../../../src/shared/ipc/contract'
import { reactRootPerTest } from '../react-root'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const view = reactRootPerTest()
// The catalog, as locales/fr.ts registers it (kept here too until it does: the test reads the same words).
i18next.addResourceBundle('fr', 'translation', { savedPage: savedPageFr }, true, false)
const t = i18next.getFixedT('fr')
const COPY = 'c-0123456789abcdef'

afterEach(() => {
  vi.restoreAllMocks()
  delete (window as { folio?: FolioApi }).folio
})

describe('the bar above a saved page', () => {
  it('says how many remote resources main blocked, in the plural when there are several', () => {
    expect(savedPageBarText(t, { kind: 'counted', blocked: 3 })).toBe(
      '3 ressources distantes bloquées : cette page est lue hors ligne, sans script.'
    )
    expect(savedPageBarText(t, { kind: 'counted', blocked: 1 })).toBe(
      '1 ressource distante bloquée : cette page est lue hors ligne, sans script.'
    )
  })

  it('says only that the page is read offline when nothing was blocked or main gave no count', () => {
    expect(savedPageBarText(t, { kind: 'counted', blocked: 0 })).toBe('Page lue hors ligne, sans script.')
    expect(savedPageBarText(t, { kind: 'counted', blocked: null })).toBe('Page lue hors ligne, sans script.')
    expect(savedPageBarText(t, { kind: 'failed', status: 404 })).toContain('n’a pas pu être lue (réponse 404)')
  })

  it('reads the count from main’s header, and nothing from a header that is no count', () => {
    expect(blockedOfHeader('12')).toBe(12)
    expect(blockedOfHeader(null)).toBeNull()
    expect(blockedOfHeader('douze')).toBeNull()
    expect(blockedOfHeader('-1')).toBeNull()
  })
})

describe('a link of the saved page', () => {
  it('goes to the opener, and the document does not follow it', () => {
    const doc = document.implementation.createHTMLDocument('page')
    doc.body.innerHTML =
      '<p>Voir <a data-folio-href="https://example.org/x"><em>la source</em></a>, ou <b>rien</b>.</p>'
    const opened: string[] = []
    const click = (selector: string) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true })
      doc.querySelector(selector)!.dispatchEvent(event)
      return event
    }
    doc.addEventListener('click', (event) => openSavedPageLink(event, (url) => opened.push(url)))
    expect(click('em').defaultPrevented).toBe(true)
    expect(click('b').defaultPrevented).toBe(false)
    expect(opened).toEqual(['https://example.org/x'])
  })
})

describe('the saved page view', () => {
  it('shows main’s count, frames the copy without scripts, and opens a clicked link through window.folio', async () => {
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('', { headers: { [BLOCKED_HEADER]: '3' } }))
    const openExternal = vi.fn(() => Promise.resolve({ ok: true as const }))
    ;(window as { folio?: Partial<FolioApi> }).folio = { openExternal }
    let frameDocument: Document | null = null
    const loaded = new Promise<Document>((resolve) => {
      act(() =>
        view.root.render(
          <SavedPageView
            copyId={COPY}
            title="Une page enregistrée"
            onFrameDocument={(doc) => {
              frameDocument = doc
              if (doc) resolve(doc)
            }}
          />
        )
      )
    })
    const frame = view.container.querySelector('iframe')!
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin')
    expect(frame.sandbox.contains('allow-scripts')).toBe(false)
    expect(frame.getAttribute('src')).toBe(`/copies/${COPY}`)
    expect(frame.title).toBe('Une page enregistrée')
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    await vi.waitFor(() =>
      expect(view.container.querySelector('.saved-page-bar')?.textContent).toBe(
        '3 ressources distantes bloquées : cette page est lue hors ligne, sans script.'
      )
    )

    // The test server answers the copy's path with a page of its own: the link is put into the framed document.
    const doc = await loaded
    expect(doc).toBe(frame.contentDocument)
    const link = doc.createElement('a')
    link.setAttribute('data-folio-href', 'https://example.org/article')
    link.textContent = 'la source'
    doc.body.append(link)
    const event = new MouseEvent('click', { bubbles: true, cancelable: true })
    link.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(openExternal).toHaveBeenCalledWith('https://example.org/article')

    act(() => view.root.render(<></>))
    expect(frameDocument).toBeNull()
  })
})
