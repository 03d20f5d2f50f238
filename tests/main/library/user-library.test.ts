import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { libraryManifestSchema } from '../../../src/main/library/library-manifest'
import { UserLibrary } from '../../../src/main/library/user-library'
import { listAll } from './list-all'
import { parseHere } from './parse-here'
import { repoRoot } from '../../fixtures/archive-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const temp = tempDirsPerTest()
const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name)

function source(name: string, content: string | Uint8Array): string {
  const path = join(temp('folio-src-'), name)
  writeFileSync(path, content)
  return path
}

describe("the user's library", () => {
  it('adds an article in the archive format and lists it parsed, with its references', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    const result = await library.add(fixture('articles/valmorel.txt'))
    expect(result).toMatchObject({
      ok: true,
      entry: {
        origin: 'user',
        file: 'valmorel.txt',
        document: { title: 'Accord de Valmorel sur la navigation fluviale' }
      }
    })
    const { documents, problems } = await listAll(library)
    expect(problems).toEqual([])
    expect(
      documents.map((doc) => [doc.document.title, doc.document.references.length, doc.document.links.length])
    ).toEqual([['Accord de Valmorel sur la navigation fluviale', 2, 2]])
  })

  it('adds a Markdown file: first heading as title, sections, bullets, text without markup', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    const result = await library.add(fixture('library/notes-yalta.md'))
    if (!result.ok) throw new Error(result.message)
    const doc = result.entry.document
    expect(doc.title).toBe('Notes de lecture sur Yalta')
    expect(doc.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['title', 'Notes de lecture sur Yalta'],
      ['paragraph', 'Un premier paragraphe avec des accents : é, è, ê.'],
      ['heading', 'Sources'],
      ['bullet', 'Premier livre'],
      ['bullet', 'Second livre'],
      ['paragraph', 'Dernier paragraphe avec 中文.']
    ])
  })

  it('adds plain text with the file name as title and every line kept', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    const result = await library.add(fixture('library/plain.txt'))
    if (!result.ok) throw new Error(result.message)
    expect(result.entry.document.title).toBe('plain')
    expect(result.entry.document.blocks.slice(1).map((block) => block.text)).toEqual([
      'Ceci est un texte brut sans ligne vide après le titre,',
      'coupé en lignes comme un courriel.',
      'Un second paragraphe.'
    ])
  })

  it('adds an archive-format article saved as UTF-16 with a BOM (Windows Notepad), read as an article after a restart', async () => {
    const dir = temp('folio-lib-')
    const text = readFileSync(fixture('articles/valmorel.txt'), 'utf8')
    const result = await new UserLibrary(dir, parseHere).add(
      source('valmorel-utf16.txt', Buffer.from(`\ufeff${text}`, 'utf16le'))
    )
    if (!result.ok) throw new Error(result.message)
    expect(result.entry.document.title).toBe('Accord de Valmorel sur la navigation fluviale')
    expect(result.entry.document.references).toHaveLength(2)
    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere))
    expect(problems).toEqual([])
    expect(documents.map((doc) => doc.document.blocks.map((block) => block.text))).toEqual([
      result.entry.document.blocks.map((block) => block.text)
    ])
  })

  it('refuses a Windows-1252 file naming its encoding (for the renderer’s words too), never as binary', async () => {
    const latin = Uint8Array.from([...Buffer.from('Trait', 'latin1'), 0xe9, 0x20, 0x96, 0x20, 0x92, 0x0a])
    const result = await new UserLibrary(temp('folio-lib-'), parseHere).add(source('windows.txt', latin))
    expect(result).toEqual({
      ok: false,
      reason: 'not-utf8',
      likely: 'windows-1252',
      message:
        '« windows.txt » : Le fichier n’est pas en UTF-8 : encodage probable Windows-1252. Enregistrez-le en UTF-8, puis réessayez.'
    })
  })

  it.each([
    ['a binary file', 'photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'binary', 'binaire'],
    ['non-UTF-8 text', 'latin1.txt', Uint8Array.from([0x54, 0x72, 0x61, 0x69, 0x74, 0xe9, 0x0a]), 'not-utf8', 'UTF-8'],
    ['an empty file', 'vide.md', '', 'empty', 'vide'],
    ['a file whose first line is not a title', 'liste.txt', '  • une puce\n\ntexte', 'no-title', 'titre'],
    ['an unsupported type', 'livre.epub', 'PK', 'unsupported', '.txt et .md']
  ])(
    'refuses %s with a clear message and leaves the library as it was',
    async (_name, fileName, content, reason, words) => {
      const dir = temp('folio-lib-')
      const library = new UserLibrary(dir, parseHere)
      await library.add(fixture('articles/valmorel.txt'))
      const before = readdirSync(dir).sort()
      const manifest = readFileSync(join(dir, 'library.json'), 'utf8')
      const result = await library.add(source(fileName, content))
      expect(result).toMatchObject({ ok: false, reason, message: expect.stringContaining(words) })
      expect(readdirSync(dir).sort()).toEqual(before)
      expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe(manifest)
    }
  )

  it('refuses a file over 10 MB without reading it', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    const path = source('enorme.txt', '')
    const { truncateSync } = await import('node:fs')
    truncateSync(path, 11 * 1024 * 1024)
    expect(await library.add(path)).toMatchObject({
      ok: false,
      reason: 'too-large',
      message: expect.stringContaining('10 Mo')
    })
  })

  it('refuses the same file twice', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    await library.add(fixture('articles/valmorel.txt'))
    expect(await library.add(fixture('articles/valmorel.txt'))).toMatchObject({ ok: false, reason: 'duplicate' })
  })

  it('keeps the copy under a name of its own, whatever the name of the file added', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const result = await library.add(source('..\\..\\evil name.md', '# Titre\n\nTexte.'))
    expect(result.ok).toBe(true)
    expect(readdirSync(dir).filter((name) => name !== 'library.json')).toEqual([
      expect.stringMatching(/^u-[0-9a-f]{16}\.md$/)
    ])
  })

  it('ignores a manifest entry that points outside the library, and reports it', async () => {
    const dir = temp('folio-lib-')
    writeFileSync(
      join(dir, 'library.json'),
      JSON.stringify({
        format: 'folio-user-library',
        formatVersion: 1,
        documents: [
          {
            id: 'u-0123456789abcdef',
            file: '../../etc/passwd',
            kind: 'text',
            originalName: 'x',
            sha256: 'a'.repeat(64),
            bytes: 1,
            addedAt: new Date().toISOString()
          }
        ]
      })
    )
    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere))
    expect(documents).toEqual([])
    expect(problems).toMatchObject([
      { kind: 'recovered', file: 'library.json' },
      { kind: 'invalid-document', file: 'x', message: expect.stringContaining('file') }
    ])
  })

  it('reports a document changed on disk and still lists the others', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const a = await library.add(fixture('articles/valmorel.txt'))
    await library.add(fixture('library/notes-yalta.md'))
    if (!a.ok) throw new Error(a.message)
    writeFileSync(join(dir, `${a.entry.id}.txt`), 'altéré')
    const { documents, problems } = await listAll(library)
    expect(documents.map((doc) => doc.document.title)).toEqual(['Notes de lecture sur Yalta'])
    expect(problems).toMatchObject([{ file: 'valmorel.txt', message: expect.stringContaining('modifié ou corrompu') }])
  })

  it('reads one document by id, for the first screen, and nothing for one gone, changed or unknown', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const a = await library.add(fixture('articles/valmorel.txt'))
    const b = await library.add(fixture('library/notes-yalta.md'))
    if (!a.ok || !b.ok) throw new Error('not added')
    expect(await library.document(b.entry.id)).toEqual(b.entry)
    expect(await library.document('u-unknown')).toBeNull()
    writeFileSync(join(dir, `${a.entry.id}.txt`), 'altéré')
    expect(await library.document(a.entry.id)).toBeNull()
    await library.remove(b.entry.id)
    expect(await library.document(b.entry.id)).toBeNull()
    expect(await new UserLibrary(temp('folio-empty-'), parseHere).document(b.entry.id)).toBeNull()
  })

  it('removes a document: it leaves the list and its copy goes to the trash', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok) throw new Error(added.message)
    expect(await library.remove(added.entry.id)).toEqual({ ok: true })
    expect(readdirSync(dir).sort()).toEqual(['library.json', 'removed'])
    expect(readdirSync(join(dir, 'removed')).sort()).toEqual([`${added.entry.id}.json`, `${added.entry.id}.md`])
    expect((await listAll(library)).documents).toEqual([])
    expect(await library.remove(added.entry.id)).toMatchObject({ ok: false })
  })

  it('puts a removed document back (undo) as it was: same name, same date, same content', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const kept = await library.add(fixture('articles/valmorel.txt'))
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok || !kept.ok) throw new Error('not added')
    const manifestBefore = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))
    await library.remove(added.entry.id)
    expect(await library.restore(added.entry.id)).toEqual({ ok: true, entry: added.entry })
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))).toEqual(manifestBefore)
    expect((await listAll(library)).documents.map((doc) => doc.id).sort()).toEqual(
      [kept.entry.id, added.entry.id].sort()
    )
    expect(readdirSync(join(dir, 'removed'))).toEqual([])
  })

  it('refuses to restore a document still listed, one never removed, or one whose copy is gone', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok) throw new Error(added.message)
    expect(await library.restore(added.entry.id)).toMatchObject({
      ok: false,
      reason: 'duplicate',
      message: expect.stringContaining('déjà')
    })
    expect(await library.restore('u-0123456789abcdef')).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('plus dans la corbeille')
    })
    await library.remove(added.entry.id)
    rmSync(join(dir, 'removed', `${added.entry.id}.md`))
    expect(await library.restore(added.entry.id)).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('plus dans la corbeille')
    })
    expect((await listAll(library)).documents).toEqual([])
  })

  it('refuses to restore a copy changed in the trash, and leaves the library as it was', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok) throw new Error(added.message)
    await library.remove(added.entry.id)
    const manifest = readFileSync(join(dir, 'library.json'), 'utf8')
    writeFileSync(join(dir, 'removed', `${added.entry.id}.md`), '# Autre\n\nTexte.')
    expect(await library.restore(added.entry.id)).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('modifié ou corrompu')
    })
    expect(readFileSync(join(dir, 'library.json'), 'utf8')).toBe(manifest)
  })

  it('restores a document whose removal stopped before its copy was moved (a crash)', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok) throw new Error(added.message)
    await library.remove(added.entry.id)
    renameSync(join(dir, 'removed', `${added.entry.id}.md`), join(dir, `${added.entry.id}.md`))
    expect(await library.restore(added.entry.id)).toMatchObject({ ok: true, entry: { id: added.entry.id } })
    expect((await listAll(library)).documents.map((doc) => doc.id)).toEqual([added.entry.id])
  })

  it('adds a removed file again (content-named) and clears its trash item', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('library/notes-yalta.md'))
    if (!added.ok) throw new Error(added.message)
    await library.remove(added.entry.id)
    expect(await library.add(fixture('library/notes-yalta.md'))).toMatchObject({
      ok: true,
      entry: { id: added.entry.id }
    })
    expect(readdirSync(join(dir, 'removed'))).toEqual([])
    expect(await library.restore(added.entry.id)).toMatchObject({ ok: false, reason: 'duplicate' })
  })

  it('keeps both documents when two are added at the same time', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    await Promise.all([library.add(fixture('articles/valmorel.txt')), library.add(fixture('library/notes-yalta.md'))])
    expect((await listAll(library)).documents).toHaveLength(2)
  })
})

