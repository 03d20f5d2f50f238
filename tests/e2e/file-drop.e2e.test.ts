// Files handed to Folio from outside, end to end in Chromium with main's real handlers: files dragged onto the
// window show the drop zone; a dropped Markdown file joins the library and opens, a dropped PDF becomes a copy and
// opens in the PDF reader, an .exe and a .zip are refused with a notice; a launch's .txt (granted by main's own
// launch code, then sent as its addFiles event) is added and opened, and a path main never handed is refused.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseLaunchArgs } from '../../src/main/desktop/launch-args'
import { LaunchDelivery } from '../../src/main/desktop/launch-delivery'
import { eventChannels } from '../../src/shared/ipc/contract'
import { repoRoot } from '../fixtures/archive-files'
import { TEST_PDF_TITLE, textPdf } from '../fixtures/pdf-files'
import { emitFolioEvent } from './harness/folio-events'
import { launchFolio, type FolioSession } from './harness/folio-page'

/** A file as the user's file manager would hand it: a name and its bytes. */
interface DraggedFile {
  name: string
  bytes: Uint8Array
  type?: string
}

/**
 * Drags `files` onto the reader, as a file manager does: dragenter and dragover on an element of the app, then (with
 * `drop`) the drop itself, each with a DataTransfer built in the page holding File objects.
 */
async function dragFiles(page: Page, files: DraggedFile[], drop: boolean): Promise<void> {
  const sent = files.map(({ name, bytes, type }) => ({
    name,
    type: type ?? '',
    data: Buffer.from(bytes).toString('base64')
  }))
  await page.evaluate(
    ({ sent, drop }) => {
      const data = new DataTransfer()
      for (const { name, type, data: base64 } of sent)
        data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name, { type }))
      const target = document.querySelector('.reader-pane') ?? document.body
      const fire = (type: string) =>
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }))
      fire('dragenter')
      fire('dragover')
      if (drop) fire('drop')
    },
    { sent, drop }
  )
}

const text = (value: string) => new TextEncoder().encode(value)

