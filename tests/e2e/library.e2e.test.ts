import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../fixtures/archive-files'
import type { Page } from 'playwright-core'
import { appTookOver, launchFolio, type FolioSession, reloadFolio } from './harness/folio-page'
import { selectText } from './harness/select-text'

describe('the library and reading comfort in Chromium', () => {
  let folio: FolioSession
  let chosen: string | null = null
  const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
  const libraryDir = mkdtempSync(join(tmpdir(), 'folio-library-'))
  const scratch = mkdtempSync(join(tmpdir(), 'folio-files-'))

  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: profile, libraryDir, openPath: () => chosen })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio.close()
    for (const dir of [profile, libraryDir, scratch]) rmSync(dir, { recursive: true, force: true })
  })

  const sidebar = () => folio.page.getByRole('navigation', { name: 'Bibliothèque' })
  const addFile = async (path: string) => {
    chosen = path
    await sidebar().getByRole('button', { name: 'Ajouter un document…' }).click()
  }

  it('adds an article of the archive format and opens it', async () => {
    await addFile(join(repoRoot, 'tests/fixtures/articles/valmorel.txt'))
    await expect
      .poll(() => folio.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Accord de Valmorel sur la navigation fluviale')
    expect(
      await sidebar()
        .getByRole('button', { name: 'Accord de Valmorel sur la navigation fluviale', exact: true })
        .getAttribute('aria-current')
    ).toBe('page')
    await expect(folio.page.locator('.reference-card').count()).resolves.toBe(2)
  })

  it('adds a Markdown file', async () => {
    await addFile(join(repoRoot, 'tests/fixtures/library/notes-yalta.md'))
    await expect
      .poll(() => folio.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Notes de lecture sur Yalta')
    await expect(folio.page.locator('.reader').innerText()).resolves.toContain('Dernier paragraphe avec 中文.')
  })

  it('refuses a binary file with a clear message and keeps the library as it was', async () => {
    const path = join(scratch, 'image.txt')
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
    await addFile(path)
    await expect(folio.page.getByRole('alert').textContent()).resolves.toContain('binaire')
    await expect(sidebar().locator('.document-row').count()).resolves.toBe(3)
  })

  it('removes a document after a confirmation that says what happens to the notes', async () => {
    await sidebar().getByRole('button', { name: 'Retirer « Notes de lecture sur Yalta » de la bibliothèque' }).click()
    const dialog = folio.page.getByRole('dialog', {
      name: 'Retirer « Notes de lecture sur Yalta » de votre bibliothèque ?'
    })
    await expect(dialog.innerText()).resolves.toContain('L’archive livrée avec Folio n’est pas touchée.')
    await dialog.getByRole('button', { name: 'Retirer' }).click()
    await expect.poll(() => sidebar().locator('.document-row').count()).toBe(2)
    // The notice area is always there; its message comes after the removal, apart from the list's refresh.
    await expect.poll(() => folio.page.locator('.notice-area').textContent()).toContain('a été retiré')
  })

  it('keeps the added documents after a reload', async () => {
    await reloadFolio(folio.page)
    await expect
      .poll(() =>
        sidebar().getByRole('button', { name: 'Accord de Valmorel sur la navigation fluviale', exact: true }).count()
      )
      .toBe(1)
  })

  it('marks the current section in the table of contents while scrolling', async () => {
    const { page } = folio
    await sidebar()
      .getByRole('button', { name: /^Traité sino-soviétique/ })
      .click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await sidebar().getByRole('button', { name: 'Liens externes', exact: true }).first().click()
    await expect.poll(() => sidebar().locator('[aria-current="location"]').textContent()).toBe('Liens externes')
  })

  it('switches to the dark theme and a larger font, and keeps both after a reload', async () => {
    const { page } = folio
    await page.getByRole('button', { name: 'Affichage' }).click()
    await page.getByRole('combobox', { name: 'Thème' }).selectOption('dark')
    await page.getByRole('slider', { name: /Taille du texte/ }).fill('22')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await expect.poll(() => page.locator('.reader').evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px')
    await reloadFolio(page)
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
    await expect.poll(() => page.locator('.reader').evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px')
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/dark-theme.png') })
  })

  it('restores the reading position of a document after a reload', async () => {
    const { page } = folio
    await page.locator('.reader-pane').evaluate((pane) => {
      const block = document.querySelector('[data-block-id^="h-"]') as HTMLElement
      pane.scrollTop = block.offsetTop
    })
    const before = await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop)
    expect(before).toBeGreaterThan(300)
    await page.waitForTimeout(700)
    await reloadFolio(page)
    await expect
      .poll(async () => Math.abs((await page.locator('.reader-pane').evaluate((pane) => pane.scrollTop)) - before))
      .toBeLessThan(40)
  })

  it('lists the keyboard shortcuts on "?"', async () => {
    const { page } = folio
    await page.locator('body').press('?')
    const help = page.getByRole('dialog', { name: 'Raccourcis clavier' })
    await expect(help.innerText()).resolves.toContain('Surligner la sélection')
    await page.keyboard.press('Escape')
    await expect.poll(() => help.count()).toBe(0)
    expect(folio.pageErrors).toEqual([])
  })
})

describe('removing a document with its notes, and undoing it', () => {
  let folio: FolioSession
  const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
  const libraryDir = mkdtempSync(join(tmpdir(), 'folio-library-'))
  const backupDir = join(mkdtempSync(join(tmpdir(), 'folio-safety-')), 'backups')
  const title = 'Accord de Valmorel sur la navigation fluviale'
  let documentId = ''

  beforeAll(async () => {
    folio = await launchFolio({
      userDataDir: profile,
      libraryDir,
      backupDir,
      openPath: () => join(repoRoot, 'tests/fixtures/articles/valmorel.txt')
    })
  })
  afterAll(async () => {
    await folio.close()
    for (const dir of [profile, libraryDir, join(backupDir, '..')]) rmSync(dir, { recursive: true, force: true })
  })

  const sidebar = () => folio.page.getByRole('navigation', { name: 'Bibliothèque' })
  const listed = () => sidebar().getByRole('button', { name: title, exact: true }).count()
  const heading = () => folio.page.getByRole('heading', { level: 1 }).textContent()
  const notice = () => folio.page.locator('.notice-area')
  const painted = () =>
    folio.page.evaluate(() =>
      [...(CSS.highlights.get('folio-green') ?? [])].map((range) => (range as Range).toString())
    )
  /** The annotations IndexedDB holds on the document, read raw (closed after each read: it is polled). */
  const storedQuotes = () =>
    folio.page.evaluate(
      (id) =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('folio')
          request.onerror = () => reject(request.error)
          request.onsuccess = () => {
            const all = request.result
              .transaction('annotations')
              .objectStore('annotations')
              .index('documentId')
              .getAll(id)
            all.onsuccess = () => {
              request.result.close()
              resolve(
                all.result.map(
                  (annotation: { target: { selectors: { quote: { exact: string } } } }) =>
                    annotation.target.selectors.quote.exact
                )
              )
            }
            all.onerror = () => reject(all.error)
          }
        }),
      documentId
    )
  /** Opens the removal dialog and confirms "delete the notes too". */
  const removeWithNotes = async (screenshot?: string) => {
    await sidebar()
      .getByRole('button', { name: `Retirer « ${title} » de la bibliothèque` })
      .click()
    const dialog = folio.page.getByRole('dialog', { name: `Retirer « ${title} » de votre bibliothèque ?` })
    await dialog.getByRole('radio', { name: /^les supprimer/ }).check()
    if (screenshot) await folio.page.screenshot({ path: join(repoRoot, screenshot) })
    await dialog.getByRole('button', { name: 'Retirer' }).click()
  }

  it('adds a document and highlights a passage of it', async () => {
    await sidebar().getByRole('button', { name: 'Ajouter un document…' }).click()
    await expect.poll(heading).toBe(title)
    documentId = (await folio.page.locator('#root .reader').getAttribute('data-document-id')) ?? ''
    await selectText(folio.page, 'Valmorel, Savoie')
    await folio.page
      .getByRole('toolbar', { name: 'Annoter la sélection' })
      .getByRole('button', { name: 'Surligner en vert' })
      .click()
    await expect.poll(painted).toEqual(['Valmorel, Savoie'])
    await expect.poll(storedQuotes).toEqual(['Valmorel, Savoie'])
  })

  it('removes nothing when the safety backup of the notes cannot be written, and says so', async () => {
    // Where main writes safety backups, a file stands instead of a folder.
    writeFileSync(backupDir, 'pas un dossier')
    try {
      await removeWithNotes()
      // Once the removal has said how it went (an error stays until dismissed), nothing is gone.
      const alert = folio.page.getByRole('alert')
      await alert.waitFor()
      expect(await storedQuotes()).toEqual(['Valmorel, Savoie'])
      expect(await listed()).toBe(1)
      expect(await heading()).toBe(title)
      expect(await alert.textContent()).toContain('n’a pas été retiré : la sauvegarde de sécurité')
      await alert.getByRole('button', { name: 'Fermer le message' }).click()
    } finally {
      rmSync(backupDir, { force: true })
    }
  })

  it('leaves the notes untouched when main refuses to remove the file', async () => {
    // Where main keeps removed copies (so that they can be put back), a file stands instead of a folder.
    const trash = join(libraryDir, 'removed')
    writeFileSync(trash, 'pas un dossier')
    try {
      await removeWithNotes()
      const alert = folio.page.getByRole('alert')
      await alert.waitFor()
      expect(await storedQuotes()).toEqual(['Valmorel, Savoie'])
      expect(await painted()).toEqual(['Valmorel, Savoie'])
      expect(await listed()).toBe(1)
      expect(await alert.textContent()).toContain('n’a pas été retiré ; la bibliothèque et vos notes sont inchangées')
      await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/remove-document-refused.png') })
      await alert.getByRole('button', { name: 'Fermer le message' }).click()
    } finally {
      rmSync(trash, { force: true })
    }
  })

  it('removes it with its notes after a safety backup of them, and puts both back with "Annuler"', async () => {
    const { page } = folio
    const backupsBefore = existing(backupDir)
    await removeWithNotes('docs/screenshots/remove-document-dialog.png')
    await expect.poll(listed).toBe(0)
    await expect.poll(heading).toMatch(/^Traité sino-soviétique/)
    await expect.poll(storedQuotes).toEqual([])
    const offer = notice()
    await expect.poll(() => offer.textContent()).toContain(`« ${title} » a été retiré avec ses annotations et signets.`)
    await page.screenshot({ path: join(repoRoot, 'docs/screenshots/remove-document-undo.png') })
    // The backup main wrote first holds the document's notes, and only that document's.
    const written = existing(backupDir).filter((name) => !backupsBefore.includes(name))
    expect(written).toHaveLength(1)
    const backup = JSON.parse(readFileSync(join(backupDir, written[0]!), 'utf8'))
    expect(backup).toMatchObject({
      format: 'folio-backup',
      reason: 'before-remove',
      scope: { kind: 'document', documentId }
    })
    expect(
      backup.tables.annotations.map(
        (annotation: { target: { selectors: { quote: { exact: string } } } }) => annotation.target.selectors.quote.exact
      )
    ).toEqual(['Valmorel, Savoie'])

    await offer.getByRole('button', { name: 'Annuler' }).click()
    await expect
      .poll(() => notice().textContent())
      .toContain(`« ${title} » est de retour dans votre bibliothèque, avec ses annotations et signets.`)
    // The notice comes with the restore; the list is fetched again from main just after it.
    await expect.poll(listed).toBe(1)
    await expect.poll(heading).toBe(title)
    await expect.poll(storedQuotes).toEqual(['Valmorel, Savoie'])
    await expect.poll(painted).toEqual(['Valmorel, Savoie'])
  })

  it('puts them back with Ctrl+Z too, and they stay after a reload', async () => {
    const { page } = folio
    await removeWithNotes()
    await expect.poll(() => notice().textContent()).toContain('a été retiré avec ses annotations et signets.')
    await expect.poll(listed).toBe(0)
    await page.locator('body').press('Control+z')
    await expect.poll(() => notice().textContent()).toContain('est de retour dans votre bibliothèque')
    await expect.poll(heading).toBe(title)
    await reloadFolio(page)
    await expect.poll(listed).toBe(1)
    await expect.poll(storedQuotes).toEqual(['Valmorel, Savoie'])
    expect(folio.pageErrors).toEqual([])
  })
})