describe('names of the files added', () => {
  it('adds a file named a\\b.txt (legal on Linux) and the library still opens and lists it afterwards', async () => {
    const dir = temp('folio-lib-')
    const added = await new UserLibrary(dir, parseHere).add(source('a\\b.txt', 'Titre\n\nTexte.'))
    expect(added).toMatchObject({ ok: true, entry: { file: 'a_b.txt' } })
    const reopened = new UserLibrary(dir, parseHere)
    expect(await listAll(reopened)).toMatchObject({ documents: [{ file: 'a_b.txt' }], problems: [] })
    expect(await reopened.add(source('autre.md', '# Autre'))).toMatchObject({ ok: true })
  })

  it('writes, for any file name the add path accepts, a manifest that reads back valid', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const sources = temp('folio-names-')
    let added = 0
    // Any UTF-16 text, weighted towards what a name may hold that a display name may not; kept to what
    // Linux allows in a file name (no "/" or NUL, at most 255 bytes).
    const stem = fc
      .string({
        unit: fc.oneof(
          fc.constantFrom(
            '\\',
            '\u202e',
            '\u2066',
            '\u200f',
            '\u0085',
            '\u007f',
            '\n',
            '\r',
            ' ',
            '.',
            'é',
            '中',
            '😀'
          ),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
        ),
        minLength: 1,
        maxLength: 120
      })
      .map((name) => `${name.replace(/[/\0]/g, '')}.txt`)
      .filter((name) => name !== '.txt' && Buffer.byteLength(name) <= 255)
    await fc.assert(
      fc.asyncProperty(stem, async (name) => {
        const folder = join(sources, String(added))
        mkdirSync(folder)
        writeFileSync(join(folder, name), `Document ${added}\n\nTexte.`)
        const result = await library.add(join(folder, name))
        expect(result.ok, JSON.stringify(result)).toBe(true)
        added++
        const manifest = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'))
        expect(libraryManifestSchema.safeParse(manifest).success).toBe(true)
      }),
      { numRuns: 60 }
    )
    const { documents, problems } = await listAll(new UserLibrary(dir, parseHere))
    expect(problems).toEqual([])
    expect(documents).toHaveLength(added)
  })
})

