// The window at every size and zoom, in Chromium with the built app: from a 720-pixel window to a 1920 one,
// and a 1280-pixel window at 200 % (640 CSS pixels: the harness emulates main's zoom, see launchFolio), on
// the seed and on an article with a long infobox. The text, the tabs and the header's buttons can be
// reached, no region covers another, nothing scrolls sideways; the drawers open and close by mouse and
// keyboard; the zoom keys zoom and the zoom is kept for the next start.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession, type WindowSize } from './harness/folio-page'

const SEED = /^Traité sino-soviétique/
const LONG_INFOBOX = 'Convention des Sept Vallées sur le partage des eaux de montagne'
const SIZES: { window: WindowSize; zoom: 1 | 2; name: string }[] = [
  { window: { width: 720, height: 600 }, zoom: 1, name: '720x600' },
  { window: { width: 900, height: 700 }, zoom: 1, name: '900x700' },
  { window: { width: 1024, height: 768 }, zoom: 1, name: '1024x768' },
  { window: { width: 1280, height: 800 }, zoom: 1, name: '1280x800' },
  { window: { width: 1920, height: 1080 }, zoom: 1, name: '1920x1080' },
  { window: { width: 1280, height: 800 }, zoom: 2, name: '1280x800-zoom200' }
]

/** Where `selector`'s element is drawn, in CSS pixels, and what is drawn at the centre of its visible part. */
function problems(page: Page) {
  return page.evaluate(() => {
    const found: string[] = []
    const box = (element: Element) => element.getBoundingClientRect()
    const shown = (element: Element | null): element is HTMLElement =>
      element instanceof HTMLElement &&
      getComputedStyle(element).visibility === 'visible' &&
      box(element).width > 0 &&
      box(element).height > 0
    const hitTestable = (element: Element, name: string) => {
      const rect = box(element)
      const left = Math.max(rect.left, 0)
      const right = Math.min(rect.right, innerWidth)
      const top = Math.max(rect.top, 0)
      const bottom = Math.min(rect.bottom, innerHeight)
      if (right <= left || bottom <= top) return found.push(`${name}: off screen`)
      const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2)
      if (!hit || !(hit === element || element.contains(hit)))
        found.push(`${name}: covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`)
    }
    // Nothing scrolls sideways: the page, nor any region inside it.
    const root = document.documentElement
    if (root.scrollWidth !== root.clientWidth)
      found.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    const regions: [string, Element | null][] = [
      ['header', document.querySelector('.app-header')],
      ['library', document.getElementById('library-drawer')],
      ['reader', document.querySelector('.reader-pane')],
      ['panel', document.getElementById('panel-drawer')],
      ['notice', document.querySelector('.notice-area')]
    ]
    const visible = regions.filter((region): region is [string, HTMLElement] => shown(region[1]))
    for (const scroller of ['.library-sidebar', '.panel-body']) {
      const element = document.querySelector(scroller)
      if (shown(element) && element.scrollWidth > element.clientWidth + 1) found.push(`${scroller} scrolls sideways`)
    }
    for (const [name, element] of visible) {
      if (element.scrollWidth > element.clientWidth + 1) found.push(`${name} scrolls sideways`)
      const rect = box(element)
      if (rect.left < -0.5 || rect.right > innerWidth + 0.5 || rect.bottom > innerHeight + 0.5)
        found.push(`${name} leaves the window`)
    }
    // No two regions overlap.
    for (const [i, [a, first]] of visible.entries()) {
      for (const [b, second] of visible.slice(i + 1)) {
        const r1 = box(first)
        const r2 = box(second)
        const width = Math.min(r1.right, r2.right) - Math.max(r1.left, r2.left)
        const height = Math.min(r1.bottom, r2.bottom) - Math.max(r1.top, r2.top)
        if (width > 0.5 && height > 0.5) found.push(`${a} overlaps ${b}`)
      }
    }
    // The reader is tall enough to read in, and keeps a readable measure (≥ 28 em: about 55 characters).
    const pane = document.querySelector('.reader-pane')!
    const header = box(document.querySelector('.app-header')!)
    if (box(pane).height < 0.6 * (innerHeight - header.height))
      found.push(`reader only ${Math.round(box(pane).height)} px tall`)
    const reader = document.querySelector<HTMLElement>('.reader')!
    const em = parseFloat(getComputedStyle(reader).fontSize)
    if (reader.clientWidth / em < 28) found.push(`reader measure only ${(reader.clientWidth / em).toFixed(1)} em`)
    // Every control of the header is whole and can be clicked.
    for (const control of document.querySelectorAll('.app-header button, .app-header input')) {
      if (!shown(control)) continue
      const rect = box(control)
      if (
        rect.left < header.left - 0.5 ||
        rect.right > header.right + 0.5 ||
        rect.top < header.top - 0.5 ||
        rect.bottom > header.bottom + 0.5
      )
        found.push(`header control cut off: ${control.textContent || control.outerHTML.slice(0, 60)}`)
      else hitTestable(control, `header control ${control.textContent ?? ''}`)
    }
    // The infobox's values are whole (none clipped) and the box stays in the reader.
    for (const value of document.querySelectorAll<HTMLElement>('.infobox dd')) {
      if (value.scrollWidth > value.clientWidth + 1) found.push(`infobox value clipped: ${value.textContent}`)
    }
    const infobox = document.querySelector('.infobox')
    if (infobox && box(infobox).right > box(pane).right + 0.5) found.push('infobox leaves the reader')
    // The article's heading (from the top) and its first paragraph (once scrolled to) can be clicked.
    pane.scrollTop = 0
    hitTestable(document.querySelector('.reader h1')!, 'heading')
    const paragraph = document.querySelector('.reader .paragraph')!
    paragraph.scrollIntoView({ block: 'center' })
    hitTestable(paragraph, 'first paragraph')
    pane.scrollTop = 0
    return found
  })
}

