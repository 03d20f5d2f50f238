// A drop on the window sorted in real Chromium before a byte is read (real DataTransfer and File objects): folders,
// other types, files over their kind's limit and those beyond the count refused at once, the rest sent in calls that
// each stay under what one call carries; and the notice that says what became of each file, in both languages.

import { afterAll, describe, expect, it } from 'vitest'
import i18next from '../../../src/renderer/src/i18n/i18n'
import { addedFilesNotice } from '../../../src/renderer/src/library/added-files-notice'
import { dropItems, sortDrop, type DropItem } from '../../../src/renderer/src/library/sort-drop'
import { ADDED_LIMITS, MAX_DROP_BYTES, MAX_DROPPED_FILES } from '../../../src/shared/desktop/added-files'
import { ACCEPTED_EXTENSIONS } from '../../../src/shared/library/accepted-files'

/** A File whose size is `size` without holding that many bytes (a sparse Blob of one shared buffer). */
function fileOfSize(name: string, size: number): File {
  const chunk = new Uint8Array(Math.min(size, 1 << 20))
  const parts: BlobPart[] = []
  for (let left = size; left > 0; left -= chunk.length)
    parts.push(left >= chunk.length ? chunk : chunk.subarray(0, left))
  return new File(parts, name)
}
const item = (file: File, folder = false): DropItem => ({ file, folder })

afterAll(() => i18next.changeLanguage('fr'))

describe('sorting a drop', () => {
  it('takes the files out of a real DataTransfer', () => {
    const data = new DataTransfer()
    data.items.add(new File(['# Notes'], 'notes.md'))
    data.items.add(new File(['%PDF-1.7'], 'yang.pdf'))
    data.items.add('a link dragged along', 'text/plain')
    const items = dropItems(data)
    expect(items.map(({ file, folder }) => [file?.name, folder])).toEqual([
      ['notes.md', false],
      ['yang.pdf', false]
    ])
  })

  it('refuses folders and other types at once, keeping the order of the drop', () => {
    const sorted = sortDrop([
      item(new File(['MZ'], 'setup.exe')),
      item(new File([''], 'Thèse'), true),
      item(new File(['# A'], 'a.md')),
      item(new File(['PK'], 'archive.zip')),
      item(new File(['<html>'], 'page.HTM'))
    ])
    expect(sorted.refused.map(({ index, name, reason }) => [index, name, reason])).toEqual([
      [0, 'setup.exe', 'unsupported'],
      [1, 'Thèse', 'folder'],
      [3, 'archive.zip', 'unsupported']
    ])
    expect(sorted.batches.map((batch) => batch.map(({ index, file }) => [index, file.name]))).toEqual([
      [
        [2, 'a.md'],
        [4, 'page.HTM']
      ]
    ])
  })

  it('takes exactly the extensions of the one table Folio’s dialogs and launch read, in any case', () => {
    const extensions = Object.values(ACCEPTED_EXTENSIONS).flat()
    const others = ['thesis.docx', 'notes.txt.zip', 'page.html~', 'README', '.bashrc']
    const spellings = [
      (extension: string) => `a${extension}`,
      (extension: string) => `B${extension.toUpperCase()}`,
      (extension: string) => `c${extension.slice(0, 2).toUpperCase()}${extension.slice(2)}`
    ]
    for (const spell of spellings) {
      const accepted = extensions.map(spell)
      const sorted = sortDrop([...accepted, ...others].map((name) => item(new File(['x'], name))))
      expect(sorted.batches.flat().map(({ file }) => file.name)).toEqual(accepted)
      expect(sorted.refused.map(({ name, reason }) => [name, reason])).toEqual(
        others.map((name) => [name, 'unsupported'])
      )
    }
  })

  it('refuses a file over its kind’s limit, never one just at it', () => {
    const sorted = sortDrop([
      item(fileOfSize('big.md', ADDED_LIMITS.document + 1)),
      item(fileOfSize('just.md', ADDED_LIMITS.document)),
      item(fileOfSize('page.html', ADDED_LIMITS.html + 1))
    ])
    expect(sorted.refused.map(({ name, reason }) => [name, reason])).toEqual([
      ['big.md', 'too-large'],
      ['page.html', 'too-large']
    ])
    expect(sorted.batches.flat().map(({ file }) => file.name)).toEqual(['just.md'])
  })

  it('sends at most the count, in calls under the bytes one call carries', () => {
    const pdfs = Array.from({ length: 3 }, (_, n) => item(fileOfSize(`${n}.pdf`, ADDED_LIMITS.pdf)))
    const notes = Array.from({ length: MAX_DROPPED_FILES }, (_, n) => item(new File([`# ${n}`], `${n}.md`)))
    const sorted = sortDrop([...pdfs, ...notes])
    for (const batch of sorted.batches)
      expect(batch.reduce((sum, { file }) => sum + file.size, 0)).toBeLessThanOrEqual(MAX_DROP_BYTES)
    expect(sorted.batches.flat()).toHaveLength(MAX_DROPPED_FILES)
    expect(sorted.batches.length).toBeGreaterThanOrEqual(3)
    expect(sorted.refused.map(({ name, reason }) => [name, reason])).toEqual([
      [`${MAX_DROPPED_FILES - 3}.md`, 'too-many'],
      [`${MAX_DROPPED_FILES - 2}.md`, 'too-many'],
      [`${MAX_DROPPED_FILES - 1}.md`, 'too-many']
    ])
  })
})