describe('what is not a regular file of the library', () => {
  /** A library of two documents; the copy of the first is then replaced by `replace(path)`. */
  async function replaceFirstCopy(replace: (path: string) => void) {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const first = await library.add(fixture('articles/valmorel.txt'))
    const second = await library.add(fixture('library/notes-yalta.md'))
    if (!first.ok || !second.ok) throw new Error('not added')
    const path = join(dir, `${first.entry.id}.txt`)
    rmSync(path)
    replace(path)
    return { library: new UserLibrary(dir, parseHere), first: first.entry, second: second.entry }
  }

  it.each([
    ['a FIFO (list() and the first page used to hang on it)', (path: string) => execFileSync('mkfifo', [path]), 'FIFO'],
    [
      'a symbolic link out of the library',
      (path: string) => symlinkSync(fixture('articles/valmorel.txt'), path),
      'lien symbolique'
    ],
    ['a folder', (path: string) => mkdirSync(path), 'dossier'],
    ['a link to a device', (path: string) => symlinkSync('/dev/zero', path), 'lien symbolique']
  ])('reports by name a copy replaced by %s, never reads it, and lists the others', async (_name, replace, words) => {
    const { library, first, second } = await replaceFirstCopy(replace)
    const { documents, problems } = await listAll(library)
    expect(documents.map((doc) => doc.id)).toEqual([second.id])
    expect(problems).toEqual([{ kind: 'unreadable', file: 'valmorel.txt', message: expect.stringContaining(words) }])
    expect(await library.document(first.id)).toBeNull()
    expect(await library.document(second.id)).toMatchObject({ id: second.id })
  })

  it('reports by name a copy grown past the size limit, without reading it whole', async () => {
    const { library, second } = await replaceFirstCopy((path) => {
      writeFileSync(path, '')
      truncateSync(path, 11 * 1024 * 1024)
    })
    const { documents, problems } = await listAll(library)
    expect(documents.map((doc) => doc.id)).toEqual([second.id])
    expect(problems).toEqual([
      { kind: 'invalid-document', file: 'valmorel.txt', message: expect.stringContaining('limite de 10 Mo') }
    ])
  })

  it('refuses at once to add a FIFO, a link to /dev/zero or a folder, with a clear message', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const sources = temp('folio-src-')
    execFileSync('mkfifo', [join(sources, 'tube.txt')])
    symlinkSync('/dev/zero', join(sources, 'zero.txt'))
    mkdirSync(join(sources, 'dossier.md'))
    expect(await library.add(join(sources, 'tube.txt'))).toEqual({
      ok: false,
      reason: 'not-a-file',
      message: expect.stringContaining('« tube.txt » : ce n’est pas un fichier ordinaire mais un tube nommé (FIFO)')
    })
    expect(await library.add(join(sources, 'zero.txt'))).toMatchObject({
      ok: false,
      reason: 'not-a-file',
      message: expect.stringContaining('périphérique')
    })
    expect(await library.add(join(sources, 'dossier.md'))).toMatchObject({
      ok: false,
      reason: 'not-a-file',
      message: expect.stringContaining('dossier')
    })
    expect(await listAll(library)).toEqual({ documents: [], problems: [] })
  })

  it('adds the file a symbolic link picked by the user leads to', async () => {
    const sources = temp('folio-src-')
    symlinkSync(fixture('library/notes-yalta.md'), join(sources, 'raccourci.md'))
    expect(await new UserLibrary(temp('folio-lib-'), parseHere).add(join(sources, 'raccourci.md'))).toMatchObject({
      ok: true,
      entry: { file: 'raccourci.md' }
    })
  })
})

describe('listing again', () => {
  it('reuses the documents parsed before instead of parsing every copy again', async () => {
    const library = new UserLibrary(temp('folio-lib-'), parseHere)
    const added = await library.add(fixture('articles/valmorel.txt'))
    if (!added.ok) throw new Error(added.message)
    const first = await listAll(library)
    const second = await listAll(library)
    expect(first.documents[0]?.document).toBe(added.entry.document)
    expect(second.documents[0]?.document).toBe(first.documents[0]?.document)
  })

  it('still checks every copy at each listing: a copy changed since is reported, not served from memory', async () => {
    const dir = temp('folio-lib-')
    const library = new UserLibrary(dir, parseHere)
    const added = await library.add(fixture('articles/valmorel.txt'))
    if (!added.ok) throw new Error(added.message)
    await listAll(library)
    writeFileSync(join(dir, `${added.entry.id}.txt`), 'Autre\n\nTexte.')
    expect(await listAll(library)).toMatchObject({
      documents: [],
      problems: [{ kind: 'checksum', file: 'valmorel.txt' }]
    })
  })
})
