// Main's first screen, in Chromium with the built renderer: the article arrives inside the page, in the
// user's theme, with their highlights painted and their reading position restored before the app's own
// code has even loaded; then the app takes over without anything moving. The app's chunk is held back
// (launchFolio's `holdApp`) to look at the first screen alone.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { appTookOver, launchFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

/** What is on screen: the heading's box, each painted highlight's first box, the reader's scroll. */
function layout(page: Page) {
  return page.evaluate(() => {
    const visible = document.getElementById('first-screen') ?? document.getElementById('root')
    const box = (rect: DOMRect) => [
      Math.round(rect.x),
      Math.round(rect.y),
      Math.round(rect.width),
      Math.round(rect.height)
    ]
    const highlights = [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('folio-'))
      .flatMap(([name, highlight]) =>
        [...highlight].map(
          (range) => `${name}: ${(range as Range).toString()} @ ${box((range as Range).getClientRects()[0]!)}`
        )
      )
      .sort()
    return {
      heading: box(visible!.querySelector('h1')!.getBoundingClientRect()),
      highlights,
      scrollTop: visible!.querySelector('.reader-pane')!.scrollTop,
      theme: document.documentElement.dataset.theme,
      fontSize: getComputedStyle(visible!.querySelector('.reader')!).fontSize
    }
  })
}

/** The reader's DOM as comparable text: tags, sorted attributes, text; `disabled` left out (the first screen's buttons wait for the app). */
function canonicalReaders(page: Page) {
  return page.evaluate(async () => {
    const canon = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data
      if (!(node instanceof Element)) return ''
      const attributes = [...node.attributes]
        .filter((a) => a.name !== 'disabled')
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ')
      return `<${node.localName} ${attributes}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`
    }
    const served = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html')
    return {
      firstScreen: canon(served.querySelector('#first-screen .reader')!),
      app: canon(document.querySelector('#root .reader')!)
    }
  })
}

/** Notes the first frame that shows highlights on the first screen: how far the reader was scrolled then. */
const FIRST_FRAME_PROBE = `(() => {
  const check = () => {
    const screen = document.getElementById('first-screen')
    const painted = [...CSS.highlights.keys()].some((name) => name.startsWith('folio-'))
    if (screen && painted) window.__firstFrame = { scrollTop: screen.querySelector('.reader-pane').scrollTop }
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`

