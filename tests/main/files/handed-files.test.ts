// The files a launch hands Folio, added through main's real handlers and stores: text and Markdown into the
// library, PDFs and saved pages as copies, only the paths main itself handed the page, each once.

import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { LaunchDelivery } from '../../../src/main/desktop/launch-delivery'
import { LaunchGrants } from '../../../src/main/desktop/launch-grants'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import { UserLibrary } from '../../../src/main/library/user-library'
import { ipcChannels } from '../../../src/shared/ipc/contract'
import type { AddedFile } from '../../../src/shared/desktop/added-files'
import { repoRoot } from '../../fixtures/archive-files'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'
import { parseHere } from '../library/parse-here'

const temp = tempDirsPerTest()
const PAGE = 'folio://app/index.html'
const fixture = (name: string) => join(repoRoot, 'tests/fixtures', name)

/** Main's handlers over a real library and copy store; `hand` is a launch handing files to the page. */
function setup() {
  const dir = temp('folio-handed-')
  const library = new UserLibrary(join(dir, 'library'), parseHere)
  const copies = new CopyStore(join(dir, 'library'))
  const launchGrants = new LaunchGrants()
  const delivery = new LaunchDelivery(launchGrants)
  const events: unknown[][] = []
  delivery.setTarget({ send: (...event) => void events.push(event) })
  // Only the library, the copies and the grants are used: the other dependencies need not be real.
  const deps = { library, copies, launchGrants, dropDir: join(dir, 'dropped') } as Partial<HandlerDeps> as HandlerDeps
  const router = createIpcRouter(createHandlers(deps), ['folio://app'])
  const add = (paths: string[]) => router.dispatch(ipcChannels.addLaunchedFiles, PAGE, [paths]) as Promise<AddedFile[]>
  const hand = (...files: string[]) => delivery.deliver({ files, links: [], refused: [] })
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  return { library, copies, add, hand, file, events }
}

describe('adding the files a launch handed the page', () => {
  it('adds a Markdown file to the library, then refuses the same path asked again', async () => {
    const { library, add, hand, events } = setup()
    const path = fixture('library/notes-yalta.md')
    hand(path)
    expect(events).toEqual([['events:add-files', [path]]])
    const [added] = await add([path])
    expect(added).toMatchObject({ ok: true, kind: 'document', already: false, title: 'Notes de lecture sur Yalta' })
    expect((await library.page({ offset: 0, limit: 10 })).rows.map((row) => row.title)).toEqual([
      'Notes de lecture sur Yalta'
    ])
    // Granted once: a page asking twice gets nothing more.
    await expect(add([path])).resolves.toMatchObject([{ ok: false, reason: 'not-granted' }])
  })

  it('refuses a path main never handed, without looking at it', async () => {
    const { library, add, hand } = setup()
    hand(fixture('library/notes-yalta.md'))
    const answers = await add(['/etc/passwd.txt', fixture('articles/valmorel.txt'), '/nowhere/notes.md'])
    expect(answers.map((answer) => !answer.ok && answer.reason)).toEqual(['not-granted', 'not-granted', 'not-granted'])
    // A missing file would be "not found" had it been looked at.
    expect(answers[2]).toMatchObject({ name: 'notes.md', message: expect.stringContaining('lancement') })
    expect((await library.page({ offset: 0, limit: 10 })).total).toBe(0)
  })

  it('keeps a PDF and a saved page as copies on their own', async () => {
    const { copies, add, hand, file } = setup()
    const pdf = file('yang-2005.pdf', '%PDF-1.7\n%%EOF\n')
    const html = file('page.html', '<!doctype html><html><body><p>Archived</p></body></html>')
    hand(pdf, html)
    const answers = await add([pdf, html])
    expect(answers).toMatchObject([
      { ok: true, kind: 'pdf', already: false, title: 'yang-2005.pdf' },
      { ok: true, kind: 'html', already: false, title: 'page.html' }
    ])
    const listed = await copies.list(null)
    expect(listed.map((copy) => [copy.fileName, copy.links])).toEqual([
      ['page.html', []],
      ['yang-2005.pdf', []]
    ])
    expect(answers.map((answer) => answer.ok && answer.id).sort()).toEqual(listed.map((copy) => copy.id).sort())
  })

  it('says a file is already there, with the id to open it', async () => {
    const { add, hand, file } = setup()
    const notes = fixture('library/notes-yalta.md')
    const again = file('notes-copy.md', '')
    copyFileSync(notes, again)
    const pdf = file('a.pdf', '%PDF-1.7\n%%EOF\n')
    hand(notes, pdf)
    const first = await add([notes, pdf])
    hand(again, pdf)
    const second = await add([again, pdf])
    expect(second).toMatchObject([
      { ok: true, already: true, kind: 'document', name: 'notes-copy.md' },
      { ok: true, already: true, kind: 'pdf' }
    ])
    expect(second.map((answer) => answer.ok && answer.id)).toEqual(first.map((answer) => answer.ok && answer.id))
  })

  it('refuses what is no document: another type, a binary text, a PDF that is none', async () => {
    const { library, copies, add, hand, file } = setup()
    const exe = file('setup.exe', 'MZ')
    const binary = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))
    const fake = file('fake.pdf', 'not a pdf at all')
    hand(exe, binary, fake)
    const answers = await add([exe, binary, fake])
    expect(answers.map((answer) => !answer.ok && [answer.name, answer.reason])).toEqual([
      ['setup.exe', 'unsupported'],
      ['image.txt', 'binary'],
      ['fake.pdf', 'mismatch']
    ])
    expect((await library.page({ offset: 0, limit: 10 })).total).toBe(0)
    expect(await copies.list(null)).toEqual([])
  })

  it('refuses malformed calls before any handler runs', async () => {
    const { add } = setup()
    await expect(add([])).rejects.toThrow()
    await expect(add(['x'.repeat(40_000)])).rejects.toThrow()
    await expect(add([42 as unknown as string])).rejects.toThrow()
  })
})
