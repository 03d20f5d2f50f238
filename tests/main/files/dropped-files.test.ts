// Files dropped on the window, as main receives them (names and bytes, never a path) through its real handlers:
// each name, size and type checked, each file written a moment to a private folder, added as a launch's file is,
// and that folder removed whatever happened.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { droppedNameProblem, DroppedFiles } from '../../../src/main/files/dropped-files'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import { UserLibrary } from '../../../src/main/library/user-library'
import { MAX_ARTICLE_BYTES } from '../../../src/shared/archive/decode-article'
import { COPY_LIMITS } from '../../../src/shared/copies/copy-types'
import {
  MAX_DROP_BYTES,
  MAX_DROPPED_FILES,
  type AddedFile,
  type DroppedFile
} from '../../../src/shared/desktop/added-files'
import { ipcChannels } from '../../../src/shared/ipc/contract'
import { repoRoot } from '../../fixtures/archive-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'
import { parseHere } from '../library/parse-here'

const temp = tempDirsPerTest()
const PAGE = 'folio://app/index.html'
const text = (value: string) => new TextEncoder().encode(value)
const notes = () => new Uint8Array(readFileSync(join(repoRoot, 'tests/fixtures/library/notes-yalta.md')))
const PDF = text('%PDF-1.7\n%%EOF\n')

function setup() {
  const dir = temp('folio-dropped-')
  const dropDir = join(dir, 'dropped')
  const library = new UserLibrary(join(dir, 'library'), parseHere)
  const copies = new CopyStore(join(dir, 'library'))
  const deps = { library, copies, dropDir } as Partial<HandlerDeps> as HandlerDeps
  const router = createIpcRouter(createHandlers(deps), ['folio://app'])
  const drop = (files: DroppedFile[]) =>
    router.dispatch(ipcChannels.addDroppedFiles, PAGE, [files]) as Promise<AddedFile[]>
  const titles = async () => (await library.page({ offset: 0, limit: 50 })).rows.map((row) => row.title)
  return { dir, dropDir, library, copies, drop, titles }
}

