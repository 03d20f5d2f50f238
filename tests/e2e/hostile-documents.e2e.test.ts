// Documents made to be slow to read: added through the library, they must never stall main (its IPC keeps
// answering) nor the page (its frames keep coming), and end either shown or refused with a message.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'

/** An article in the archive's format whose further-reading bullet and link open quotes that never close. */
function unclosedQuoteArticle(title: string, bulletBytes: number): string {
  const run = (unit: string) => unit.repeat(Math.ceil(bulletBytes / unit.length)).slice(0, bulletBytes)
  return [
    `${title} - Hostile test article`,
    '',
    'Un paragraphe ordinaire, pour que le document ait un corps.',
    '',
    'Lectures complémentaires',
    '',
    `  • Auteur, Prénom. "${run(' ')}x`,
    `  • « ${run(' .,')}x`,
    '',
    'Liens externes',
    '',
    `  • Archivé de l'original le ${run(' le')}x`,
    `  • "${run(' «')}x`
  ].join('\n')
}

/** A Markdown file whose lines are long runs of the characters the trimming patterns strip. */
function punctuationRunMarkdown(title: string, bytes: number): string {
  const line = (unit: string) => unit.repeat(Math.ceil(bytes / 4 / unit.length)).slice(0, bytes / 4) + 'x'
  return [`# ${title}`, '', line('. '), '', line(', '), '', `- "${line(' ')}`, '', `## ${line('.')}`].join('\n')
}

/** What main and the page did while `action` ran: the longest wait for an IPC answer and between frames. */
async function watchResponsiveness(page: Page, action: () => Promise<void>): Promise<{ ipc: number; frame: number }> {
  const watching = page.evaluate(() => {
    const state = window as unknown as { __stopWatch?: () => void }
    return new Promise<{ ipc: number; frame: number }>((resolve) => {
      let stopped = false
      let ipc = 0
      let frame = 0
      let lastFrame = performance.now()
      const onFrame = (now: number) => {
        frame = Math.max(frame, now - lastFrame)
        lastFrame = now
        if (!stopped) requestAnimationFrame(onFrame)
      }
      requestAnimationFrame(onFrame)
      const ping = async () => {
        while (!stopped) {
          const start = performance.now()
          await window.folio.listLibrary({ offset: 0, limit: 100 })
          ipc = Math.max(ipc, performance.now() - start)
          await new Promise((next) => setTimeout(next, 30))
        }
        resolve({ ipc, frame })
      }
      state.__stopWatch = () => {
        stopped = true
      }
      void ping()
    })
  })
  await action()
  await page.evaluate(() => (window as unknown as { __stopWatch: () => void }).__stopWatch())
  return watching
}

describe('hostile documents in Chromium', () => {
  let folio: FolioSession
  let chosen: string | null = null
  const scratch = mkdtempSync(join(tmpdir(), 'folio-hostile-'))

  beforeAll(async () => {
    folio = await launchFolio({ openPath: () => chosen })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio.close()
    rmSync(scratch, { recursive: true, force: true })
  })

  const sidebar = () => folio.page.getByRole('navigation', { name: 'Bibliothèque' })
  /** Adds the file and waits until it is open in the reader or refused in an alert. */
  const add = (name: string, content: string) => async () => {
    chosen = join(scratch, name)
    writeFileSync(chosen, content)
    const rows = await sidebar().locator('.document-row').count()
    await sidebar().getByRole('button', { name: 'Ajouter un document…' }).click()
    await expect
      .poll(
        async () =>
          (await sidebar().locator('.document-row').count()) > rows || (await folio.page.getByRole('alert').count()) > 0
      )
      .toBe(true)
  }

  it('adds an article whose quotes never close without stalling main or the page, and shows it', async () => {
    // The same shape with closed quotes: what an ordinary add of this size costs on this machine now.
    const ordinary = await watchResponsiveness(
      folio.page,
      add('ordinaire.txt', unclosedQuoteArticle('Article ordinaire', 200) + '"')
    )
    const hostile = await watchResponsiveness(
      folio.page,
      add('guillemets.txt', unclosedQuoteArticle('Article aux guillemets ouverts', 4000))
    )
    await expect
      .poll(() => folio.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Article aux guillemets ouverts')
    await expect(folio.page.locator('.reader').innerText()).resolves.toContain('Un paragraphe ordinaire')
    await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/hostile-document.png') })
    // Before the parsers were linear, main was blocked for minutes here; allow ten times an ordinary add's worst.
    expect(hostile.ipc).toBeLessThan(Math.max(10 * ordinary.ipc, 1000))
    expect(hostile.frame).toBeLessThan(Math.max(10 * ordinary.frame, 1000))
  })

  it('adds a Markdown file of long punctuation runs without stalling main, and shows it', async () => {
    const ordinary = await watchResponsiveness(folio.page, add('court.md', punctuationRunMarkdown('Court', 400)))
    const hostile = await watchResponsiveness(
      folio.page,
      add('ponctuation.md', punctuationRunMarkdown('Ponctuation', 80_000))
    )
    await expect.poll(() => folio.page.getByRole('heading', { level: 1 }).textContent()).toBe('Ponctuation')
    expect(hostile.ipc).toBeLessThan(Math.max(10 * ordinary.ipc, 1000))
  })

  it('lists the library again at once with both documents in it', async () => {
    const library = await folio.page.evaluate(() => window.folio.listLibrary({ offset: 0, limit: 100 }))
    expect(library.problems).toEqual([])
    expect(library.rows.map((row) => row.title).sort()).toEqual(
      ['Article aux guillemets ouverts', 'Article ordinaire', 'Court', 'Ponctuation'].sort()
    )
  })
})