/** Whether each tab of the side panel can be clicked where it is drawn. */
function tabsHitTestable(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[role="tab"]')].map((tab) => {
      const rect = tab.getBoundingClientRect()
      const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2)
      return `${tab.textContent}: ${hit !== null && tab.contains(hit)}`
    })
  )
}

const cssWidth = (page: Page) => page.evaluate(() => innerWidth)

/** Waits until nothing moves any more (a drawer sliding out after a resize, a notice arriving). */
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'))

/** Sets the zoom with the keys (Ctrl+0, then Ctrl+plus until there), as the user would. */
async function zoomTo(page: Page, zoom: 1 | 2, window: WindowSize) {
  await page.locator('body').press('Control+0')
  await page.waitForFunction((width) => innerWidth === width, window.width)
  for (let step = 0; step < (zoom === 2 ? 5 : 0); step += 1) await page.locator('body').press('Control+=')
  await page.waitForFunction((width) => innerWidth === width, Math.round(window.width / zoom))
}

describe('the layout at every window size and zoom', () => {
  let folio: FolioSession
  const profile = mkdtempSync(join(tmpdir(), 'folio-layout-'))

  beforeAll(async () => {
    folio = await launchFolio({
      userDataDir: profile,
      windowSize: { width: 1280, height: 800 },
      openPath: () => join(repoRoot, 'tests/fixtures/articles/sept-vallees.txt')
    })
    const { page } = folio
    await page
      .getByRole('navigation', { name: 'Bibliothèque' })
      .getByRole('button', { name: 'Ajouter un document…' })
      .click()
    await page.getByRole('heading', { level: 1, name: LONG_INFOBOX }).waitFor()
  })
  afterAll(async () => {
    await folio.close()
    rmSync(profile, { recursive: true, force: true })
  })

  for (const article of [SEED, LONG_INFOBOX]) {
    describe(`on ${article === SEED ? 'the seed' : 'an article with a long infobox'}`, () => {
      beforeAll(async () => {
        const { page } = folio
        await folio.resizeWindow({ width: 1280, height: 800 })
        await zoomTo(page, 1, { width: 1280, height: 800 })
        await page
          .getByRole('navigation', { name: 'Bibliothèque' })
          .getByRole('button', { name: article, exact: typeof article === 'string' })
          .click()
        await page.getByRole('heading', { level: 1, name: article }).waitFor()
      })

      for (const size of SIZES) {
        it(`at ${size.name}: the text, the tabs and the header can be reached, nothing overlaps or scrolls sideways`, async () => {
          const { page } = folio
          await folio.resizeWindow(size.window)
          await zoomTo(page, size.zoom, size.window)
          await settled(page)
          await expect.poll(() => problems(page)).toEqual([])
          const panelToggle = page.getByRole('button', { name: 'Panneau' })
          const inDrawer = await panelToggle.isVisible()
          if (inDrawer) {
            await panelToggle.click()
            await settled(page)
          }
          await expect.poll(() => tabsHitTestable(page)).toEqual(['Fiches: true', 'Notes: true', 'Signets: true'])
          if (inDrawer) {
            await page.keyboard.press('Escape')
            await expect.poll(() => panelToggle.getAttribute('aria-expanded')).toBe('false')
            await settled(page)
          }
          const suffix = article === SEED ? '' : '-infobox'
          await folio.screenshot(join(repoRoot, `docs/screenshots/layout-${size.name}${suffix}.png`))
        })
      }
    })
  }
})

