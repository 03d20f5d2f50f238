import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { archiveWithEditedSeed, copyOfArchive, repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession, reloadFolio } from './harness/folio-page'
import { selectText } from './harness/select-text'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The annotation card whose quote starts with `quote`. */
const card = (page: Page, quote: string) =>
  page.locator('.annotation-card', { has: page.locator('blockquote', { hasText: new RegExp(`^${escape(quote)}`) }) })
const notesTab = (page: Page) => page.getByRole('tab', { name: 'Notes' })
/** The notice at the bottom of the window (always there; its message comes and goes). */
const notice = (page: Page) => page.locator('.notice-area')

/** Texts painted by each CSS highlight (the Custom Highlight API has no DOM elements to query). */
async function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {}
    for (const [name, highlight] of CSS.highlights) out[name] = [...highlight].map((range) => range.toString())
    return out
  })
}

async function highlight(page: Page, from: string, to: string, color: string) {
  await selectText(page, from, to)
  await page
    .getByRole('toolbar', { name: 'Annoter la sélection' })
    .getByRole('button', { name: `Surligner en ${color}` })
    .click()
}

describe('annotating passages in Chromium', () => {
  let folio: FolioSession
  let profile: string
  const archive = copyOfArchive()

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
    folio = await launchFolio({ userDataDir: profile, archiveDir: archive })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio.close()
    rmSync(profile, { recursive: true, force: true })
    rmSync(archive, { recursive: true, force: true })
  })

  it('highlights a passage selected with the mouse, and writes a note with tags', async () => {
    const { page } = folio
    await selectText(page, "Mao s'est rendu en Union soviétique")
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor
      .getByRole('textbox', { name: 'Note (Markdown)' })
      .fill('Le **seul** voyage de Mao hors de Chine avec Staline.')
    const tagBox = editor.getByRole('combobox', { name: 'Ajouter une étiquette' })
    await tagBox.fill('voyage')
    await tagBox.press('Enter')
    await tagBox.fill('Mao,')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    const saved = card(page, "Mao s'est rendu en Union soviétique")
    await expect.poll(() => saved.locator('strong').textContent()).toBe('seul')
    await expect(saved.locator('.tag').allTextContents()).resolves.toEqual(['voyage', 'Mao'])
    await expect
      .poll(async () => (await painted(page))['folio-yellow'])
      .toEqual(["Mao s'est rendu en Union soviétique"])
  })

  it('highlights across paragraphs, in the Chinese title and in the infobox, in other colours', async () => {
    const { page } = folio
    await highlight(page, 'chinois simplifié :中苏友好', '同盟互助条约', 'vert')
    await highlight(page, '16 février 1979', '1979-02-16 )', 'bleu')
    await highlight(page, 'la reconnaissance de la République de Chine .', "Mao s'est rendu", 'rose')
    await expect.poll(async () => Object.values(await painted(page)).flat().length).toBe(4)
    const colours = await painted(page)
    expect(colours['folio-green']).toEqual(['chinois simplifié :中苏友好同盟互助条约'])
    expect(colours['folio-blue']).toEqual(['16 février 1979\u00a0( 1979-02-16 )'])
    expect(colours['folio-pink']).toEqual(["la reconnaissance de la République de Chine .Mao s'est rendu"])
  })

  it('paints a highlight inside another one (overlap)', async () => {
    const { page } = folio
    await highlight(page, 'rendu en Union', 'rendu en Union', 'violet')
    await expect.poll(async () => (await painted(page))['folio-purple']).toHaveLength(1)
    const colours = await painted(page)
    expect(colours['folio-purple']).toEqual(['rendu en Union'])
    expect(colours['folio-yellow']).toEqual(["Mao s'est rendu en Union soviétique"])
  })

  it('lists annotations in reading order in the notes panel', async () => {
    const { page } = folio
    await notesTab(page).click()
    // allTextContents() does not wait for the panel, and the order follows anchors computed asynchronously.
    const quotes = () => page.locator('.notes-panel .annotation-card blockquote').allTextContents()
    await expect
      .poll(async () => (await quotes()).map((quote) => quote.slice(0, 20)))
      .toEqual([
        '16 février 1979\u00a0( 19',
        'chinois simplifié :中',
        'la reconnaissance de',
        "Mao s'est rendu en U",
        'rendu en Union'
      ])
  })

  it('keeps highlights and notes after a reload', async () => {
    const { page } = folio
    await reloadFolio(page)
    await expect.poll(async () => Object.values(await painted(page)).flat().length).toBe(5)
    await notesTab(page).click()
    await expect.poll(() => card(page, "Mao s'est rendu").innerText()).toContain('Le seul voyage de Mao')
  })

  it('opens a highlight by clicking it, changes its colour and edits its note', async () => {
    const { page } = folio
    await notesTab(page).click()
    await selectText(page, 'Mandchourie')
    // The app takes the selection from a selectionchange event, a task after the mouse is released: the
    // shortcut does nothing until then. Its toolbar shows once it has it.
    await page.getByRole('toolbar', { name: 'Annoter la sélection' }).waitFor()
    await page.keyboard.press('Control+Shift+H')
    // The shortcut uses the last colour chosen in this session (yellow after the reload).
    await expect.poll(async () => (await painted(page))['folio-yellow']).toContain('Mandchourie')
    await page.mouse.click(1, 1)
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('folio-yellow')!].find((r) => r.toString() === 'Mandchourie') as Range
      const rect = range.getBoundingClientRect()
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
    })
    await page.mouse.click(box.x, box.y)
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('radio', { name: 'orange' }).check()
    await editor.getByRole('textbox').fill('Province du nord-est.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => card(page, 'Mandchourie').innerText()).toContain('Province du nord-est.')
    await expect.poll(async () => (await painted(page))['folio-orange']).toEqual(['Mandchourie'])
  })

  it('deletes an annotation and undoes it with the notice and with Ctrl+Z', async () => {
    const { page } = folio
    await card(page, 'Mandchourie').getByRole('button', { name: 'Supprimer' }).click()
    await expect.poll(() => card(page, 'Mandchourie').count()).toBe(0)
    await page.getByRole('status').getByRole('button', { name: 'Annuler' }).click()
    await expect.poll(() => card(page, 'Mandchourie').innerText()).toContain('Province du nord-est.')
    // The notices come after the writes, apart from the card's live query: each undo is done (its notice says
    // so) before the next deletion, and each deletion is offered for undo (its notice) before Ctrl+Z.
    await expect.poll(() => notice(page).textContent()).toContain('Annotation rétablie.')
    await card(page, 'Mandchourie').getByRole('button', { name: 'Supprimer' }).click()
    await expect.poll(() => card(page, 'Mandchourie').count()).toBe(0)
    await expect.poll(() => notice(page).textContent()).toContain('Annotation supprimée.')
    await page.locator('body').press('Control+z')
    await expect.poll(() => card(page, 'Mandchourie').innerText()).toContain('Province du nord-est.')
    await expect.poll(() => notice(page).textContent()).toContain('Annotation rétablie.')

    // An undo that cannot be written (disk full) says so and can be tried again: nothing is lost.
    await card(page, 'Mandchourie').getByRole('button', { name: 'Supprimer' }).click()
    await expect.poll(() => card(page, 'Mandchourie').count()).toBe(0)
    await expect.poll(() => notice(page).textContent()).toContain('Annotation supprimée.')
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put
      Object.assign(window, { __restorePut: () => (IDBObjectStore.prototype.put = original) })
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await page.locator('body').press('Control+z')
    const alert = page.getByRole('alert').filter({ hasText: 'Rien n’a été rétabli : espace disque insuffisant.' })
    await expect.poll(() => alert.count()).toBe(1)
    expect(await card(page, 'Mandchourie').count()).toBe(0)
    await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut())
    await alert.getByRole('button', { name: 'Annuler' }).click()
    await expect.poll(() => card(page, 'Mandchourie').innerText()).toContain('Province du nord-est.')
  })

  it('shows hostile HTML in a note as text and never runs it', async () => {
    const { page } = folio
    const hostile =
      '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> [lien](javascript:window.__pwned=3)'
    await card(page, 'rendu en Union').getByRole('button', { name: 'Modifier' }).click()
    await page.getByRole('form').getByRole('textbox', { name: 'Note (Markdown)' }).fill(hostile)
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    const shown = card(page, 'rendu en Union').locator('.note-markdown')
    await expect.poll(() => shown.innerText()).toContain('<img src=x onerror="window.__pwned=1">')
    await shown.getByText('lien').click()
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
    expect(await shown.locator('img, script').count()).toBe(0)
    expect(folio.opened).toEqual([])
  })

  it('refuses a note over 100,000 characters with a message and keeps the text', async () => {
    const { page } = folio
    const target = card(page, '16 février 1979')
    await target.getByRole('button', { name: 'Modifier' }).click()
    const long = 'é'.repeat(100_001)
    await page.getByRole('form').getByRole('textbox').fill(long)
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    await expect(page.getByRole('form').getByRole('alert').textContent()).resolves.toContain('la limite est de 100')
    expect((await page.getByRole('form').getByRole('textbox').inputValue()).length).toBe(100_001)
    await page.getByRole('form').getByRole('textbox').fill('é'.repeat(100_000))
    await page.getByRole('form').getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => page.getByRole('form').count()).toBe(0)
  })

  it('keeps the typed note and explains when the disk is full', async () => {
    const { page } = folio
    await card(page, 'chinois simplifié').getByRole('button', { name: 'Modifier' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox').fill('Une note importante à ne pas perdre.')
    await page.evaluate(() => {
      const original = IDBObjectStore.prototype.put
      Object.assign(window, { __restorePut: () => (IDBObjectStore.prototype.put = original) })
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
    })
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain('Espace disque insuffisant')
    expect(await editor.getByRole('textbox').inputValue()).toBe('Une note importante à ne pas perdre.')
    await page.evaluate(() => (window as unknown as { __restorePut: () => void }).__restorePut())
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect
      .poll(() => card(page, 'chinois simplifié').innerText())
      .toContain('Une note importante à ne pas perdre.')
  })

  it('shows changes made in a second window on the same profile', async () => {
    const second = await folio.newPage()
    await second.getByRole('heading', { level: 1 }).waitFor()
    await highlight(second, 'Liu Shaoqi', 'Liu Shaoqi', 'jaune')
    await expect.poll(async () => (await painted(folio.page))['folio-yellow']).toContain('Liu Shaoqi')
    await notesTab(second).click()
    await card(second, 'Liu Shaoqi').getByRole('button', { name: 'Supprimer' }).click()
    await expect.poll(async () => (await painted(folio.page))['folio-yellow']).not.toContain('Liu Shaoqi')
    await second.close()
  })

  it('screenshots the reader with highlights and the notes panel', async () => {
    const { page } = folio
    await page.setViewportSize({ width: 1440, height: 1000 })
    await notesTab(page).click()
    await page.locator('.reader-pane').evaluate((pane) => pane.scrollTo(0, 0))
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/annotations.png') })
    expect(folio.pageErrors).toEqual([])
    expect(folio.externalRequests).toEqual([])
  })
})

