import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { libraryManifestSchema } from '../../../src/main/library/library-manifest'
import { UserLibrary } from '../../../src/main/library/user-library'
import { listAll } from './list-all'
import { parseHere } from './parse-here'
import { repoRoot } from '../../fixtures/archive-files'

const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name)
const NOW = new Date('2026-12-02T10:00:00.000Z')
let dir: string
let library: UserLibrary
const manifestPath = () => join(dir, 'library.json')
const readManifest = () => JSON.parse(readFileSync(manifestPath(), 'utf8'))
const damagedFiles = () => readdirSync(dir).filter((name) => name.startsWith('library.json.damaged-'))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-recover-'))
  library = new UserLibrary(dir, parseHere, () => NOW)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A library of three documents (article, Markdown, plain text), then its list is replaced by `damage`. */
async function libraryOfThree() {
  const added = [
    await library.add(fixture('articles/valmorel.txt')),
    await library.add(fixture('library/notes-yalta.md')),
    await library.add(fixture('library/plain.txt'))
  ]
  return added.map((result) => {
    if (!result.ok) throw new Error(result.message)
    return result.entry
  })
}

describe('a damaged library.json', () => {
  it.each([
    ['empty (a crash during a write)', () => ''],
    ['truncated', (text: string) => text.slice(0, text.length / 2)],
    ['not the library’s format', () => JSON.stringify({ format: 'something-else', documents: 'none' })],
    ['not JSON at all', () => '\u0000\u0000\u0000']
  ])('is rebuilt from the copies on disk when %s; the damaged file is kept aside', async (_name, damage) => {
    const entries = await libraryOfThree()
    const good = readFileSync(manifestPath(), 'utf8')
    const damaged = damage(good)
    writeFileSync(manifestPath(), damaged)

    const reopened = new UserLibrary(dir, parseHere, () => NOW)
    const { documents, problems } = await listAll(reopened)
    expect(documents.map((doc) => doc.id).sort()).toEqual(entries.map((entry) => entry.id).sort())
    // Without the list, a copy is named after its document's title (a plain text's, its first line).
    expect(documents.map((doc) => doc.file).sort()).toEqual(
      [
        'Accord de Valmorel sur la navigation fluviale.txt',
        'Ceci est un texte brut sans ligne vide après le titre,.txt',
        'Notes de lecture sur Yalta.md'
      ].sort()
    )
    expect(problems).toEqual([
      {
        kind: 'recovered',
        file: 'library.json',
        message: expect.stringMatching(
          /reconstruite.*3 documents retrouvés.*library\.json\.damaged-2026-12-02T10-00-00-000Z/
        )
      }
    ])
    expect(damagedFiles()).toEqual(['library.json.damaged-2026-12-02T10-00-00-000Z'])
    expect(readFileSync(join(dir, damagedFiles()[0] ?? ''), 'utf8')).toBe(damaged)
    expect(libraryManifestSchema.safeParse(readManifest()).success).toBe(true)
    // The library works again: adding, removing, and a second opening needs no recovery.
    expect(await reopened.remove(entries[0]?.id ?? '')).toEqual({ ok: true })
    expect((await listAll(new UserLibrary(dir, parseHere))).problems).toEqual([])
  })

  it('keeps the entries that still validate (their names and dates) and rebuilds only the others', async () => {
    const [article, markdown, text] = await libraryOfThree()
    const manifest = readManifest()
    manifest.documents[1].sha256 = 'not a hash'
    manifest.documents[2] = { nonsense: true }
    writeFileSync(manifestPath(), JSON.stringify(manifest))

    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere, () => NOW))
    expect(documents.map((doc) => [doc.id, doc.file]).sort()).toEqual(
      [
        [article?.id, 'valmorel.txt'],
        [markdown?.id, 'Notes de lecture sur Yalta.md'],
        [text?.id, 'Ceci est un texte brut sans ligne vide après le titre,.txt']
      ].sort()
    )
    expect(readManifest().documents[0]).toEqual(manifest.documents[0])
    expect(problems).toMatchObject([
      { kind: 'recovered', message: expect.stringContaining('1 document gardé avec son nom, 2 documents retrouvés') },
      { kind: 'invalid-document', file: 'documents.2', message: expect.stringContaining('Entrée de la liste ignorée') }
    ])
  })

  it('reports by name an entry that cannot be kept and whose copy is gone, and lists the others', async () => {
    const [article, markdown] = await libraryOfThree()
    const manifest = readManifest()
    manifest.documents[1].bytes = -1
    writeFileSync(manifestPath(), JSON.stringify(manifest))
    rmSync(join(dir, `${markdown?.id}.md`))

    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere, () => NOW))
    expect(documents.map((doc) => doc.id)).toEqual([article?.id, expect.any(String)])
    expect(problems).toMatchObject([
      { kind: 'recovered', message: expect.stringContaining('1 entrée n’a pas pu être reprise') },
      { kind: 'invalid-document', file: 'notes-yalta.md', message: expect.stringContaining('bytes') }
    ])
  })

  it('repairs a name written before the name rule (a\\b.txt) instead of dropping its entry', async () => {
    const [article] = await libraryOfThree()
    const manifest = readManifest()
    manifest.documents[0].originalName = 'a\\b.txt'
    writeFileSync(manifestPath(), JSON.stringify(manifest))
    const { documents } = await listAll(new UserLibrary(dir, parseHere, () => NOW))
    expect(documents.find((doc) => doc.id === article?.id)?.file).toBe('a_b.txt')
    expect(readManifest().documents[0]).toEqual({ ...manifest.documents[0], originalName: 'a_b.txt' })
  })

  it('does not take back a copy whose content no longer matches its name, and says so', async () => {
    const [article] = await libraryOfThree()
    writeFileSync(join(dir, `${article?.id}.txt`), 'Autre titre\n\nAutre texte.')
    writeFileSync(manifestPath(), '')
    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere, () => NOW))
    expect(documents).toHaveLength(2)
    expect(problems).toContainEqual({
      kind: 'invalid-document',
      file: `${article?.id}.txt`,
      message: expect.stringContaining('modifiée')
    })
  })

  it('rebuilds the list when it has disappeared but copies remain', async () => {
    await libraryOfThree()
    rmSync(manifestPath())
    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere, () => NOW))
    expect(documents).toHaveLength(3)
    expect(problems).toMatchObject([{ kind: 'recovered' }])
    expect(damagedFiles()).toEqual([])
  })

  it('opens a library never used as empty, with nothing to recover', async () => {
    expect(await listAll(library)).toEqual({ documents: [], problems: [] })
    expect(readdirSync(dir)).toEqual([])
  })

  it('keeps telling the user of the recovery for the session, even when the first screen read first', async () => {
    const [article] = await libraryOfThree()
    writeFileSync(manifestPath(), '{')
    const reopened = new UserLibrary(dir, parseHere, () => NOW)
    expect((await reopened.document(article?.id ?? ''))?.id).toBe(article?.id)
    expect((await listAll(reopened)).problems).toMatchObject([{ kind: 'recovered' }])
    expect((await listAll(reopened)).problems).toMatchObject([{ kind: 'recovered' }])
  })

  it('adds and removes on a damaged list without losing the documents it had', async () => {
    const entries = await libraryOfThree()
    writeFileSync(manifestPath(), '')
    const reopened = new UserLibrary(dir, parseHere, () => NOW)
    expect(await reopened.add(fixture('articles/valmorel.txt'))).toMatchObject({ ok: false, reason: 'duplicate' })
    expect(await reopened.remove(entries[1]?.id ?? '')).toEqual({ ok: true })
    expect(readManifest().documents.map((entry: { id: string }) => entry.id)).toEqual([entries[0]?.id, entries[2]?.id])
  })
})
