import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyStore } from '../../../src/main/copies/copy-store'
import { MAX_COPY_TEXT, type AttachCopyResult, type CopyEntry } from '../../../src/shared/copies/copy-types'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
afterEach(() => vi.restoreAllMocks())

const pdf = (text: string) => `%PDF-1.7\n% ${text}\ntrailer<<>>\n%%EOF\n`
const LINK = { documentId: 'fed214270135fa12', linkId: 'l-1' }
const OTHER = { documentId: 'u-0123456789abcdef', linkId: 'l-2' }

/** A fresh library folder, a store over it, and a function that writes a file to attach (outside the library). */
function setup(now = () => new Date('2026-12-03T10:00:00.000Z')) {
  const libraryDir = tempDir('folio-copies-')
  const sources = tempDir('folio-sources-')
  const source = (name: string, content: string) => {
    const path = join(sources, name)
    writeFileSync(path, content)
    return path
  }
  return { libraryDir, source, store: new CopyStore(libraryDir, { now }) }
}

function copyOf(result: AttachCopyResult): CopyEntry {
  if (!result.ok) throw new Error(result.message)
  return result.copy
}

const manifestOf = (libraryDir: string) => JSON.parse(readFileSync(join(libraryDir, 'copies', 'copies.json'), 'utf8'))

describe('attaching a copy', () => {
  it('keeps the file under its content hash and lists it in copies.json', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('yang-2005.pdf', pdf('yang')), LINK))
    expect(copy).toMatchObject({
      kind: 'pdf',
      fileName: 'yang-2005.pdf',
      size: pdf('yang').length,
      attachedAt: '2026-12-03T10:00:00.000Z',
      links: [LINK],
      pages: null,
      title: null
    })
    expect(copy.id).toBe(`c-${copy.sha256.slice(0, 16)}`)
    expect(readFileSync(join(libraryDir, 'copies', `${copy.sha256}.pdf`), 'utf8')).toBe(pdf('yang'))
    expect(manifestOf(libraryDir)).toEqual({ formatVersion: 1, copies: [copy] })
    // A new store (the next start) reads the same list.
    expect(await new CopyStore(libraryDir).list(null)).toEqual([copy])
  })

  it('makes the same file attached twice one copy with both links, never the same link twice', async () => {
    const { libraryDir, source, store } = setup()
    const first = copyOf(await store.attach(source('a.pdf', pdf('same')), LINK))
    const second = copyOf(await store.attach(source('b-renamed.pdf', pdf('same')), OTHER))
    const again = copyOf(await store.attach(source('a.pdf', pdf('same')), LINK))
    expect(second.id).toBe(first.id)
    expect(again.links).toEqual([LINK, OTHER])
    expect(await store.list(null)).toHaveLength(1)
    expect(readdirSync(join(libraryDir, 'copies')).sort()).toEqual([`${first.sha256}.pdf`, 'copies.json'].sort())
  })

  it('keeps a copy added on its own with no link', async () => {
    const { source, store } = setup()
    const copy = copyOf(await store.attach(source('page.html', '<html><body>x</body></html>'), null))
    expect(copy).toMatchObject({ kind: 'html', links: [] })
    expect(await store.list(LINK.documentId)).toEqual([])
    expect(await store.list(null)).toEqual([copy])
  })

  it('passes a refusal on and writes nothing', async () => {
    const { libraryDir, source, store } = setup()
    const refused = await store.attach(source('faux.pdf', 'pas un pdf'), LINK)
    expect(refused).toMatchObject({ ok: false, reason: 'mismatch' })
    expect(existsSync(join(libraryDir, 'copies'))).toBe(false)
  })

  it('loses none of ten attaches made at once', async () => {
    const { libraryDir, source, store } = setup()
    const paths = Array.from({ length: 10 }, (_, i) => source(`doc-${i}.pdf`, pdf(`doc ${i}`)))
    const results = await Promise.all(paths.map((path, i) => store.attach(path, { documentId: 'd', linkId: `l-${i}` })))
    expect(results.every((result) => result.ok)).toBe(true)
    expect(manifestOf(libraryDir).copies).toHaveLength(10)
    expect((await new CopyStore(libraryDir).list('d')).map((c) => c.fileName).sort()).toEqual(
      paths.map((_, i) => `doc-${i}.pdf`).sort()
    )
  })

  it('makes the same file attached at once to two links one copy with both', async () => {
    const { source, store } = setup()
    const path = source('same.pdf', pdf('same'))
    await Promise.all([store.attach(path, LINK), store.attach(path, OTHER)])
    const listed = await store.list(null)
    expect(listed).toHaveLength(1)
    expect(listed[0]?.links).toEqual(expect.arrayContaining([LINK, OTHER]))
  })

  it('puts back the file of a known copy that went missing', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    const file = join(libraryDir, 'copies', `${copy.sha256}.pdf`)
    writeFileSync(file, '')
    copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    expect(readFileSync(file, 'utf8')).toBe(pdf('a'))
  })
})

describe('listing', () => {
  it('lists a document’s copies, the newest first', async () => {
    let clock = Date.parse('2026-12-01T00:00:00.000Z')
    const { source, store } = setup(() => new Date((clock += 60_000)))
    const older = copyOf(await store.attach(source('old.pdf', pdf('old')), LINK))
    copyOf(await store.attach(source('elsewhere.pdf', pdf('elsewhere')), OTHER))
    const newer = copyOf(await store.attach(source('new.html', '<html>new</html>'), { ...LINK, linkId: 'l-9' }))
    expect((await store.list(LINK.documentId)).map((copy) => copy.id)).toEqual([newer.id, older.id])
    expect(await store.list(null)).toHaveLength(3)
  })
})

