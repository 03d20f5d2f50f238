import { readFileSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { DocumentParser } from '../../../src/main/library/document-parser'
import {
  copyFileName,
  idOfContent,
  libraryManifestSchema,
  sha256Of,
  type LibraryEntry
} from '../../../src/main/library/library-manifest'
import { UserLibrary } from '../../../src/main/library/user-library'
import { titleCollator } from '../../../src/shared/library/title-filter'
import { parseHere } from './parse-here'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const temp = tempDirsPerTest()

/** A parser that counts the documents it is asked to parse. */
const countingParser = () => vi.fn<DocumentParser>(parseHere)

const WORDS = ['Traité', 'traite', 'Éclair', 'Zèbre', 'Accord', 'Œuvre', 'Convention', 'Élan', 'Été', 'Pacte']

/** The text of document `n` in the archive's format: a title line, a blank line, a paragraph. */
const textOf = (n: number) => `${WORDS[n % WORDS.length]} numéro ${n}\n\nLe texte du document ${n}.\n`

/**
 * A library folder of `count` documents, their copies on disk and library.json written as an older Folio (no
 * titles, `titled` false) or this one writes it.
 */
function libraryFolder(count: number, titled = true, copies = true): { dir: string; entries: LibraryEntry[] } {
  const dir = temp('folio-lib-')
  const entries: LibraryEntry[] = []
  for (let n = 0; n < count; n++) {
    const bytes = Buffer.from(textOf(n))
    const sha256 = sha256Of(bytes)
    const id = idOfContent(sha256)
    const entry: LibraryEntry = {
      id,
      file: copyFileName(id, 'article'),
      kind: 'article',
      originalName: `document-${n}.txt`,
      sha256,
      bytes: bytes.byteLength,
      addedAt: '2026-12-01T10:00:00.000Z',
      ...(titled ? { title: textOf(n).split('\n')[0] } : {})
    }
    if (copies) writeFileSync(join(dir, entry.file), bytes)
    entries.push(entry)
  }
  const manifest = { format: 'folio-user-library', formatVersion: 1, documents: entries }
  writeFileSync(join(dir, 'library.json'), JSON.stringify(manifest, null, 2))
  return { dir, entries }
}

const manifestOf = (dir: string) =>
  libraryManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')))

describe("the user's library as a list", () => {
  it('lists 2,000 documents by page, sorted and filtered, without reading or parsing a single copy', async () => {
    const { dir, entries } = libraryFolder(2000)
    // Every copy is gone: a listing that read any would mark it missing.
    for (const entry of entries) unlinkSync(join(dir, entry.file))
    const parse = countingParser()
    const library = new UserLibrary(dir, parse)

    const first = await library.page({ offset: 0, limit: 100 })
    expect(first.total).toBe(2000)
    expect(first.rows).toHaveLength(100)
    expect(first.problems).toEqual([])
    expect(first.rows.some((row) => row.problem)).toBe(false)
    // Copies not yet checked: the renderer asks again with `verify` once the rows are shown.
    expect(first.unverified).toBe(true)
    const sorted = entries.map((entry) => entry.title as string).sort(titleCollator.compare)
    expect(first.rows.map((row) => row.title)).toEqual(sorted.slice(0, 100))
    const last = await library.page({ offset: 1950, limit: 100 })
    expect(last).toMatchObject({ total: 2000, offset: 1950 })
    expect(last.rows.map((row) => row.title)).toEqual(sorted.slice(1950))

    // The title filter: accent- and case-insensitive, a prefix of a word of the title.
    const traite = await library.page({ offset: 0, limit: 500, query: 'TRAIT' })
    expect(traite.total).toBe(400)
    expect(traite.rows.every((row) => /^trait/i.test(row.title.normalize('NFD').replace(/\p{M}/gu, '')))).toBe(true)
    expect((await library.page({ offset: 0, limit: 10, query: 'numero 1999' })).rows.map((row) => row.id)).toEqual([
      entries[1999]!.id
    ])

    // The open document is located among the matching rows, wherever its page is.
    const located = await library.page({ offset: 0, limit: 10, locate: entries[1234]!.id })
    expect(located.located).toBe(sorted.indexOf(entries[1234]!.title as string))
    expect((await library.page({ offset: 0, limit: 10, locate: 'a-not-mine' })).located).toBe(-1)

    expect(parse).not.toHaveBeenCalled()
  })

  it('opens a library of 10,000 documents on the list of its titles alone, each page and filter from memory', async () => {
    // No copy at all on disk: nothing of the listing may need one.
    const { dir } = libraryFolder(10_000, true, false)
    const parse = countingParser()
    const library = new UserLibrary(dir, parse)
    const timed = async <T>(run: () => Promise<T>) => {
      const start = performance.now()
      const value = await run()
      return { value, ms: performance.now() - start }
    }
    const first = await timed(() => library.page({ offset: 0, limit: 100 }))
    const next = await timed(() => library.page({ offset: 5000, limit: 100 }))
    const filtered = await timed(() => library.page({ offset: 0, limit: 100, query: 'zèbre numéro 99' }))
    if (process.env.FOLIO_SHOW_RATIOS)
      console.log({ firstPageMs: first.ms, laterPageMs: next.ms, filterMs: filtered.ms })
    expect(first.value).toMatchObject({ total: 10_000, problems: [] })
    expect(next.value.rows).toHaveLength(100)
    // Zèbre is every tenth title from 3: numbers beginning with 99, in numeric order.
    const zebras = [993, ...Array.from({ length: 10 }, (_, n) => 9903 + n * 10)]
    expect(filtered.value.rows.map((row) => row.title)).toEqual(zebras.map((n) => `Zèbre numéro ${n}`))
    expect(parse).not.toHaveBeenCalled()
  })

  it('checks the copies of the rows shown only, and marks a damaged one while the others list and open', async () => {
    const { dir, entries } = libraryFolder(30)
    const [edited, gone, sound] = [entries[3]!, entries[7]!, entries[12]!]
    writeFileSync(join(dir, edited.file), textOf(3).replace('texte', 'TEXTE'))
    unlinkSync(join(dir, gone.file))
    const parse = countingParser()
    const library = new UserLibrary(dir, parse)

    const page = await library.page({ offset: 0, limit: 30, verify: true })
    expect(page.unverified).toBeUndefined()
    const damaged = page.rows.filter((row) => row.problem)
    expect(damaged.map((row) => [row.id, row.title, row.problem?.kind]).sort()).toEqual(
      [
        [edited.id, edited.originalName, 'checksum'],
        [gone.id, gone.originalName, 'missing']
      ].sort()
    )
    expect(page.rows.filter((row) => !row.problem)).toHaveLength(28)
    // Checked, not parsed.
    expect(parse).not.toHaveBeenCalled()

    expect(await library.read(edited.id)).toMatchObject({
      ok: false,
      damaged: { id: edited.id, file: edited.originalName, problem: { kind: 'checksum', file: edited.originalName } }
    })
    expect(await library.read(sound.id)).toMatchObject({ ok: true, entry: { id: sound.id, origin: 'user' } })
    expect(await library.read('u-0000000000000000')).toMatchObject({ ok: false, unlisted: true })
    expect(parse).toHaveBeenCalledTimes(1)
  })

  it('lists a library.json written by an older Folio (no titles) under the files’ names, then fills the titles ahead once', async () => {
    const { dir, entries } = libraryFolder(12, false)
    writeFileSync(join(dir, entries[5]!.file), 'altéré')
    const parse = countingParser()
    const library = new UserLibrary(dir, parse)

    const before = await library.page({ offset: 0, limit: 50 })
    expect(before.total).toBe(12)
    expect(before.rows.map((row) => row.title).sort()).toEqual(entries.map((entry) => entry.originalName).sort())
    // The listing started the titles' reading in the background.
    expect(before.titlesPending).toBe(true)
    expect(await library.fillTitles()).toBe(11)

    const manifest = manifestOf(dir)
    expect(manifest.formatVersion).toBe(1)
    expect(manifest.documents.map((entry) => entry.title)).toEqual(
      entries.map((entry, n) => (n === 5 ? undefined : textOf(n).split('\n')[0]))
    )
    const after = await library.page({ offset: 0, limit: 50 })
    expect(after.titlesPending).toBeUndefined()
    const titles = entries
      .filter((_, n) => n !== 5)
      .map((entry) => manifestOf(dir).documents.find((e) => e.id === entry.id)?.title)
    expect(after.rows.filter((row) => !row.problem).map((row) => row.title)).toEqual(
      (titles as string[]).sort(titleCollator.compare)
    )
    // The damaged copy is marked, under its file's name; it is not read again for a title.
    expect(after.rows.find((row) => row.id === entries[5]!.id)).toMatchObject({
      title: entries[5]!.originalName,
      problem: { kind: 'checksum' }
    })
    const parsed = parse.mock.calls.length
    expect(await library.fillTitles()).toBe(0)
    await library.page({ offset: 0, limit: 50 })
    expect(parse.mock.calls.length).toBe(parsed)
  })

  it('writes the title of a document added or put back into library.json', async () => {
    const dir = temp('folio-lib-')
    const source = join(temp('folio-src-'), 'note.md')
    writeFileSync(source, '# Notes sur Yalta\n\nLe texte.\n')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(source)
    if (!added.ok) throw new Error(added.message)
    expect(manifestOf(dir).documents).toMatchObject([{ id: added.entry.id, title: 'Notes sur Yalta' }])
    expect(await library.remove(added.entry.id)).toEqual({ ok: true })
    expect(await library.restore(added.entry.id)).toMatchObject({ ok: true })
    expect(manifestOf(dir).documents).toMatchObject([{ id: added.entry.id, title: 'Notes sur Yalta' }])
    expect((await library.page({ offset: 0, limit: 10 })).rows).toEqual([
      { id: added.entry.id, file: 'note.md', title: 'Notes sur Yalta' }
    ])
  })

  it('keeps an entry whose title is not one (too long, empty) and lists it under its file’s name', async () => {
    const { dir, entries } = libraryFolder(2)
    const manifest = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))
    manifest.documents[0].title = 'x'.repeat(50_000)
    manifest.documents[1].title = ''
    writeFileSync(join(dir, 'library.json'), JSON.stringify(manifest))
    const library = new UserLibrary(dir, parseHere)
    const page = await library.page({ offset: 0, limit: 10 })
    expect(page.problems).toEqual([])
    expect(page.rows.map((row) => row.title).sort()).toEqual(entries.map((entry) => entry.originalName).sort())
    // Read again, ahead, as an older library's would be.
    expect(await library.fillTitles()).toBe(2)
  })
})
