// The one table of the files Folio takes, and every list read from it: the import and attach dialogs' filters, a
// launch's check, main's reading of a document or a copy, all taking exactly the same names (the drop zone's
// sorting, in Chromium: tests/renderer/library/file-drop-sorting.browser.test.ts).

import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sniffCopy } from '../../../src/main/copies/sniff-copy'
import { COPY_EXTENSIONS, readableName } from '../../../src/main/desktop/launch-args'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { kindOfFile } from '../../../src/main/library/read-user-document'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import { addedKindOf } from '../../../src/shared/desktop/added-files'
import type { FileFilter } from '../../../src/shared/ipc/contract'
import {
  ACCEPTED_EXTENSIONS,
  acceptedFormatOf,
  dialogExtensions,
  extensionOf
} from '../../../src/shared/library/accepted-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()

const ALL = Object.values(ACCEPTED_EXTENSIONS).flat()
/** Names Folio must refuse everywhere: other types, an accepted extension not last, none at all. */
const REFUSED = ['setup.exe', 'thesis.docx', 'notes.txt.zip', 'archive.pdf.exe', '.bashrc', 'README', 'page.html~']
/** Each accepted extension as a user's file may spell it: lower, upper and mixed case. */
const SPELLINGS = ALL.flatMap((extension) => [
  `file${extension}`,
  // A name that is only the extension (a hidden file, or a name whose invisible characters main drops).
  extension,
  `FILE${extension.toUpperCase()}`,
  `File${extension.slice(0, 2).toUpperCase()}${extension.slice(2)}`
])

/** The filters each open dialog offers, as the real handlers ask for them (the user closes both dialogs). */
async function dialogFilters(): Promise<{ importing: FileFilter[]; attaching: FileFilter[] }> {
  const asked: FileFilter[][] = []
  const deps = {
    settings: new SettingsStore(join(tempDir('folio-accepted-'), 'settings.json')),
    dialogs: {
      chooseSavePath: async () => null,
      chooseOpenPath: async (filters: FileFilter[]) => (asked.push(filters), null),
      chooseFolder: async () => null
    }
  } as Partial<HandlerDeps> as HandlerDeps
  const handlers = createHandlers(deps)
  await handlers.importDocument()
  await handlers.attachCopy(null)
  const [importing = [], attaching = []] = asked
  return { importing, attaching }
}

const offered = (filters: FileFilter[]) => filters.flatMap(({ extensions }) => extensions.map((ext) => `.${ext}`))
/** Whether sniff-copy takes the name as a copy (the file does not exist: a name it takes fails at reading it). */
async function copyName(name: string): Promise<boolean> {
  const sniffed = await sniffCopy(join(tempDir('folio-sniffed-'), name))
  return sniffed.ok || sniffed.reason !== 'unsupported'
}

describe('the files Folio takes', () => {
  it('reads a name by its last extension, in any case', () => {
    expect(acceptedFormatOf('Yang 2005.PDF')).toBe('pdf')
    expect(acceptedFormatOf('notes.MarkDown')).toBe('markdown')
    expect(acceptedFormatOf('page.saved.Htm')).toBe('html')
    // A name a Linux file may have: the backslash is no folder there.
    expect(acceptedFormatOf('\\.txt')).toBe('text')
    expect(acceptedFormatOf('.md')).toBe('markdown')
    expect(extensionOf('v1.2 README')).toBe('.2 readme')
    expect(extensionOf('README')).toBe('')
    for (const name of REFUSED) expect(acceptedFormatOf(name), name).toBeNull()
  })

  it('names each extension once, in lower case with its dot', () => {
    expect(new Set(ALL).size).toBe(ALL.length)
    for (const extension of ALL) expect(extension).toMatch(/^\.[a-z]+$/)
    expect(dialogExtensions('pdf', 'html')).toEqual(['pdf', 'html', 'htm', 'xhtml'])
  })
})

describe('every list of the files Folio takes', () => {
  it('offers in its open dialogs exactly what the library and the copies read', async () => {
    const { importing, attaching } = await dialogFilters()
    expect([...offered(importing), ...offered(attaching)].sort()).toEqual([...ALL].sort())
    for (const extension of ALL) {
      const name = `file${extension.toUpperCase()}`
      expect(offered(importing).includes(extension), name).toBe(kindOfFile(name) !== null)
      expect(offered(attaching).includes(extension), name).toBe(await copyName(name))
      expect(offered(attaching).includes(extension), name).toBe(COPY_EXTENSIONS.has(extension))
    }
  })

  it('takes the same names at a launch and in main, in any case (the drop zone: file-drop-sorting)', async () => {
    for (const name of SPELLINGS) {
      expect(readableName(`/home/reader/${name}`), name).toBe(true)
      // A document of the library when main's reading of documents takes it, else a copy when sniff-copy does.
      const kind = addedKindOf(name)
      expect(kind === 'document', name).toBe(kindOfFile(name) !== null)
      expect(kind === 'pdf' || kind === 'html', name).toBe(await copyName(name))
    }
    for (const name of REFUSED) {
      expect(readableName(`/home/reader/${name}`), name).toBe(false)
      expect(addedKindOf(name), name).toBeNull()
      expect(kindOfFile(name), name).toBeNull()
      expect(await copyName(name), name).toBe(false)
    }
  })
})
