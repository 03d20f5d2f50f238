// The archive build command (src/archive-tool): the shipped archive is what it makes from resources/archive,
// byte for byte; folders with broken articles are refused with every problem named, and nothing written.

import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build as bundle } from 'rolldown'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { articleId } from '../../../src/archive-tool/article-id'
import { buildArchive, type BuildProgress } from '../../../src/archive-tool/build-archive'
import { openFileCatalogue } from '../../../src/main/archive/file-catalogue'
import { loadArchive } from '../../../src/main/archive/load-archive'
import { repoRoot, seedFile, shippedArchiveDir } from '../../fixtures/archive-files'
import { generatedArticle } from '../../fixtures/generated-archive'

const dirs: string[] = []
const tempDir = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), `folio-${name}-`))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A source folder holding these files (name → content). */
function sourceFolder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('source')
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

/** The .txt article of the hostile E2E test: quotes opened in references and links that never close. */
function unclosedQuoteArticle(bulletBytes: number): string {
  const run = (unit: string) => unit.repeat(Math.ceil(bulletBytes / unit.length)).slice(0, bulletBytes)
  return [
    'Guillemets ouverts - Unclosed quotes',
    '',
    'Un paragraphe ordinaire.',
    '',
    'Lectures complémentaires',
    '',
    `  • Auteur, Prénom. "${run(' ')}x`,
    `  • « ${run(' .,')}x`,
    '',
    'Liens externes',
    '',
    `  • Archivé de l'original le ${run(' le')}x`
  ].join('\n')
}

describe('the shipped archive is what the build command makes of resources/archive', () => {
  it('writes the committed manifest.json byte for byte and copies the seed unchanged', async () => {
    const out = tempDir('out')
    expect(await buildArchive(shippedArchiveDir, out)).toEqual({ ok: true, documents: 1, ignored: [] })
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(readFileSync(join(shippedArchiveDir, 'manifest.json')))
    expect(readFileSync(join(out, 'catalogue.folio'))).toEqual(readFileSync(join(shippedArchiveDir, 'catalogue.folio')))
    expect(readFileSync(join(out, '000_fed214270135fa12.txt'))).toEqual(readFileSync(seedFile))
    // The seed as the project received it (beside the clone when there, as in CI): still byte for byte.
    const received = join(repoRoot, '../shared/seeds/000_fed214270135fa12.txt')
    if (existsSync(received)) expect(readFileSync(seedFile)).toEqual(readFileSync(received))
    // Every file the shipped archive has but its source sidecar: the seed, catalogue.folio, manifest.json.
    const shipped = readdirSync(shippedArchiveDir).filter((name) => name !== 'archive-source.json')
    expect(readdirSync(out).sort()).toEqual(shipped.sort())
    expect(shipped).toContain('catalogue.folio')
  })

  it('rebuilt in place, the archive’s files do not change', async () => {
    const dir = tempDir('in-place')
    cpSync(shippedArchiveDir, dir, { recursive: true })
    expect((await buildArchive(dir, dir)).ok).toBe(true)
    for (const name of readdirSync(shippedArchiveDir))
      expect(readFileSync(join(dir, name))).toEqual(readFileSync(join(shippedArchiveDir, name)))
  })
})

describe('the catalogue the build writes beside the manifest', () => {
  it('lists every document the manifest lists, by title, and opens as the manifest would', async () => {
    const dir = sourceFolder({
      'b.txt': generatedArticle(2).text,
      'a.txt': generatedArticle(10).text,
      'notes.md': '# Élysée\n\nUn paragraphe.\n',
      'archive-source.json': JSON.stringify({ name: 'Essai', documents: { 'notes.md': { notes: ['Une note.'] } } })
    })
    const out = tempDir('out')
    expect((await buildArchive(dir, out)).ok).toBe(true)
    const catalogue = await openFileCatalogue(out)
    try {
      const page = await catalogue.page({ offset: 0, limit: 10 })
      expect(page.rows.map((row) => row.title)).toEqual(['Élysée', 'Traité numéro 2', 'Traité numéro 10'])
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { documents: { id: string }[] }
      expect(page.rows.map((row) => row.id).sort()).toEqual(manifest.documents.map((entry) => entry.id).sort())
      expect(catalogue.info).toMatchObject({ name: 'Essai', count: 3 })
      const notes = await catalogue.read(page.rows[0]!.id)
      expect(notes.ok && notes.entry.notes).toEqual(['Une note.'])
    } finally {
      await catalogue.close()
    }
  })

  it('is not listed as ignored when the archive is rebuilt in place', async () => {
    const dir = sourceFolder({ 'a.txt': generatedArticle(1).text })
    expect(await buildArchive(dir, dir)).toEqual({ ok: true, documents: 1, ignored: [] })
    expect(await buildArchive(dir, dir)).toEqual({ ok: true, documents: 1, ignored: [] })
  })
})