describe('files dropped on the window or handed by a launch', () => {
  let folio: FolioSession
  const work = mkdtempSync(join(tmpdir(), 'folio-file-drop-'))
  const sidebar = () => folio.page.getByRole('navigation', { name: 'Bibliothèque' })
  const notice = () => folio.page.locator('.notice-area')
  const heading = () => folio.page.getByRole('heading', { level: 1 })

  beforeAll(async () => {
    folio = await launchFolio({ userDataDir: join(work, 'profile') })
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('shows the drop zone over the window while files are dragged onto it, and hides it when they leave', async () => {
    const { page } = folio
    await dragFiles(page, [{ name: 'notes-yalta.md', bytes: text('# Notes') }], false)
    const zone = page.locator('.file-drop-zone')
    await expect.poll(() => zone.textContent()).toContain('Déposer pour ajouter à votre bibliothèque')
    // It covers the whole window.
    expect(await zone.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 })
    await folio.screenshot(join(repoRoot, 'docs/screenshots/file-drop.png'))
    // The pointer moves onto the zone (entering it comes before leaving the reader), then leaves the window.
    const cross = (events: [string, string][]) =>
      page.evaluate((events) => {
        const data = new DataTransfer()
        data.items.add(new File(['# Notes'], 'notes-yalta.md'))
        for (const [type, selector] of events)
          document.querySelector(selector)!.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }))
      }, events)
    await cross([
      ['dragenter', '.file-drop-zone'],
      ['dragleave', '.reader-pane']
    ])
    expect(await zone.count()).toBe(1)
    await cross([['dragleave', '.file-drop-zone']])
    await expect.poll(() => zone.count()).toBe(0)
    // A drag of text (a selection, a link) is not a drag of files: no zone.
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', 'a selection')
      document
        .querySelector('.reader-pane')!
        .dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }))
    })
    expect(await zone.count()).toBe(0)
    expect(await sidebar().getByText('Aucun document ajouté.').count()).toBe(1)
  })

  it('adds a dropped Markdown file to the library and opens it', async () => {
    const bytes = new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures/library/notes-yalta.md')))
    await dragFiles(folio.page, [{ name: 'notes-yalta.md', bytes, type: 'text/markdown' }], true)
    await expect.poll(() => heading().textContent()).toBe('Notes de lecture sur Yalta')
    await expect(folio.page.locator('.reader').innerText()).resolves.toContain('Dernier paragraphe avec 中文.')
    await expect
      .poll(() =>
        sidebar().getByRole('button', { name: 'Notes de lecture sur Yalta', exact: true }).getAttribute('aria-current')
      )
      .toBe('page')
    await expect
      .poll(() => notice().textContent())
      .toContain('« Notes de lecture sur Yalta » a été ajouté à votre bibliothèque.')
  })

  it('keeps a dropped PDF as a copy and opens it in the PDF reader', async () => {
    const { page } = folio
    await dragFiles(
      page,
      [{ name: 'yang-2005.pdf', bytes: await textPdf({ pages: 3 }), type: 'application/pdf' }],
      true
    )
    await expect.poll(() => page.locator('.copy-reader-title').textContent(), { timeout: 20_000 }).toBe(TEST_PDF_TITLE)
    await expect.poll(() => page.locator('.copy-pages canvas').count(), { timeout: 20_000 }).toBeGreaterThan(0)
    const copies = sidebar().locator('.sidebar-section', { has: page.getByRole('heading', { name: 'Mes copies' }) })
    // Listed by its file's name (its own title is learnt once the reader has opened it).
    await expect.poll(() => copies.getByRole('button', { name: 'yang-2005.pdf' }).count()).toBe(1)
  })

  it('refuses an .exe and a .zip with a notice that names them, and adds nothing', async () => {
    const { page } = folio
    const rows = await sidebar().locator('.document-row').count()
    await dragFiles(
      page,
      [
        { name: 'setup.exe', bytes: text('MZ\u0090\u0000'), type: 'application/x-msdownload' },
        { name: 'notes.zip', bytes: text('PK\u0003\u0004'), type: 'application/zip' }
      ],
      true
    )
    const alert = page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('« setup.exe » n’a pas été ajouté : seuls les textes (.txt)')
    expect(await alert.textContent()).toContain('« notes.zip » n’a pas été ajouté')
    expect(await sidebar().locator('.document-row').count()).toBe(rows)
    // The reader still shows the copy opened before.
    expect(await page.locator('.copy-reader-title').textContent()).toBe(TEST_PDF_TITLE)
  })

  it('adds and opens a .txt file a launch handed Folio; a path main never handed is refused', async () => {
    const { page } = folio
    const path = join(work, 'rapport.txt')
    writeFileSync(path, readFileSync(join(repoRoot, 'tests/fixtures/library/plain.txt')))
    // As main does: the launch's arguments parsed, the files granted as they are handed to the page.
    const delivery = new LaunchDelivery(folio.launchGrants)
    const handed: string[][] = []
    delivery.setTarget({
      send: (channel, paths) => void (channel === eventChannels.addFiles && handed.push(paths as string[]))
    })
    delivery.deliver(await parseLaunchArgs(['folio', path], { cwd: work, defaultApp: false }))
    expect(handed).toEqual([[path]])
    await emitFolioEvent(page, 'addFiles', handed[0]!)
    await expect.poll(() => notice().textContent()).toMatch(/^« .+ » a été ajouté à votre bibliothèque\./)
    const title = (await notice().textContent())!.match(/^« (.+) » a été/)![1]!
    await expect.poll(() => heading().textContent()).toBe(title)
    await expect(page.locator('.reader').innerText()).resolves.toContain('Un second paragraphe.')
    expect(await sidebar().getByRole('button', { name: title, exact: true }).getAttribute('aria-current')).toBe('page')

    // The page names a file main never handed it (or the same one again): main does not read it.
    const other = join(work, 'secret.md')
    writeFileSync(other, '# Secret')
    await emitFolioEvent(page, 'addFiles', [other, path])
    const alert = page.getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toContain('« secret.md » n’a pas été ajouté : Folio ne l’a pas reçu à son lancement')
    expect(await alert.textContent()).toContain('« rapport.txt » n’a pas été ajouté')
    expect(await sidebar().getByRole('button', { name: 'Secret', exact: true }).count()).toBe(0)
  })
})
