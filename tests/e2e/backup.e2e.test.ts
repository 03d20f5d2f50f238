// The "Données" dialog end to end, in Chromium with the built renderer and main's real file handlers:
// seed notes by importing a backup, export Markdown and a backup, clear everything, restore, and see a
// damaged file refused with the database untouched.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION } from '../../src/renderer/src/storage/schema'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'

const DOC = 'fed214270135fa12'
const annotation = (n: number, exact: string, note: string, tags: string[], color: string) => ({
  id: `e2e00000-0000-4000-8000-00000000000${n}`,
  documentId: DOC,
  target: {
    blockId: null,
    blockOffset: 0,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length }
    }
  },
  color,
  note,
  tags,
  createdAt: `2026-03-0${n}T10:00:00.000Z`,
  updatedAt: `2026-03-0${n}T11:30:00.000Z`
})

/** A backup written by hand, following the format documented in README.md ("Backups"). */
const SEED = {
  format: 'folio-backup',
  formatVersion: 1,
  schemaVersion: 3,
  exportedAt: '2026-03-10T09:00:00.000Z',
  reason: 'export',
  scope: { kind: 'all' },
  counts: { annotations: 3, bookmarks: 2, linkUrls: 1, readingStates: 0, settings: 0 },
  tables: {
    annotations: [
      annotation(
        1,
        '中苏友好同盟互助条约',
        'Le nom chinois du traité 🇨🇳, à comparer avec 1945.',
        ['traité', 'chinois'],
        'yellow'
      ),
      annotation(
        2,
        'Liu Shaoqi et Joseph Staline',
        '**Négociations** prolongées : voir <script>alert(1)</script> (texte, pas du code).',
        [],
        'blue'
      ),
      annotation(3, '14 février 1950', '', ['dates'], 'green')
    ],
    bookmarks: [
      {
        id: 'e2eb0000-0000-4000-8000-000000000001',
        kind: 'document',
        documentId: DOC,
        targetId: DOC,
        targetKey: `document:${DOC}:${DOC}`,
        label: 'Traité sino-soviétique',
        note: 'À relire\u00a0!',
        tags: ['à lire'],
        createdAt: '2026-03-04T08:00:00.000Z',
        updatedAt: '2026-03-04T08:00:00.000Z'
      },
      {
        id: 'e2eb0000-0000-4000-8000-000000000002',
        kind: 'position',
        documentId: DOC,
        targetId: 'p-1',
        targetKey: `position:${DOC}:p-1`,
        label: 'Signé 14 février 1950',
        note: '',
        tags: [],
        createdAt: '2026-03-05T08:00:00.000Z',
        updatedAt: '2026-03-05T08:00:00.000Z'
      }
    ],
    linkUrls: [
      { linkId: 'link-1', documentId: DOC, url: 'https://example.org/yang.pdf', updatedAt: '2026-03-06T08:00:00.000Z' }
    ],
    readingStates: [],
    settings: []
  }
}

/** Every store of the app's IndexedDB database, read raw in the page (the app's own code is not used). */
function rawDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('folio')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const idb = open.result
          const names = [...idb.objectStoreNames]
          const transaction = idb.transaction(names, 'readonly')
          const out: Record<string, unknown[]> = {}
          let pending = names.length
          for (const name of names) {
            const request = transaction.objectStore(name).getAll()
            request.onsuccess = () => {
              out[name] = request.result
              if (--pending === 0) {
                idb.close()
                resolve(out)
              }
            }
          }
        }
      })
  )
}