describe('ids', () => {
  it('keep the id a seed-style name carries, and derive one from any other name, not from the content', () => {
    expect(articleId('000_fed214270135fa12.txt')).toBe('fed214270135fa12')
    expect(articleId('Traité de Valmorel.md')).toMatch(/^[0-9a-f]{16}$/)
    expect(articleId('a.txt')).not.toBe(articleId('b.txt'))
  })

  it('stay the same when an article is edited', async () => {
    const dir = sourceFolder({ 'traite.txt': generatedArticle(1).text })
    const out = tempDir('out')
    await buildArchive(dir, out)
    const before = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents[0]
    writeFileSync(join(dir, 'traite.txt'), generatedArticle(2).text)
    await buildArchive(dir, out)
    const after = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).documents[0]
    expect(after.id).toBe(before.id)
    expect(after.sha256).not.toBe(before.sha256)
  })
})

describe('a folder of good articles', () => {
  it('builds an archive Folio opens: .txt and .md, notes from archive-source.json, an unclosed-quote monster included', async () => {
    const dir = sourceFolder({
      '001_a.txt': generatedArticle(1).text,
      'guillemets.txt': unclosedQuoteArticle(200_000),
      'notes.md': '# Notes de Yalta\n\nUn paragraphe.\n\n## Suite\n\nUn autre.\n',
      'archive-source.json': JSON.stringify({
        name: 'Essai',
        documents: { 'notes.md': { notes: ['Écrit pour le test.'] } }
      }),
      'image.png': new Uint8Array([0x89, 0x50])
    })
    const out = tempDir('out')
    const progress: BuildProgress[] = []
    const result = await buildArchive(dir, out, (step) => progress.push(step))
    expect(result).toEqual({ ok: true, documents: 3, ignored: ['image.png'] })
    expect(progress.map((step) => step.done)).toEqual([0, 1, 2, 3])
    expect(progress.every((step) => step.total === 3)).toBe(true)

    const loaded = await loadArchive(out)
    if (!loaded.ok) throw new Error(loaded.problem.message)
    expect(loaded.damaged).toEqual([])
    expect(loaded.archive.name).toBe('Essai')
    const markdown = loaded.archive.documents.find((entry) => entry.file === 'notes.md')
    expect(markdown?.document.title).toBe('Notes de Yalta')
    expect(markdown?.document.sections.map((section) => section.heading)).toEqual(['Suite'])
    expect(markdown?.notes).toEqual(['Écrit pour le test.'])
    expect(existsSync(join(out, 'image.png'))).toBe(false)
  })
})

