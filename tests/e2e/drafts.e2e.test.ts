// Drafts end to end, in Chromium with the built renderer on a persistent profile: a note typed and not
// saved comes back after a reload and after the browser is closed and started again on the same profile;
// leaving with it asks first; a newer save made in another window wins over an old draft, and says so.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { copyOfArchive, repoRoot } from '../fixtures/archive-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** The annotation card whose quote starts with `quote`. */
const card = (page: Page, quote: string) =>
  page.locator('.annotation-card', { has: page.locator('blockquote', { hasText: new RegExp(`^${escape(quote)}`) }) })
const editorOf = (page: Page) => page.getByRole('form', { name: 'Modifier l’annotation' })
const noteBox = (page: Page) => editorOf(page).getByRole('textbox', { name: 'Note (Markdown)' })
const offer = (scope: ReturnType<typeof card>) => scope.getByRole('group', { name: 'Brouillon non enregistré' })

/** Highlights `quote` with "Surligner et annoter", which opens its note editor in the Notes tab. */
async function annotate(page: Page, quote: string) {
  await selectText(page, quote)
  await page.getByRole('button', { name: 'Surligner et annoter' }).click()
  await noteBox(page).waitFor()
}

/** Types like a person, so the draft is written after a pause, and waits until the editor says it is kept. */
async function typeDraft(page: Page, text: string) {
  await noteBox(page).pressSequentially(text, { delay: 5 })
  await editorOf(page).getByText('Brouillon gardé').waitFor()
}

/** Reloads, accepting the "leave this page?" question; returns the kind of question the page asked, if any. */
async function reloadAnswering(page: Page): Promise<string | null> {
  let asked: string | null = null
  const answer = (dialog: { type(): string; accept(): Promise<void> }) => {
    asked = dialog.type()
    void dialog.accept()
  }
  page.once('dialog', answer)
  await reloadFolio(page)
  page.off('dialog', answer)
  return asked
}