describe('the first screen', () => {
  let profile: string
  let saved: Awaited<ReturnType<typeof layout>>

  beforeAll(async () => {
    // A reader's earlier session: two highlights, the dark theme, and a place in the article.
    profile = mkdtempSync(join(tmpdir(), 'folio-first-screen-'))
    const earlier = await launchFolio({ userDataDir: profile })
    try {
      const { page } = earlier
      const toolbar = page.getByRole('toolbar', { name: 'Annoter la sélection' })
      await selectText(page, "Mao s'est rendu en Union soviétique")
      await toolbar.getByRole('button', { name: 'Surligner en jaune' }).click()
      await selectText(page, "Le traité sino-soviétique d'amitié")
      await toolbar.getByRole('button', { name: 'Surligner en vert' }).click()
      await page.getByRole('button', { name: 'Affichage' }).click()
      await page.getByRole('combobox', { name: 'Thème' }).selectOption('dark')
      await page.getByRole('slider', { name: /Taille du texte/ }).fill('21')
      await page.keyboard.press('Escape')
      // Read on a little: the highlighted paragraph (Mao's journey) near the top of the pane.
      await page.locator('.reader-pane').evaluate((pane) => {
        const paragraph = [...document.querySelectorAll<HTMLElement>('.reader .paragraph')].find((p) =>
          p.textContent?.includes("Mao s'est rendu")
        )!
        pane.scrollTop += paragraph.getBoundingClientRect().top - pane.getBoundingClientRect().top - 120
      })
      await page.waitForTimeout(700)
      // Each highlight is painted once its write is read back by the live query and anchored: wait for both.
      await page.waitForFunction(
        () =>
          [...CSS.highlights]
            .filter(([name]) => name.startsWith('folio-'))
            .reduce((sum, [, highlight]) => sum + highlight.size, 0) === 2
      )
      saved = await layout(page)
      expect(saved.highlights).toHaveLength(2)
      expect(saved.scrollTop).toBeGreaterThan(200)
    } finally {
      await earlier.close()
    }
  })
  afterAll(() => rmSync(profile, { recursive: true, force: true }))

  describe('before the app’s code has loaded', () => {
    let folio: FolioSession
    let release: () => void = () => undefined
    beforeAll(async () => {
      folio = await launchFolio({
        userDataDir: profile,
        keepFirstScreen: true,
        holdApp: new Promise<void>((resolve) => (release = resolve)),
        initScripts: [FIRST_FRAME_PROBE]
      })
    })
    afterAll(async () => {
      release()
      await folio.close()
    })

    it('shows the article in the user’s theme, with their highlights, where they left off', async () => {
      const { page } = folio
      // The first frame with highlights (from the first-screen cache) is already where the reader left off.
      await page.waitForFunction(() => '__firstFrame' in window)
      const firstFrame = await page.evaluate(
        () => (window as unknown as { __firstFrame: { scrollTop: number } }).__firstFrame
      )
      expect(Math.abs(firstFrame.scrollTop - saved.scrollTop)).toBeLessThan(40)
      // Then IndexedDB confirms both.
      await expect.poll(async () => (await layout(page)).highlights.length).toBe(2)
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
      const first = await layout(page)
      expect(await page.evaluate(() => document.getElementById('root')?.childElementCount)).toBe(0)
      expect(first.theme).toBe('dark')
      expect(first.fontSize).toBe('21px')
      expect(Math.abs(first.scrollTop - saved.scrollTop)).toBeLessThan(40)
      expect(first.highlights.map((line) => line.replace(/ @.*/, ''))).toEqual(
        saved.highlights.map((line) => line.replace(/ @.*/, ''))
      )
      await page.screenshot({ path: join(repoRoot, 'docs/screenshots/first-screen.png') })
    })

    it('gives way to the app without moving the text or losing a highlight', async () => {
      const { page } = folio
      const before = await layout(page)
      release()
      await appTookOver(page)
      const after = await layout(page)
      expect(after).toEqual(before)
      // The app is the one on screen now, and it works: its notes panel lists both highlights.
      await page.getByRole('tab', { name: 'Notes' }).click()
      await expect.poll(() => page.locator('.annotation-card').count()).toBe(2)
      expect(folio.pageErrors).toEqual([])
    })

    it('draws the article exactly as the app does', async () => {
      const { firstScreen, app } = await canonicalReaders(folio.page)
      expect(firstScreen.length).toBeGreaterThan(5_000)
      expect(firstScreen).toBe(app)
    })
  })

  it('needs no file for its first frame: the page alone shows the article, the highlights and the place', async () => {
    // Every file the page asks for (the boot script, the app) held back: what shows is the page main
    // served, its inline stylesheet and its inline first-frame script, painting from the cache.
    let release: () => void = () => undefined
    const folio = await launchFolio({
      userDataDir: profile,
      keepFirstScreen: true,
      holdFiles: new Promise<void>((resolve) => (release = resolve)),
      initScripts: [FIRST_FRAME_PROBE]
    })
    try {
      const { page } = folio
      await page.waitForFunction(() => '__firstFrame' in window)
      const firstFrame = await page.evaluate(
        () => (window as unknown as { __firstFrame: { scrollTop: number } }).__firstFrame
      )
      expect(Math.abs(firstFrame.scrollTop - saved.scrollTop)).toBeLessThan(40)
      const shown = await layout(page)
      expect(shown.theme).toBe('dark')
      expect(shown.fontSize).toBe('21px')
      expect(shown.highlights.map((line) => line.replace(/ @.*/, ''))).toEqual(
        saved.highlights.map((line) => line.replace(/ @.*/, ''))
      )
      // One stylesheet, in the page; the boot script does not hold the first frame back.
      const served = await page.evaluate(() => ({
        stylesheets: [...document.styleSheets].map((sheet) => sheet.ownerNode?.nodeName),
        bootBlocksRendering: document.querySelector('script[type="module"]')?.hasAttribute('blocking') ?? null
      }))
      expect(served).toEqual({ stylesheets: ['STYLE'], bootBlocksRendering: false })
      await page.screenshot({ path: join(repoRoot, 'docs/screenshots/first-frame.png') })
      // Then the files arrive and the app starts as usual, under the same CSP, with no error.
      release()
      await appTookOver(page)
      expect((await layout(page)).highlights).toHaveLength(2)
      expect(folio.pageErrors).toEqual([])
    } finally {
      release()
      await folio.close()
    }
  })

  it('paints the first frame from its cache even when IndexedDB does not answer at first', async () => {
    // The boot script's own read of IndexedDB fails; what it shows then comes from the cache alone.
    const failFirstOpen = `(() => {
      const open = IDBFactory.prototype.open
      let failed = false
      IDBFactory.prototype.open = function (name, version) {
        if (!failed && name === 'folio') { failed = true; throw new DOMException('unavailable', 'UnknownError') }
        return open.call(this, name, version)
      }
    })()`
    let release: () => void = () => undefined
    const folio = await launchFolio({
      userDataDir: profile,
      keepFirstScreen: true,
      holdApp: new Promise<void>((resolve) => (release = resolve)),
      initScripts: [failFirstOpen]
    })
    try {
      const shown = await layout(folio.page)
      expect(shown.highlights.map((line) => line.replace(/ @.*/, ''))).toEqual(
        saved.highlights.map((line) => line.replace(/ @.*/, ''))
      )
      expect(Math.abs(shown.scrollTop - saved.scrollTop)).toBeLessThan(40)
      // The app, which opens the database itself, still starts; it takes over only once it has read and
      // anchored them, so they never vanish in between.
      release()
      await appTookOver(folio.page)
      expect((await layout(folio.page)).highlights).toHaveLength(2)
    } finally {
      release()
      await folio.close()
    }
  })
})