describe('a folder with broken articles', () => {
  const broken = () =>
    sourceFolder({
      '001_ok.txt': generatedArticle(1).text,
      '002_binaire.txt': Buffer.concat([
        Buffer.from('Titre - Title\n\nLigne deux\n'),
        Buffer.from([0x89, 0x50, 0x00, 0x00, 0x01])
      ]),
      '003_vide.txt': '',
      '004_copie.txt': generatedArticle(1).text,
      '005_latin1.txt': Buffer.concat([
        Buffer.from('Titre - Title\n\nPremier paragraphe.\n\nAccentu'),
        Buffer.from([0xe9]),
        Buffer.from(' ici.\n')
      ]),
      '006_dense.md': `# Titre\n\n${'*_'.repeat(200_000)}\n`,
      'nom avec espaces.txt': generatedArticle(7).text,
      'archive-source.json': JSON.stringify({ documents: { 'absent.txt': { notes: ['?'] } } })
    })

  it('names every problem with its file, and the line where one helps', async () => {
    const result = await buildArchive(broken(), tempDir('out'))
    if (result.ok) throw new Error('a broken folder was built')
    const byFile = Object.fromEntries(result.problems.map((problem) => [problem.file, problem]))
    expect(byFile['002_binaire.txt']).toMatchObject({ line: 4, message: expect.stringContaining('binaire') })
    expect(byFile['003_vide.txt']).toMatchObject({ message: 'Le fichier est vide.' })
    expect(byFile['004_copie.txt']).toMatchObject({
      message: expect.stringContaining('Même contenu que « 001_ok.txt »')
    })
    expect(byFile['005_latin1.txt']).toMatchObject({ line: 5, message: expect.stringContaining('UTF-8') })
    expect(byFile['006_dense.md']).toMatchObject({ message: expect.stringContaining('complexe') })
    expect(byFile['nom avec espaces.txt']).toMatchObject({ message: expect.stringContaining('Nom refusé') })
    expect(byFile['archive-source.json']).toMatchObject({ message: expect.stringContaining('absent.txt') })
    expect(byFile['001_ok.txt']).toBeUndefined()
    expect(result.problems).toHaveLength(7)
  })

  it('writes nothing: no manifest, no copies, an earlier build left as it was', async () => {
    const out = tempDir('out')
    cpSync(shippedArchiveDir, out, { recursive: true })
    const before = readdirSync(out).sort()
    expect((await buildArchive(broken(), out)).ok).toBe(false)
    expect(readdirSync(out).sort()).toEqual(before)
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(readFileSync(join(shippedArchiveDir, 'manifest.json')))
  })

  it('refuses two names carrying the same id', async () => {
    const dir = sourceFolder({
      '001_fed214270135fa12.txt': generatedArticle(1).text,
      '002_fed214270135fa12.txt': generatedArticle(2).text
    })
    const result = await buildArchive(dir, tempDir('out'))
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: '002_fed214270135fa12.txt', message: expect.stringContaining('Même id (fed214270135fa12)') }]
    })
  })
})

describe('npm run archive', () => {
  // Bundled once as the package script does (rolldown), kept for the whole block.
  const cliDir = mkdtempSync(join(tmpdir(), 'folio-cli-'))
  const cli = join(cliDir, 'archive.mjs')
  afterAll(() => rmSync(cliDir, { recursive: true, force: true }))
  beforeAll(async () => {
    await bundle({
      input: join(repoRoot, 'src/archive-tool/cli.ts'),
      platform: 'node',
      logLevel: 'silent',
      output: { file: cli, format: 'esm' }
    })
  }, 60_000)
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' })

  it('builds, printing progress and a summary', () => {
    const out = tempDir('out')
    const done = run('build', shippedArchiveDir, out)
    expect(done.status).toBe(0)
    expect(done.stderr).toContain('1/1 articles vérifiés')
    expect(done.stdout).toContain('1 document(s)')
    expect(readFileSync(join(out, 'manifest.json'))).toEqual(readFileSync(join(shippedArchiveDir, 'manifest.json')))
  })

  it('lists each problem as file:line — message and exits 1; a wrong usage exits 2', () => {
    const dir = sourceFolder({ 'a.txt': 'Titre - Title\n\nLigne\n\u0001\n', 'b.txt': '' })
    const failed = run('build', dir, tempDir('out'))
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('a.txt:4 — ')
    expect(failed.stderr).toContain('b.txt — Le fichier est vide.')
    expect(failed.stderr).toContain('2 problème(s)')
    expect(run('make', dir).status).toBe(2)
  })

  it('writes the archive without a bad shipped copy, names it with its index, and exits 3', () => {
    const dir = sourceFolder({
      '000_fed214270135fa12.txt': readFileSync(seedFile),
      'archive-source.json': JSON.stringify({
        copies: [{ document: 'fed214270135fa12', link: 'link-0', file: 'a.pdf' }]
      })
    })
    const done = run('build', dir, dir)
    expect(done.status).toBe(3)
    expect(done.stderr).toContain('copies[0] — « 000_fed214270135fa12.txt » n’a pas de lien « link-0 »')
    expect(done.stderr).toContain('1 copie(s) laissée(s) hors de l’archive')
    expect(done.stdout).toContain('1 document(s), 0 copie(s) fournie(s)')
    expect(existsSync(join(dir, 'catalogue.folio'))).toBe(true)
  })
})