describe('drafts that survive, in Chromium', () => {
  let folio: FolioSession
  let profile: string
  const archive = copyOfArchive()
  const launch = async () => {
    folio = await launchFolio({ userDataDir: profile, archiveDir: archive, windowSize: { width: 1280, height: 800 } })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  }

  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), 'folio-drafts-profile-'))
    await launch()
  })
  afterAll(async () => {
    await folio.close()
    rmSync(profile, { recursive: true, force: true })
    rmSync(archive, { recursive: true, force: true })
  })

  it('gives back a note typed and not saved after a reload, which asked first', async () => {
    const { page } = folio
    await annotate(page, 'Mandchourie')
    await typeDraft(page, 'Le chemin de fer de Mandchourie, rendu en 1952.')

    expect(await reloadAnswering(page)).toBe('beforeunload')
    await page.getByRole('tab', { name: 'Notes' }).click()
    const mandchourie = card(page, 'Mandchourie')
    await expect.poll(() => offer(mandchourie).innerText()).toContain('Un brouillon non enregistré a été gardé')
    await expect.poll(() => offer(mandchourie).innerText()).toContain('Le chemin de fer de Mandchourie, rendu en 1952.')
    await folio.screenshot(join(repoRoot, 'docs/screenshots/draft-offer.png'))

    await offer(mandchourie).getByRole('button', { name: 'Reprendre le brouillon' }).click()
    await expect.poll(() => noteBox(page).inputValue()).toBe('Le chemin de fer de Mandchourie, rendu en 1952.')
    await editorOf(page).getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => mandchourie.innerText()).toContain('Le chemin de fer de Mandchourie, rendu en 1952.')

    // Saved: the draft is gone, and leaving asks nothing any more.
    expect(await reloadAnswering(page)).toBeNull()
    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => card(page, 'Mandchourie').innerText()).toContain('rendu en 1952')
    expect(await offer(card(page, 'Mandchourie')).count()).toBe(0)
  })

  it('gives back a note and a tag being typed after the browser is closed and started again on the same profile', async () => {
    await annotate(folio.page, 'Dalian')
    await typeDraft(folio.page, 'Base navale rendue par l’URSS.')
    // A tag being typed, not yet added: the draft keeps it too.
    await editorOf(folio.page).getByRole('combobox', { name: 'Ajouter une étiquette' }).fill('Lüshun')
    await editorOf(folio.page).getByText('Brouillon gardé').waitFor()
    // Closing the browser runs no beforeunload: what is on disk is what a crash would leave.
    await folio.close()

    await launch()
    const { page } = folio
    await page.getByRole('tab', { name: 'Notes' }).click()
    const dalian = card(page, 'Dalian')
    await offer(dalian).getByRole('button', { name: 'Reprendre le brouillon' }).click()
    await expect.poll(() => noteBox(page).inputValue()).toBe('Base navale rendue par l’URSS.')
    expect(await editorOf(page).getByRole('combobox', { name: 'Ajouter une étiquette' }).inputValue()).toBe('Lüshun')
    await editorOf(page).getByRole('button', { name: 'Annuler' }).click()
    // Cancelling is discarding: the card offers nothing.
    await expect.poll(() => offer(dalian).count()).toBe(0)
  })

  it('lets a newer save made in another window win over an old draft, and says so', async () => {
    const { page } = folio
    await annotate(page, 'Xinjiang')
    await typeDraft(page, 'Brouillon de la première fenêtre')

    const other = await folio.newPage()
    await other.getByRole('tab', { name: 'Notes' }).click()
    await card(other, 'Xinjiang').getByRole('button', { name: 'Modifier' }).click()
    await noteBox(other).fill('Enregistrée dans la seconde fenêtre')
    await editorOf(other).getByRole('button', { name: 'Enregistrer' }).click()
    await expect.poll(() => card(other, 'Xinjiang').innerText()).toContain('Enregistrée dans la seconde fenêtre')

    // The first window's editor sees the newer save: both versions, and saving waits for a choice.
    const conflict = editorOf(page).getByRole('alert')
    await expect.poll(() => conflict.innerText()).toContain('La note a été modifiée depuis ce brouillon')
    await expect.poll(() => conflict.innerText()).toContain('Enregistrée dans la seconde fenêtre')
    expect(await noteBox(page).inputValue()).toBe('Brouillon de la première fenêtre')
    expect(await editorOf(page).getByRole('button', { name: 'Enregistrer' }).isDisabled()).toBe(true)

    // After a reload the old draft is offered, saying the note changed since.
    expect(await reloadAnswering(page)).toBe('beforeunload')
    await page.getByRole('tab', { name: 'Notes' }).click()
    const xinjiang = card(page, 'Xinjiang')
    await expect.poll(() => offer(xinjiang).innerText()).toContain('La note a été modifiée depuis ce brouillon')
    await xinjiang.scrollIntoViewIfNeeded()
    await folio.screenshot(join(repoRoot, 'docs/screenshots/draft-offer-stale.png'))
    await offer(xinjiang).getByRole('button', { name: 'Reprendre le brouillon' }).click()
    await expect.poll(() => noteBox(page).inputValue()).toBe('Brouillon de la première fenêtre')
    await expect
      .poll(() => editorOf(page).getByRole('alert').innerText())
      .toContain('Enregistrée dans la seconde fenêtre')
    await folio.screenshot(join(repoRoot, 'docs/screenshots/draft-conflict.png'))

    await editorOf(page).getByRole('button', { name: 'Prendre la version enregistrée' }).click()
    await expect.poll(() => noteBox(page).inputValue()).toBe('Enregistrée dans la seconde fenêtre')
    await editorOf(page).getByRole('button', { name: 'Annuler' }).click()
    expect(await reloadAnswering(page)).toBeNull()
    await page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => card(page, 'Xinjiang').innerText()).toContain('Enregistrée dans la seconde fenêtre')
    expect(await offer(card(page, 'Xinjiang')).count()).toBe(0)
    expect(folio.pageErrors).toEqual([])
    expect(folio.externalRequests).toEqual([])
  })
})