describe('an annotation whose passage left the text', () => {
  it('is listed as an orphan, never dropped, and can be re-attached', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
    const original = copyOfArchive()
    let folio = await launchFolio({ userDataDir: profile, archiveDir: original })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
    await highlight(folio.page, 'Deng Xiaoping voulait', 'Deng Xiaoping voulait', 'jaune')
    await expect.poll(async () => (await painted(folio.page))['folio-yellow']).toEqual(['Deng Xiaoping voulait'])
    await folio.close()

    const revised = archiveWithEditedSeed((text) =>
      text.replace('Deng Xiaoping voulait', 'le nouveau dirigeant exigeait')
    )
    folio = await launchFolio({ userDataDir: profile, archiveDir: revised })
    try {
      const { page } = folio
      await page.getByRole('heading', { level: 1 }).waitFor()
      await notesTab(page).click()
      const orphans = page.locator('.orphans')
      await expect(orphans.getByRole('heading').textContent()).resolves.toBe('1 passage introuvable')
      await expect(orphans.locator('blockquote').textContent()).resolves.toBe('Deng Xiaoping voulait')
      await selectText(page, 'le nouveau dirigeant exigeait')
      await orphans.getByRole('button', { name: 'Réattacher à la sélection' }).click()
      await expect.poll(() => page.locator('.orphans').count()).toBe(0)
      await expect.poll(async () => (await painted(page))['folio-yellow']).toEqual(['le nouveau dirigeant exigeait'])
      await page.screenshot({ path: join(repoRoot, 'docs/screenshots/orphan-reattached.png') })
    } finally {
      await folio.close()
      for (const dir of [profile, original, revised]) rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('highlighting on a slow disk', () => {
  it('lets go of the toolbar at once, and keeps the next selection made while the write completes', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
    const folio = await launchFolio({ userDataDir: profile })
    try {
      const { page } = folio
      await page.getByRole('heading', { level: 1 }).waitFor()
      // Every IndexedDB commit now reports 1.5 s late, as on a busy disk with strict durability.
      await page.evaluate(() => {
        const setter = Object.getOwnPropertyDescriptor(IDBTransaction.prototype, 'oncomplete')!.set!
        Object.defineProperty(IDBTransaction.prototype, 'oncomplete', {
          configurable: true,
          set(handler: ((event: Event) => void) | null) {
            setter.call(this, handler && ((event: Event) => void setTimeout(() => handler.call(this, event), 1500)))
          }
        })
      })
      const toolbar = page.getByRole('toolbar', { name: 'Annoter la sélection' })
      await selectText(page, "Mao s'est rendu en Union soviétique")
      await toolbar.getByRole('button', { name: 'Surligner en vert' }).click()
      expect(await toolbar.count()).toBe(0)
      // The next passage, selected before the first highlight is written, stays selected with its toolbar.
      await selectText(page, 'Deng Xiaoping voulait')
      await expect.poll(async () => (await painted(page))['folio-green']?.length ?? 0, { timeout: 10_000 }).toBe(1)
      expect(await page.evaluate(() => String(window.getSelection()))).toBe('Deng Xiaoping voulait')
      await toolbar.getByRole('button', { name: 'Surligner en bleu' }).click()
      await expect
        .poll(async () => (await painted(page))['folio-blue'] ?? [], { timeout: 10_000 })
        .toEqual(['Deng Xiaoping voulait'])
      expect(folio.pageErrors).toEqual([])
    } finally {
      await folio.close()
      rmSync(profile, { recursive: true, force: true })
    }
  })
})
