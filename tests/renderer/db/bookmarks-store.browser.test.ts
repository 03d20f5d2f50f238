// The bookmark store in real Chromium IndexedDB: toggling, creating, editing, deleting and undoing
// bookmarks, filtering them, and attaching URLs to links — with every refusal a WriteError in words.

import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  bookmarkOf,
  bookmarkTags,
  clearLinkUrl,
  createBookmark,
  deleteBookmark,
  linkUrlOf,
  listBookmarks,
  restoreBookmark,
  setLinkUrl,
  toggleBookmark,
  updateBookmark,
  UrlRefusedError,
  type BookmarkTarget
} from '../../../src/renderer/src/db/bookmarks-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { BOOKMARK_LIMITS } from '../../../src/renderer/src/db/bookmark'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { errorText } from '../../../src/renderer/src/layout/write-error-text'

const DOC = 'fed214270135fa12'
const reference: BookmarkTarget = {
  kind: 'reference',
  documentId: DOC,
  targetId: 'ref-peskov',
  label: 'Soixante ans du traité'
}
const link: BookmarkTarget = {
  kind: 'link',
  documentId: DOC,
  targetId: 'link-yang',
  label: 'L’alliance sino-soviétique'
}
const position: BookmarkTarget = {
  kind: 'position',
  documentId: DOC,
  targetId: 'block-mao',
  label: 'Mao s’est rendu en Union soviétique'
}

let db: FolioDb