describe('the notice after files were added', () => {
  const added = {
    ok: true,
    kind: 'document',
    already: false,
    id: 'u-0123456789abcdef',
    title: 'Notes',
    name: 'n.md'
  } as const
  const copy = { ok: true, kind: 'pdf', already: false, id: 'c-1', title: 'yang.pdf', name: 'yang.pdf' } as const

  it('says one line per file, opens the first added, and stays when one was refused', async () => {
    await i18next.changeLanguage('fr')
    const said = addedFilesNotice([
      { ...copy, already: true, id: 'c-0', name: 'old.pdf' },
      added,
      copy,
      { ok: false, name: 'setup.exe', reason: 'unsupported', message: '…' },
      { ok: false, name: 'big.pdf', reason: 'too-large', message: '…' },
      { ok: false, name: 'latin.txt', reason: 'not-utf8', message: '…', likely: 'windows-1252' }
    ])
    expect(said.message.split('\n')).toEqual([
      '« old.pdf » est déjà dans votre bibliothèque.',
      '« Notes » a été ajouté à votre bibliothèque.',
      '« yang.pdf » a été ajouté à vos copies.',
      '« setup.exe » n’a pas été ajouté : seuls les textes (.txt), le Markdown (.md), les PDF et les pages web enregistrées (.html, .htm) peuvent être ajoutés.',
      '« big.pdf » n’a pas été ajouté : il dépasse 200 Mo, la taille limite de ce type de fichier.',
      '« latin.txt » n’a pas été ajouté : il n’est pas en UTF-8 (encodage probable Windows-1252) ; enregistrez-le en UTF-8, puis réessayez.'
    ])
    expect(said).toMatchObject({ error: true, open: 'u-0123456789abcdef', documents: true, copies: true })
  })

  it('opens a file already there when none was added, and says so in English', async () => {
    await i18next.changeLanguage('en')
    const said = addedFilesNotice([
      { ok: false, name: 'Thèse', reason: 'folder' },
      { ...added, already: true }
    ])
    expect(said.message).toBe(
      '“Thèse” was not added: it is a folder; drop the files it holds instead.\n“n.md” is already in your library.'
    )
    expect(said).toMatchObject({ error: true, open: 'u-0123456789abcdef', documents: false, copies: false })
  })
})