describe('the drawers and the zoom', () => {
  let folio: FolioSession
  const profile = mkdtempSync(join(tmpdir(), 'folio-drawers-'))
  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile, windowSize: { width: 720, height: 600 } })
  })
  afterAll(async () => {
    await folio.close()
    rmSync(profile, { recursive: true, force: true })
  })

  const drawerState = (page: Page, name: 'library' | 'panel') =>
    page.evaluate((id) => {
      const drawer = document.getElementById(id)!
      return {
        shown: getComputedStyle(drawer).visibility === 'visible',
        inert: drawer.inert,
        focusInside: drawer.contains(document.activeElement),
        toggleFocused: document.activeElement?.id === `${id}-toggle`
      }
    }, `${name}-drawer`)

  it('opens and closes the library by mouse: out of the tab order while closed', async () => {
    const { page } = folio
    const toggle = page.getByRole('button', { name: 'Bibliothèque' })
    expect(await toggle.getAttribute('aria-controls')).toBe('library-drawer')
    expect(await drawerState(page, 'library')).toMatchObject({ shown: false, inert: true })
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    await expect
      .poll(() => drawerState(page, 'library'))
      .toMatchObject({ shown: true, inert: false, focusInside: true })
    await settled(page)
    await folio.screenshot(join(repoRoot, 'docs/screenshots/layout-720x600-library-open.png'))
    // Its landmark is there, and its controls can be clicked over the reader.
    const library = page.getByRole('navigation', { name: 'Bibliothèque' })
    await library.getByRole('button', { name: 'Ajouter un document…' }).click({ trial: true })
    await toggle.click()
    await expect.poll(() => drawerState(page, 'library')).toMatchObject({ shown: false, inert: true })
    expect(await page.getByRole('navigation', { name: 'Bibliothèque' }).count()).toBe(0)
  })

  it('closes an open drawer on a click in the reader, and on picking a document (focus back on its toggle)', async () => {
    const { page } = folio
    const toggle = page.getByRole('button', { name: 'Bibliothèque' })
    await toggle.click()
    await expect.poll(() => drawerState(page, 'library')).toMatchObject({ shown: true })
    await page.mouse.click(700, 400)
    await expect.poll(() => drawerState(page, 'library')).toMatchObject({ shown: false, inert: true })
    await toggle.click()
    await page.getByRole('navigation', { name: 'Bibliothèque' }).getByRole('button', { name: SEED }).click()
    await expect.poll(() => drawerState(page, 'library')).toMatchObject({ shown: false, toggleFocused: true })
  })

  it('opens each drawer with its shortcut, and Escape closes it and gives the focus back to its toggle', async () => {
    const { page } = folio
    for (const [name, key] of [
      ['library', 'L'],
      ['panel', 'P']
    ] as const) {
      await page.locator('body').press(`Control+Shift+${key}`)
      await expect.poll(() => drawerState(page, name)).toMatchObject({ shown: true, inert: false, focusInside: true })
      await page.keyboard.press('Escape')
      await expect.poll(() => drawerState(page, name)).toMatchObject({ shown: false, inert: true, toggleFocused: true })
    }
    // The shortcuts are listed in the help.
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' })
    await expect(help.innerText()).resolves.toMatch(/Ctrl\+Maj\+L[\s\S]*Ctrl\+Maj\+P[\s\S]*Ctrl\+plus/)
    await page.keyboard.press('Escape')
  })

  it('opens the panel to show the card a "Voir la fiche" button points to', async () => {
    const { page } = folio
    await page.locator('.reader .to-card').first().click()
    await expect.poll(() => drawerState(page, 'panel')).toMatchObject({ shown: true, focusInside: true })
    await page.keyboard.press('Escape')
  })

  it('has no drawer when the window is wide: the toggles are gone and the shortcut goes to the region', async () => {
    const { page } = folio
    await folio.resizeWindow({ width: 1280, height: 800 })
    await expect.poll(() => page.getByRole('button', { name: 'Bibliothèque' }).isVisible()).toBe(false)
    await expect.poll(() => drawerState(page, 'library')).toMatchObject({ shown: true, inert: false })
    await page.locator('body').press('Control+Shift+P')
    await expect.poll(() => drawerState(page, 'panel')).toMatchObject({ shown: true, focusInside: true })
  })

  it('zooms with Ctrl+plus, Ctrl+minus and Ctrl+0, and opens at the zoom kept the next time', async () => {
    let { page } = folio
    for (let step = 0; step < 5; step += 1) await page.locator('body').press('Control+=')
    await expect.poll(() => page.evaluate(() => [innerWidth, devicePixelRatio])).toEqual([640, 2])
    await expect.poll(() => page.locator('.notice-area').textContent()).toContain('Zoom : 200 %')
    // At 640 CSS pixels, the panel is a drawer too.
    await expect.poll(() => page.getByRole('button', { name: 'Panneau' }).isVisible()).toBe(true)
    await page.locator('body').press('Control+-')
    await expect.poll(() => cssWidth(page)).toBe(Math.round(1280 / 1.75))
    await folio.close()
    folio = await launchFolio({ userDataDir: profile, windowSize: { width: 1280, height: 800 } })
    page = folio.page
    expect(await cssWidth(page)).toBe(Math.round(1280 / 1.75))
    await page.locator('body').press('Control+0')
    await expect.poll(() => cssWidth(page)).toBe(1280)
  })
})