describe('export, clear and restore through the "Données" dialog', () => {
  let folio: FolioSession
  let work: string
  let saveDir: string
  let backupDir: string
  let toOpen = ''

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'folio-e2e-backup-'))
    saveDir = join(work, 'saved')
    backupDir = join(work, 'backups')
    for (const dir of [saveDir, backupDir]) rmSync(dir, { recursive: true, force: true })
    require('node:fs').mkdirSync(saveDir)
    writeFileSync(join(work, 'seed.json'), JSON.stringify(SEED, null, 2))
    folio = await launchFolio({ saveDir, backupDir, openPath: () => toOpen })
    await folio.page.getByRole('heading', { level: 1 }).waitFor()
  })
  afterAll(async () => {
    await folio?.close()
    rmSync(work, { recursive: true, force: true })
  })

  const dialog = () => folio.page.getByRole('dialog', { name: 'Vos données' })
  const summary = () => dialog().getByTestId('data-summary')
  const message = () => dialog().getByTestId('data-message')

  async function importFile(path: string): Promise<void> {
    toOpen = path
    await dialog().getByRole('button', { name: 'Choisir un fichier…' }).click()
  }

  async function exportAs(scope: string, format: string): Promise<string> {
    await dialog().getByRole('radio', { name: scope }).check()
    await dialog().getByRole('radio', { name: format }).check()
    await dialog().getByRole('button', { name: 'Exporter…' }).click()
    await expect.poll(() => message().textContent()).toMatch(/^Exporté dans « /)
    const fileName = /« (.+) »/.exec((await message().textContent()) ?? '')?.[1] ?? ''
    return join(saveDir, fileName)
  }

  it('says nothing about storage at start: main grants persistent storage to the app, so it is persistent', async () => {
    expect(await folio.page.evaluate(() => navigator.storage.persisted())).toBe(true)
    expect(await folio.page.locator('.storage-warning').count()).toBe(0)
  })

  it('seeds notes by importing a backup: the preview counts them, the import stores them', async () => {
    await folio.page.getByRole('button', { name: 'Données' }).click()
    await expect
      .poll(() => summary().textContent())
      .toBe('0 annotation · 0 signet · 0 autre enregistrement (adresses, positions, réglages)')
    await importFile(join(work, 'seed.json'))
    const preview = dialog().getByTestId('import-preview')
    await preview.waitFor()
    expect(await preview.getByTestId('import-new').textContent()).toBe('6')
    expect(await preview.getByTestId('import-conflict').textContent()).toBe('0')
    await folio.page.setViewportSize({ width: 1280, height: 900 })
    await folio.page.screenshot({ path: join(repoRoot, 'docs/screenshots/backup-dialog.png') })
    const axe = await new AxeBuilder({ page: folio.page }).include('.data-dialog').analyze()
    expect(
      axe.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => violation.id)
    ).toEqual([])
    await preview.getByRole('button', { name: 'Importer' }).click()
    await expect.poll(() => message().textContent()).toContain('Import terminé : 6 nouveaux')
    await expect
      .poll(() => summary().textContent())
      .toBe('3 annotations · 2 signets · 1 autre enregistrement (adresses, positions, réglages)')
    const stored = await rawDatabase(folio.page)
    expect(stored.annotations).toEqual(SEED.tables.annotations)
  })

  it('exports Markdown with the title, each quote, its note, tags, colour and date, then the bookmarks', async () => {
    const path = await exportAs(
      "Ce document : Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle",
      'Markdown — pour une application de notes'
    )
    const markdown = readFileSync(path, 'utf8')
    console.info(`--- ${path}\n${markdown}`)
    expect(markdown.startsWith("# Traité sino-soviétique d'amitié, d'alliance et d'assistance mutuelle\n")).toBe(true)
    expect(markdown).toContain(
      '> 中苏友好同盟互助条约\n\nLe nom chinois du traité 🇨🇳, à comparer avec 1945.\n\n- Étiquettes : `traité`, `chinois`\n- Couleur : jaune\n- créée le 1 mars 2026 · modifiée le 1 mars 2026'
    )
    expect(markdown).toContain('voir <script>alert(1)</script> (texte, pas du code)')
    expect(markdown).toContain(
      '## Signets (2)\n\n- **Traité sino-soviétique** (document) — créé le 4 mars 2026\n  À relire\u00a0!\n  Étiquettes : `à lire`'
    )
  })

  it('exports a full backup, clears all data after confirmation, and restores everything from the backup', async () => {
    const before = await rawDatabase(folio.page)
    const backupPath = await exportAs('Tout Folio', 'Sauvegarde complète Folio (JSON) — restaurable')
    expect(JSON.parse(readFileSync(backupPath, 'utf8'))).toMatchObject({
      format: 'folio-backup',
      formatVersion: 1,
      schemaVersion: 4,
      counts: { annotations: 3, bookmarks: 2, linkUrls: 1 }
    })

    await dialog().getByRole('button', { name: 'Effacer toutes les données…' }).click()
    // isVisible() does not wait: poll until the question (with the live counts) shows.
    await expect
      .poll(() =>
        dialog().getByText('Vraiment tout effacer ? 3 annotations et 2 signets seront supprimés de Folio.').isVisible()
      )
      .toBe(true)
    await dialog().getByRole('button', { name: 'Oui, tout effacer' }).click()
    await expect
      .poll(() => message().textContent())
      .toMatch(
        new RegExp(
          `^Toutes les données ont été effacées\\. Sauvegarde de sécurité : folio-backup-.*-v${CURRENT_SCHEMA_VERSION}\\.json\\.$`
        )
      )
    await expect.poll(() => summary().textContent()).toMatch(/^0 annotation · 0 signet/)
    expect(Object.values(await rawDatabase(folio.page)).flat()).toEqual([])
    // Nor does the next start's first frame show a highlight that is gone.
    await expect
      .poll(() =>
        folio.page.evaluate(() => JSON.parse(localStorage.getItem('folio:first-screen') ?? '{}').spans?.length ?? 0)
      )
      .toBe(0)
    const safety = readdirSync(backupDir)
    expect(safety).toHaveLength(1)
    expect(JSON.parse(readFileSync(join(backupDir, safety[0]!), 'utf8'))).toMatchObject({
      reason: 'before-clear',
      tables: { annotations: SEED.tables.annotations }
    })

    await importFile(backupPath)
    await dialog().getByTestId('import-preview').getByRole('button', { name: 'Importer' }).click()
    await expect.poll(() => message().textContent()).toContain('Import terminé : 6 nouveaux')
    expect(await rawDatabase(folio.page)).toEqual(before)
  })

  it('refuses a damaged file with a message naming the problem, and changes nothing', async () => {
    const before = await rawDatabase(folio.page)
    const backup = readFileSync(join(work, 'seed.json'), 'utf8')
    writeFileSync(join(work, 'truncated.json'), backup.slice(0, Math.floor(backup.length * 0.6)))
    await importFile(join(work, 'truncated.json'))
    const alert = dialog().getByRole('alert')
    await expect
      .poll(() => alert.textContent())
      .toBe(
        'Fichier refusé — vos données n’ont pas changé. Le fichier est tronqué : le JSON s’arrête avant la fin. Il a peut-être été mal copié.'
      )
    writeFileSync(join(work, 'wrong-type.json'), backup.replace('"color": "blue"', '"color": 7'))
    await importFile(join(work, 'wrong-type.json'))
    await expect.poll(() => alert.textContent()).toContain('tables.annotations[1].color : valeur inattendue « 7 »')
    expect(await dialog().getByTestId('import-preview').count()).toBe(0)
    expect(await rawDatabase(folio.page)).toEqual(before)
  })

  it('sends no request outside the app and logs no error', () => {
    expect(folio.externalRequests).toEqual([])
    expect(folio.pageErrors).toEqual([])
  })
})
