// Two devices of one user, end to end: two persistent Chromium profiles, each with main's real handlers and sync
// engine, and Folio's sync server started here on a loopback port. Connected through the header's "Synchronisation"
// dialog; a note written on one shows on the other; the same note edited on both while the server is down keeps
// both edits once it is back; the status says what is true at each step.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAccount } from '../../src/sync-server/accounts'
import { startSyncServer } from '../../src/sync-server/server'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, reloadFolio, type FolioSession } from './harness/folio-page'
import { selectText } from './harness/select-text'
import { connectDevice } from './harness/sync-ui'

const PASSAGE = "Mao s'est rendu en Union soviétique"
const card = (page: Page) =>
  page.locator('.notes-panel .annotation-card').filter({ has: page.locator('.annotation-quote', { hasText: PASSAGE }) })
const statusText = (page: Page) => page.locator('.sync-button .sync-status-text').textContent()

type Server = Awaited<ReturnType<typeof startSyncServer>>

describe('one user’s notes on two devices, through Folio’s sync server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'folio-sync-server-'))
  const profiles = [mkdtempSync(join(tmpdir(), 'folio-sync-a-')), mkdtempSync(join(tmpdir(), 'folio-sync-b-'))]
  let server: Server
  let account: { account: string; token: string }
  let a: FolioSession
  let b: FolioSession

  const connect = (page: Page) => connectDevice(page, server.httpUrl, account)

  const editNote = async (page: Page, text: string) => {
    await page.getByRole('tab', { name: 'Notes' }).click()
    await card(page).getByRole('button', { name: 'Modifier' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(text)
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
  }

  beforeAll(async () => {
    server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true })
    account = await createAccount(dataDir, 'Claire')
    a = await launchFolio({ userDataDir: profiles[0] })
    b = await launchFolio({ userDataDir: profiles[1] })
  }, 60_000)

  afterAll(async () => {
    await a?.close()
    await b?.close()
    await server?.close()
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true })
  })

  it('connects the first device, which uploads its note, and says it is synced', async () => {
    await selectText(a.page, PASSAGE)
    await a.page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = a.page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Le voyage de 1949.')
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await connect(a.page)
    await expect.poll(() => statusText(a.page), { timeout: 10_000 }).toMatch(/^Synchronisé/)
  })

  it('gives the second device everything at its first connection', async () => {
    await connect(b.page)
    await b.page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => card(b.page).innerText(), { timeout: 10_000 }).toContain('Le voyage de 1949.')
    await expect.poll(() => statusText(b.page), { timeout: 10_000 }).toMatch(/^Synchronisé/)
  })

  it('shows a note written on one device on the other, as it is saved', async () => {
    const started = Date.now()
    await editNote(a.page, 'Le voyage de 1949, jusqu’en février 1950.')
    await expect
      .poll(() => card(b.page).innerText(), { timeout: 10_000 })
      .toContain('Le voyage de 1949, jusqu’en février 1950.')
    console.info(`sync E2E: a note saved on device A shown on device B after ${Date.now() - started} ms`)
  })

  it('keeps both edits of the same note made on both devices while the server is down', async () => {
    await server.close()
    await expect.poll(() => statusText(a.page), { timeout: 15_000 }).toBe('Hors ligne')
    await expect.poll(() => statusText(b.page), { timeout: 15_000 }).toBe('Hors ligne')
    await editNote(a.page, 'Le voyage de 1949, jusqu’en février 1950. Relu sur le portable.')
    await editNote(b.page, 'Sur le bureau : le voyage de 1949, jusqu’en février 1950.')
    await a.screenshot(join(repoRoot, 'docs/screenshots/sync-offline.png'))
    server = await startSyncServer({ port: server.port, host: '127.0.0.1', dataDir, quiet: true })
    for (const device of [a, b]) {
      await expect
        .poll(() => card(device.page).innerText(), { timeout: 20_000 })
        .toMatch(/Sur le bureau : le voyage de 1949, jusqu’en février 1950\. Relu sur le portable\./)
    }
    await expect.poll(() => statusText(a.page), { timeout: 15_000 }).toMatch(/^Synchronisé/)
  })

  it('still has the merged note after a restart of a device, and nothing twice', async () => {
    await reloadFolio(b.page)
    await b.page.getByRole('tab', { name: 'Notes' }).click()
    await expect.poll(() => card(b.page).count()).toBe(1)
    await expect.poll(() => card(b.page).innerText()).toContain('Relu sur le portable.')
    await b.page.getByRole('button', { name: /Synchronis/ }).click()
    await b.page.getByRole('dialog', { name: 'Synchronisation' }).waitFor()
    await b.screenshot(join(repoRoot, 'docs/screenshots/sync-status.png'))
  })
})