/** The files in `dir`, or none when it does not exist yet. */
function existing(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

describe('opening on the document open when the user left', () => {
  it('shows it from the first frame, with its highlight and place, and the app takes over on it', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'folio-profile-'))
    const libraryDir = mkdtempSync(join(tmpdir(), 'folio-library-'))
    const title = 'Accord de Valmorel sur la navigation fluviale'
    const heading = (page: Page, within: string) => page.locator(`${within} .reader h1`).textContent()
    try {
      // An earlier session: the user adds their own document, highlights a passage, reads on a little.
      const earlier = await launchFolio({
        userDataDir: profile,
        libraryDir,
        openPath: () => join(repoRoot, 'tests/fixtures/articles/valmorel.txt')
      })
      try {
        const { page } = earlier
        await page
          .getByRole('navigation', { name: 'Bibliothèque' })
          .getByRole('button', { name: 'Ajouter un document…' })
          .click()
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
        await selectText(page, 'Valmorel, Savoie')
        await page
          .getByRole('toolbar', { name: 'Annoter la sélection' })
          .getByRole('button', { name: 'Surligner en vert' })
          .click()
        await expect.poll(() => page.evaluate(() => CSS.highlights.get('folio-green')?.size ?? 0)).toBe(1)
        await page.locator('.reader-pane').evaluate((pane) => (pane.scrollTop = 240))
        await page.waitForTimeout(700)
      } finally {
        await earlier.close()
      }

      // The next start, the app's code held back: main's first screen is already that document.
      let release: () => void = () => undefined
      const folio = await launchFolio({
        userDataDir: profile,
        libraryDir,
        keepFirstScreen: true,
        holdApp: new Promise<void>((resolve) => (release = resolve))
      })
      try {
        const { page } = folio
        expect(await heading(page, '#first-screen')).toBe(title)
        await expect
          .poll(() =>
            page.evaluate(() =>
              [...(CSS.highlights.get('folio-green') ?? [])].map((range) => (range as Range).toString())
            )
          )
          .toEqual(['Valmorel, Savoie'])
        expect(
          Math.abs((await page.locator('#first-screen .reader-pane').evaluate((pane) => pane.scrollTop)) - 240)
        ).toBeLessThan(40)
        await page.screenshot({ path: join(repoRoot, 'docs/screenshots/reopened-library-document.png') })
        release()
        await appTookOver(page)
        expect(await heading(page, '#root')).toBe(title)
        expect(
          await page
            .getByRole('navigation', { name: 'Bibliothèque' })
            .getByRole('button', { name: title, exact: true })
            .getAttribute('aria-current')
        ).toBe('page')
        expect(
          Math.abs((await page.locator('#root .reader-pane').evaluate((pane) => pane.scrollTop)) - 240)
        ).toBeLessThan(40)
        // A second window opens on it too; opening another document there does not move this window.
        const second = await folio.newPage()
        await appTookOver(second)
        expect(await heading(second, '#root')).toBe(title)
        await second
          .getByRole('navigation', { name: 'Bibliothèque' })
          .getByRole('button', { name: /^Traité sino-soviétique/ })
          .click()
        await expect.poll(() => heading(second, '#root')).toMatch(/^Traité sino-soviétique/)
        await page.waitForTimeout(500)
        expect(await heading(page, '#root')).toBe(title)
        // The next start opens what was opened last (the second window's choice), and the two windows do not
        // write their own documents back and forth.
        const remembered = () =>
          page.evaluate(
            () =>
              new Promise<unknown>((resolve, reject) => {
                const request = indexedDB.open('folio')
                request.onerror = () => reject(request.error)
                request.onsuccess = () => {
                  const get = request.result.transaction('settings').objectStore('settings').get('openDocument')
                  // Closed after each read: it is polled, and open connections would pile up.
                  get.onsuccess = () => {
                    request.result.close()
                    resolve([get.result?.value, get.result?.updatedAt])
                  }
                  get.onerror = () => reject(get.error)
                }
              })
          )
        const secondDocument = await second.locator('#root .reader').getAttribute('data-document-id')
        // The second window writes its choice after the click; its reader may show it before the write commits.
        await expect.poll(async () => ((await remembered()) as [string])[0]).toBe(secondDocument)
        const settled = await remembered()
        await page.waitForTimeout(500)
        expect(await remembered()).toEqual(settled)
        expect((settled as [string])[0]).toBe(secondDocument)
        expect(folio.pageErrors).toEqual([])
      } finally {
        release()
        await folio.close()
      }
    } finally {
      for (const dir of [profile, libraryDir]) rmSync(dir, { recursive: true, force: true })
    }
  })
})
