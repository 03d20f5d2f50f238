import {
  chmodSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openTextFile, saveTextFile, type FileDialogs } from '../../../src/main/files/text-files'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-files-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

const dialogs = (savePath: string | null, openPath: string | null = null): FileDialogs => ({
  chooseSavePath: async () => savePath,
  chooseOpenPath: async () => openPath,
  chooseFolder: async () => null
})
const filters = [{ name: 'BibTeX', extensions: ['bib'] }]

describe('saving a file the user chose', () => {
  it('writes the content as UTF-8 and leaves no temporary file', async () => {
    const dir = tempDir()
    const result = await saveTextFile(
      { suggestedName: 'a.bib', content: '@article{é, title={中苏}}', filters },
      dialogs(join(dir, 'a.bib'))
    )
    expect(result).toEqual({ ok: true, fileName: 'a.bib' })
    expect(readFileSync(join(dir, 'a.bib'), 'utf8')).toBe('@article{é, title={中苏}}')
    expect(readdirSync(dir)).toEqual(['a.bib'])
  })

  it('says so when the user cancels', async () => {
    expect(await saveTextFile({ suggestedName: 'a.bib', content: 'x', filters }, dialogs(null))).toMatchObject({
      ok: false,
      reason: 'canceled'
    })
  })

  it('reports a failed write and keeps the previous file intact', async () => {
    const dir = tempDir()
    const result = await saveTextFile(
      { suggestedName: 'a.bib', content: 'x', filters },
      dialogs(join(dir, 'missing-folder', 'a.bib'))
    )
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('ENOENT') })
  })
})

describe('the name a file is saved under', () => {
  const save = (dir: string, chosenName: string, saveFilters = filters) =>
    saveTextFile({ suggestedName: 'a.bib', content: '@book{x}', filters: saveFilters }, dialogs(join(dir, chosenName)))

  it('gets the chosen type’s extension when the user typed none or another one', async () => {
    const dir = tempDir()
    expect(await save(dir, 'peskov')).toEqual({ ok: true, fileName: 'peskov.bib' })
    expect(await save(dir, 'peskov.txt')).toEqual({ ok: true, fileName: 'peskov.txt.bib' })
    expect(await save(dir, 'trailing.')).toEqual({ ok: true, fileName: 'trailing.bib' })
    expect(readdirSync(dir).sort()).toEqual(['peskov.bib', 'peskov.txt.bib', 'trailing.bib'])
    expect(readFileSync(join(dir, 'peskov.bib'), 'utf8')).toBe('@book{x}')
  })

  it('keeps an extension of any of the offered types, in any case', async () => {
    const dir = tempDir()
    const two = [
      { name: 'JSON-LD', extensions: ['jsonld'] },
      { name: 'JSON', extensions: ['json'] }
    ]
    expect(await save(dir, 'notes.JSON', two)).toEqual({ ok: true, fileName: 'notes.JSON' })
    expect(await save(dir, 'notes.jsonld', two)).toEqual({ ok: true, fileName: 'notes.jsonld' })
    expect(await save(dir, 'anything.xyz', [])).toEqual({ ok: true, fileName: 'anything.xyz' })
  })

  it('never replaces a file the dialog did not ask about when it adds the extension', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'peskov.bib'), 'the user’s own file')
    expect(await save(dir, 'peskov')).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('« peskov.bib » existe déjà')
    })
    expect(readFileSync(join(dir, 'peskov.bib'), 'utf8')).toBe('the user’s own file')
  })

  it('refuses a name with bidirectional or other control characters, showing them', async () => {
    const dir = tempDir()
    for (const name of [
      'report\u202Etxt.bib',
      'a\u2067b.bib',
      'a\u200Fb.bib',
      'a\u061Cb.bib',
      'tab\there.bib',
      'del\u007F.bib'
    ]) {
      expect(await save(dir, name)).toMatchObject({
        ok: false,
        reason: 'failed',
        message: expect.stringContaining('caractères de contrôle')
      })
    }
    expect(await save(dir, 'report\u202Etxt.bib')).toMatchObject({
      message: expect.stringContaining('report<U+202E>txt.bib')
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('saving over a symbolic link keeps the link and the file’s permissions', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'real.bib'), 'old')
    chmodSync(join(dir, 'real.bib'), 0o640)
    symlinkSync('real.bib', join(dir, 'link.bib'))
    expect(await save(dir, 'link.bib')).toEqual({ ok: true, fileName: 'link.bib' })
    expect(lstatSync(join(dir, 'link.bib')).isSymbolicLink()).toBe(true)
    expect(readFileSync(join(dir, 'real.bib'), 'utf8')).toBe('@book{x}')
    expect(statSync(join(dir, 'real.bib')).mode & 0o777).toBe(0o640)
  })
})

describe('opening a file the user chose', () => {
  it('reads a UTF-8 file', async () => {
    const path = join(tempDir(), 'notes.json')
    writeFileSync(path, '{"é": "中苏"}')
    expect(await openTextFile({ filters }, dialogs(null, path))).toEqual({
      ok: true,
      fileName: 'notes.json',
      content: '{"é": "中苏"}'
    })
  })

  it('reads a file saved as UTF-8 with a BOM or UTF-16 with a BOM (Notepad) to the same text, without the BOM', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'utf8.json'), `\ufeff{"é": "中苏"}`)
    writeFileSync(join(dir, 'utf16.json'), Buffer.from(`\ufeff{"é": "中苏"}`, 'utf16le'))
    for (const name of ['utf8.json', 'utf16.json'])
      expect(await openTextFile({ filters }, dialogs(null, join(dir, name)))).toEqual({
        ok: true,
        fileName: name,
        content: '{"é": "中苏"}'
      })
  })

  it('refuses a binary file and a non-UTF-8 file with their names', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x54, 0x72, 0x61, 0x69, 0x74, 0xe9]))
    expect(await openTextFile({ filters }, dialogs(null, join(dir, 'image.png')))).toMatchObject({
      ok: false,
      reason: 'not-text',
      message: expect.stringContaining('image.png')
    })
    expect(await openTextFile({ filters }, dialogs(null, join(dir, 'latin1.txt')))).toMatchObject({
      ok: false,
      reason: 'not-text',
      message: expect.stringContaining('UTF-8')
    })
  })

  it('refuses a file over 100 MB without reading it', async () => {
    const path = join(tempDir(), 'huge.json')
    writeFileSync(path, '')
    const { truncateSync } = await import('node:fs')
    truncateSync(path, 101 * 1024 * 1024)
    expect(await openTextFile({ filters }, dialogs(null, path))).toMatchObject({
      ok: false,
      reason: 'too-large',
      message: expect.stringContaining('100 Mo')
    })
  })

  it('says so when the user cancels or the file is gone', async () => {
    expect(await openTextFile({ filters }, dialogs(null, null))).toMatchObject({ ok: false, reason: 'canceled' })
    expect(await openTextFile({ filters }, dialogs(null, '/nonexistent/x.json'))).toMatchObject({
      ok: false,
      reason: 'failed'
    })
  })
})