describe('what the reader learnt of a copy', () => {
  it('keeps its pages and title, bounded, and says null for an unknown copy', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    const described = await store.describe(copy.id, { pages: 12, title: 'Sino-Soviet Alliance' })
    expect(described).toMatchObject({ pages: 12, title: 'Sino-Soviet Alliance' })
    expect((await new CopyStore(libraryDir).list(null))[0]).toEqual(described)
    const long = await store.describe(copy.id, { pages: 10_000_000, title: 'T'.repeat(2000) })
    expect(long?.title).toHaveLength(500)
    expect(long?.pages).toBeNull()
    expect(await store.describe('c-0000000000000000', { pages: 1, title: null })).toBeNull()
    expect(await store.describe('../../etc/passwd', { pages: 1, title: null })).toBeNull()
  })
})

describe('a copy’s text', () => {
  it('round-trips page by page beside the file, and is null before it is kept', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    expect(await store.readText(copy.id)).toBeNull()
    const text = { pages: ['Page un — 中苏', '', 'Page trois'] }
    await store.keepText(copy.id, text)
    expect(await new CopyStore(libraryDir).readText(copy.id)).toEqual(text)
    expect(existsSync(join(libraryDir, 'copies', `${copy.sha256}.text.json`))).toBe(true)
  })

  it('refuses a text over the bound, or for an unknown copy, and reads a damaged one as none', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    const half = 'x'.repeat(MAX_COPY_TEXT / 2)
    await expect(store.keepText(copy.id, { pages: [half, half, 'x'] })).rejects.toThrow('Texte de copie refusé')
    await expect(store.keepText('c-0000000000000000', { pages: ['x'] })).rejects.toThrow('pas dans votre bibliothèque')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    writeFileSync(join(libraryDir, 'copies', `${copy.sha256}.text.json`), '{"pages": [1, 2')
    expect(await store.readText(copy.id)).toBeNull()
  })
})

describe('removing a copy', () => {
  it('detaches one link and keeps the copy for the other', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    copyOf(await store.attach(source('a.pdf', pdf('a')), OTHER))
    expect(await store.remove(copy.id, LINK)).toEqual({ ok: true })
    expect((await store.list(null))[0]?.links).toEqual([OTHER])
    expect(existsSync(join(libraryDir, 'copies', `${copy.sha256}.pdf`))).toBe(true)
  })

  it('removes file, text and entry with its last link, or at once with no link', async () => {
    const { libraryDir, source, store } = setup()
    const a = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    await store.keepText(a.id, { pages: ['texte'] })
    const b = copyOf(await store.attach(source('b.pdf', pdf('b')), OTHER))
    expect(await store.remove(a.id, LINK)).toEqual({ ok: true })
    expect(await store.remove(b.id, null)).toEqual({ ok: true })
    expect(await store.list(null)).toEqual([])
    expect(readdirSync(join(libraryDir, 'copies'))).toEqual(['copies.json'])
  })

  it('answers clearly for an unknown copy or a link it is not attached to', async () => {
    const { source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    expect(await store.remove('c-0000000000000000', null)).toEqual({
      ok: false,
      message: 'Cette copie n’est pas dans votre bibliothèque.'
    })
    expect(await store.remove(copy.id, OTHER)).toEqual({ ok: false, message: '« a.pdf » n’est pas attaché à ce lien.' })
    expect(await store.list(null)).toHaveLength(1)
  })
})

describe('a damaged copies.json', () => {
  it.each([
    ['not JSON', '{"formatVersion": 1, "copies": ['],
    ['another format', '{"formatVersion": 2, "copies": []}'],
    ['an id that is not its content’s', null]
  ])('is set aside (%s), not deleted, and the store starts empty', async (_what, content) => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    const path = join(libraryDir, 'copies', 'copies.json')
    const damaged =
      content ?? JSON.stringify({ formatVersion: 1, copies: [{ ...copy, id: 'c-ffffffffffffffff' }] }, null, 2)
    writeFileSync(path, damaged)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const fresh = new CopyStore(libraryDir, { now: () => new Date('2026-12-03T11:00:00.000Z') })
    expect(await fresh.list(null)).toEqual([])
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('copies.json endommagé'))
    const aside = readdirSync(join(libraryDir, 'copies')).filter((name) => name.startsWith('copies.json.damaged-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(libraryDir, 'copies', aside[0]!), 'utf8')).toBe(damaged)
    // The store works on: attaching again lists the copy anew.
    expect(copyOf(await fresh.attach(source('a.pdf', pdf('a')), LINK)).id).toBe(copy.id)
    expect(manifestOf(libraryDir).copies).toHaveLength(1)
  })
})

describe('a copy’s file for the protocol', () => {
  it('is the store’s own path for a listed id, and null for anything else', async () => {
    const { libraryDir, source, store } = setup()
    const copy = copyOf(await store.attach(source('a.pdf', pdf('a')), LINK))
    expect(await store.file(copy.id)).toEqual({
      path: join(libraryDir, 'copies', `${copy.sha256}.pdf`),
      kind: 'pdf',
      entry: copy
    })
    await mkdir(join(libraryDir, 'copies', 'x'), { recursive: true })
    for (const id of ['c-0000000000000000', '../copies.json', 'x', `${copy.id}/..`])
      expect(await store.file(id)).toBeNull()
  })
})
