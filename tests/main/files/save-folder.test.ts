// One file per document saved at once: a new folder under the name the user gives, every file in it or none, each
// name checked in main (no folder in it, no control or bidi character, no two alike whatever the case).

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { saveFilesInFolder, savedFilesProblem } from '../../../src/main/files/save-folder'
import { argSchemas } from '../../../src/main/ipc/arg-schemas'
import { MAX_SAVED_FILES } from '../../../src/shared/ipc/contract'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-folder-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const choosing = (path: string | null) => ({ chooseSavePath: async () => path })
const files = [
  { name: 'Traité sino-soviétique.md', content: '---\ntitle: "Traité"\n---\n' },
  { name: '中苏友好同盟互助条约.md', content: '> 中苏\n' }
]

describe('saving one file per document in a new folder', () => {
  it('writes every file into the folder named in the dialog, and leaves nothing else beside it', async () => {
    const dir = tempDir()
    const result = await saveFilesInFolder({ suggestedName: 'folio-notes', files }, choosing(join(dir, 'mes notes')))
    expect(result).toEqual({ ok: true, fileName: 'mes notes' })
    expect(readdirSync(dir)).toEqual(['mes notes'])
    expect(readdirSync(join(dir, 'mes notes')).sort()).toEqual(files.map(({ name }) => name).sort())
    expect(readFileSync(join(dir, 'mes notes', '中苏友好同盟互助条约.md'), 'utf8')).toBe('> 中苏\n')
  })

  it('never writes into a folder or over a file that is already there', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, 'vault'))
    writeFileSync(join(dir, 'vault', 'Traité sino-soviétique.md'), 'my own note')
    const result = await saveFilesInFolder({ suggestedName: 'x', files }, choosing(join(dir, 'vault')))
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('existe déjà') })
    expect(readFileSync(join(dir, 'vault', 'Traité sino-soviétique.md'), 'utf8')).toBe('my own note')
    expect(readdirSync(join(dir, 'vault'))).toEqual(['Traité sino-soviétique.md'])
  })

  it('leaves nothing behind when a file cannot be written', async () => {
    const dir = tempDir()
    // A name too long for the file system (255 bytes at most): the first file is written, the second fails.
    const tooLong = { name: `${'é'.repeat(150)}.md`, content: 'x' }
    const result = await saveFilesInFolder(
      { suggestedName: 'x', files: [files[0]!, tooLong] },
      choosing(join(dir, 'notes'))
    )
    expect(result).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('rien n’a été gardé')
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('says when the user cancels, and writes nothing', async () => {
    const result = await saveFilesInFolder({ suggestedName: 'x', files }, choosing(null))
    expect(result).toMatchObject({ ok: false, reason: 'canceled' })
  })

  it('refuses a file name with a folder, a control or bidi character, or twice the same name', () => {
    expect(savedFilesProblem([{ name: '../evil.md', content: '' }])).toContain('dossier')
    expect(savedFilesProblem([{ name: 'a\u202Etxt.md', content: '' }])).toContain('<U+202E>')
    expect(
      savedFilesProblem([
        { name: 'Notes.md', content: '' },
        { name: 'notes.md', content: '' }
      ])
    ).toContain('deux fois')
    expect(savedFilesProblem(files)).toBeNull()
  })

  it('is refused at the IPC boundary when a name, the count or the size is wrong, before any dialog opens', () => {
    const check = (request: unknown) => argSchemas.saveFiles.safeParse([request]).success
    expect(check({ suggestedName: 'notes', files })).toBe(true)
    expect(check({ suggestedName: 'notes', files: [] })).toBe(false)
    expect(check({ suggestedName: 'a/b', files })).toBe(false)
    expect(check({ suggestedName: 'notes', files: [{ name: 'x/../../y.md', content: '' }] })).toBe(false)
    expect(
      check({
        suggestedName: 'notes',
        files: [
          { name: 'Ä.md', content: '' },
          { name: 'ä.md', content: '' }
        ]
      })
    ).toBe(false)
    const many = Array.from({ length: MAX_SAVED_FILES + 1 }, (_, index) => ({ name: `${index}.md`, content: '' }))
    expect(check({ suggestedName: 'notes', files: many })).toBe(false)
    expect(check({ suggestedName: 'notes', files, extra: true })).toBe(false)
  })
})