describe('files dropped on the window', () => {
  it('adds a Markdown file to the library and a PDF as a copy, leaving nothing in the drop folder', async () => {
    const { dropDir, copies, drop, titles } = setup()
    const answers = await drop([
      { name: 'notes-yalta.md', bytes: notes() },
      { name: 'yang-2005.pdf', bytes: PDF }
    ])
    expect(answers).toMatchObject([
      { ok: true, kind: 'document', already: false, name: 'notes-yalta.md', title: 'Notes de lecture sur Yalta' },
      { ok: true, kind: 'pdf', already: false, name: 'yang-2005.pdf' }
    ])
    expect(await titles()).toEqual(['Notes de lecture sur Yalta'])
    expect((await copies.list(null)).map((copy) => copy.fileName)).toEqual(['yang-2005.pdf'])
    expect(readdirSync(dropDir)).toEqual([])
  })

  it('says the same content dropped again is already there', async () => {
    const { drop } = setup()
    const [first] = await drop([{ name: 'notes-yalta.md', bytes: notes() }])
    const [again] = await drop([{ name: 'renamed.md', bytes: notes() }])
    expect(again).toMatchObject({ ok: true, already: true, name: 'renamed.md' })
    expect(again?.ok && again.id).toBe(first?.ok && first.id)
  })

  it('refuses another type (.exe, .zip, no extension) and keeps the rest of the drop', async () => {
    const { dropDir, drop, titles } = setup()
    const answers = await drop([
      { name: 'setup.exe', bytes: text('MZ') },
      { name: 'archive.zip', bytes: text('PK') },
      { name: 'README', bytes: text('read me') },
      { name: 'notes-yalta.md', bytes: notes() }
    ])
    expect(answers.map((answer) => (answer.ok ? 'added' : answer.reason))).toEqual([
      'unsupported',
      'unsupported',
      'unsupported',
      'added'
    ])
    expect(answers[0]).toMatchObject({ message: expect.stringMatching(/^« setup\.exe » : seuls les textes/) })
    expect(await titles()).toEqual(['Notes de lecture sur Yalta'])
    expect(readdirSync(dropDir)).toEqual([])
  })

  it('refuses a name that is no plain file name, naming what it really is', async () => {
    const { dir, drop, titles } = setup()
    const answers = await drop([
      { name: '../escape.md', bytes: text('# Out') },
      { name: '..', bytes: text('# Up') },
      { name: 'report\u202Etxt.md', bytes: text('# Bidi') },
      { name: `${'é'.repeat(130)}.md`, bytes: text('# Long') }
    ])
    expect(answers.map((answer) => !answer.ok && answer.reason)).toEqual([
      'bad-name',
      'bad-name',
      'bad-name',
      'bad-name'
    ])
    expect(answers[2]).toMatchObject({ name: 'report<U+202E>txt.md' })
    // Refused before anything is written: not even the drop folder was made.
    expect(readdirSync(dir)).toEqual([])
    expect(await titles()).toEqual([])
  })

  it('refuses on Windows what Windows reserves, and takes those names elsewhere', () => {
    for (const name of ['notes:1.md', 'CON.md', 'nul', 'a?.md', 'trailing.md.', 'space.md '])
      expect(droppedNameProblem(name, 'win32')).toMatch(/Windows/)
    expect(droppedNameProblem('notes:1.md', 'linux')).toBeNull()
    expect(droppedNameProblem('console.md', 'win32')).toBeNull()
  })

  it('refuses a file over its kind’s limit, the library’s for a document, the copies’ for a saved page', async () => {
    const { drop } = setup()
    const answers = await drop([
      { name: 'big.md', bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1) },
      { name: 'big.html', bytes: new Uint8Array(COPY_LIMITS.html + 1) }
    ])
    expect(answers).toMatchObject([
      { ok: false, reason: 'too-large', message: '« big.md » (10 Mo) dépasse 10 Mo, la limite de ce type de fichier.' },
      { ok: false, reason: 'too-large', message: expect.stringContaining('dépasse 50 Mo') }
    ])
  })

  it('refuses a call over the count, or over the bytes one call carries, or with bytes that are not bytes', async () => {
    const { drop, titles } = setup()
    const many = Array.from({ length: MAX_DROPPED_FILES + 1 }, (_, n) => ({ name: `${n}.md`, bytes: text(`# ${n}`) }))
    await expect(drop(many)).rejects.toThrow()
    // Two views of one buffer: the call is over the bound without the test holding twice the memory.
    const half = new Uint8Array(MAX_DROP_BYTES / 2 + 1)
    await expect(
      drop([
        { name: 'a.pdf', bytes: half },
        { name: 'b.pdf', bytes: half }
      ])
    ).rejects.toThrow('Mo par appel')
    await expect(drop([{ name: 'a.md', bytes: '# text' as unknown as Uint8Array }])).rejects.toThrow()
    await expect(drop([{ name: 'a.md', bytes: [35, 32, 97] as unknown as Uint8Array }])).rejects.toThrow()
    await expect(drop([{ name: 'a.md', bytes: text('# A'), path: '/etc/passwd' } as DroppedFile])).rejects.toThrow()
    expect(await titles()).toEqual([])
  })

  it('refuses beyond the count when called in main directly', async () => {
    const { dropDir, library, copies } = setup()
    const dropped = new DroppedFiles(dropDir, { library, copies })
    const many = Array.from({ length: MAX_DROPPED_FILES + 1 }, (_, n) => ({ name: `${n}.md`, bytes: text(`# ${n}`) }))
    const answers = await dropped.add(many)
    expect(answers.filter((answer) => answer.ok)).toHaveLength(MAX_DROPPED_FILES)
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: 'too-many', name: `${MAX_DROPPED_FILES}.md` })
  })

  it('removes what a crash left in the drop folder at the first drop', async () => {
    const { dropDir, drop } = setup()
    mkdirSync(join(dropDir, 'drop-leftover'), { recursive: true })
    writeFileSync(join(dropDir, 'drop-leftover', 'half.pdf'), '%PDF')
    await drop([{ name: 'yang-2005.pdf', bytes: PDF }])
    expect(readdirSync(dropDir)).toEqual([])
  })
})