beforeEach(async () => {
  db = new FolioDb(`folio-bookmarks-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  // Let the last implicit transaction complete, then close: deleting an open database is blocked.
  await new Promise((resolve) => setTimeout(resolve, 0))
  db.close()
  await Dexie.delete(db.name)
})

describe('toggling a bookmark', () => {
  it('bookmarks a thing on the first toggle and removes it on the second, returning it for undo', async () => {
    const on = await toggleBookmark(reference, db)
    expect(on.bookmarked).toBe(true)
    expect(await bookmarkOf('reference', DOC, 'ref-peskov', db)).toMatchObject({
      kind: 'reference',
      label: 'Soixante ans du traité',
      note: '',
      tags: []
    })
    const off = await toggleBookmark(reference, db)
    expect(off.bookmarked).toBe(false)
    expect(await bookmarkOf('reference', DOC, 'ref-peskov', db)).toBeUndefined()
    if (on.bookmarked && !off.bookmarked) expect(off.removed).toEqual(on.bookmark)
  })

  it('puts a removed bookmark back exactly, note and tags included', async () => {
    const created = await createBookmark({ ...link, note: 'PDF de 2005', tags: ['PHP'] }, db)
    const removed = await toggleBookmark(link, db)
    if (removed.bookmarked) throw new Error('expected a removal')
    await restoreBookmark(removed.removed, db)
    expect(await bookmarkOf('link', DOC, 'link-yang', db)).toEqual(created)
  })

  it('stays consistent when two toggles race: no duplicate, no constraint error', async () => {
    await Promise.all([toggleBookmark(position, db), toggleBookmark(position, db), toggleBookmark(position, db)])
    expect(await db.bookmarks.count()).toBe(1)
  })
})

describe('creating and editing bookmarks', () => {
  it('returns the existing bookmark when the thing is already bookmarked', async () => {
    const first = await createBookmark(reference, db)
    const second = await createBookmark({ ...reference, note: 'ignored' }, db)
    expect(second).toEqual(first)
    expect(await db.bookmarks.count()).toBe(1)
  })

  it('cleans tags (spaces folded, empty and case-insensitive duplicates dropped) and the label (one line)', async () => {
    const bookmark = await createBookmark(
      { ...position, label: '  Mao\n s’est   rendu ', tags: [' URSS ', 'urss', '', 'Chine  populaire'] },
      db
    )
    expect(bookmark.tags).toEqual(['URSS', 'Chine populaire'])
    expect(bookmark.label).toBe('Mao s’est rendu')
  })

  it('cuts a long label on a word with an ellipsis', async () => {
    const bookmark = await createBookmark({ ...position, label: 'mot '.repeat(200) }, db)
    expect(bookmark.label.length).toBeLessThanOrEqual(200)
    expect(bookmark.label).toMatch(/mot…$/)
  })

  it('updates the note and tags and moves updatedAt, keeping createdAt', async () => {
    const created = await createBookmark(reference, db)
    await new Promise((resolve) => setTimeout(resolve, 5))
    const updated = await updateBookmark(created.id, { note: 'Article clé', tags: ['1950', 'traité'] }, db)
    expect(updated).toMatchObject({ note: 'Article clé', tags: ['1950', 'traité'], createdAt: created.createdAt })
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    expect(await db.bookmarks.get(created.id)).toEqual(updated)
  })

  it('refuses a note over the limit with a WriteError that says so, and leaves the bookmark unchanged', async () => {
    const created = await createBookmark(reference, db)
    const error = await updateBookmark(created.id, { note: 'x'.repeat(BOOKMARK_LIMITS.note + 1) }, db).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(WriteError)
    expect(errorText(error)).toMatch(/limite/)
    expect(await db.bookmarks.get(created.id)).toEqual(created)
  })

  it('refuses an unknown kind, a missing id and a document bookmark aimed elsewhere', async () => {
    await expect(createBookmark({ ...reference, kind: 'chapter' as never }, db)).rejects.toBeInstanceOf(WriteError)
    await expect(createBookmark({ ...reference, targetId: ' ' }, db)).rejects.toBeInstanceOf(WriteError)
    await expect(
      createBookmark({ kind: 'document', documentId: DOC, targetId: 'other', label: 'x' }, db)
    ).rejects.toBeInstanceOf(WriteError)
    expect(await db.bookmarks.count()).toBe(0)
  })

  it('says the bookmark is gone when editing one deleted meanwhile', async () => {
    const created = await createBookmark(reference, db)
    expect(await deleteBookmark(created.id, db)).toEqual(created)
    const gone = await updateBookmark(created.id, { note: 'trop tard' }, db).catch((e: unknown) => e)
    expect(errorText(gone)).toMatch(/n’existe plus/)
    expect(await deleteBookmark(created.id, db)).toBeUndefined()
  })
})

describe('listing bookmarks', () => {
  beforeEach(async () => {
    await createBookmark({ ...reference, tags: ['traité', 'URSS'] }, db)
    await createBookmark({ ...link, tags: ['URSS'] }, db)
    await createBookmark(position, db)
    await createBookmark(
      { kind: 'document', documentId: DOC, targetId: DOC, label: 'Traité sino-soviétique', tags: ['Traité'] },
      db
    )
  })

  it('filters by kind, by tag, and by both', async () => {
    expect((await listBookmarks({}, db)).length).toBe(4)
    expect((await listBookmarks({ kind: 'position' }, db)).map((b) => b.targetId)).toEqual(['block-mao'])
    expect((await listBookmarks({ tag: 'URSS' }, db)).map((b) => b.kind).sort()).toEqual(['link', 'reference'])
    expect((await listBookmarks({ tag: 'URSS', kind: 'link' }, db)).map((b) => b.kind)).toEqual(['link'])
  })

  it('matches tags whatever their case: "traité" finds "Traité" too', async () => {
    expect((await listBookmarks({ tag: 'TRAITÉ' }, db)).map((b) => b.kind).sort()).toEqual(['document', 'reference'])
  })

  it('lists every tag in use once (case-insensitively), alphabetically', async () => {
    expect(await bookmarkTags(db)).toEqual(['Traité', 'URSS'])
  })
})

describe('a URL the user attaches to a link', () => {
  const target = { linkId: 'link-yang', documentId: DOC }

  it('is stored normalised and can be removed', async () => {
    const stored = await setLinkUrl(target, '  HTTPS://Example.ORG/php/yang.pdf ', db)
    expect(stored.url).toBe('https://example.org/php/yang.pdf')
    expect(await linkUrlOf('link-yang', db)).toEqual(stored)
    expect(await clearLinkUrl('link-yang', db)).toEqual(stored)
    expect(await linkUrlOf('link-yang', db)).toBeUndefined()
  })

  for (const [url, reason] of [
    ['javascript:alert(1)', 'scheme'],
    ['JaVaScRiPt:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['data:text/html,<script>alert(1)</script>', 'scheme'],
    ['smb://server/share', 'scheme'],
    ['https://', 'malformed'],
    ['www.example.org', 'missing-scheme'],
    ['https://user:pw@example.org/', 'credentials'],
    ['', 'empty']
  ] as const) {
    it(`refuses ${JSON.stringify(url)} (${reason}) with a message, and stores nothing`, async () => {
      const error = await setLinkUrl(target, url, db).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(UrlRefusedError)
      expect((error as UrlRefusedError).reason).toBe(reason)
      expect(errorText(error).length).toBeGreaterThan(10)
      expect(await db.linkUrls.count()).toBe(0)
    })
  }

  it('names the refused scheme in the message', async () => {
    const error = await setLinkUrl(target, 'javascript:alert(1)', db).catch((e: unknown) => e)
    expect(errorText(error)).toMatch(/« javascript: »/)
  })
})
