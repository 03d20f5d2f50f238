// The bookmark store's input cleaning, and its refusals in words, run in Node on fake-indexeddb
// (the same operations run on real IndexedDB in bookmarks-store.browser.test.ts).

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanBookmarkTags,
  cleanLabel,
  setLinkUrl,
  toggleBookmark,
  UrlRefusedError
} from '../../../src/renderer/src/db/bookmarks-store'
import { BOOKMARK_LIMITS } from '../../../src/renderer/src/db/bookmark'
import { WriteError } from '../../../src/renderer/src/db/write-error'
import { errorText } from '../../../src/renderer/src/layout/write-error-text'
import { deleteTestDatabases, freshDatabase } from '../backup/test-database'

afterEach(deleteTestDatabases)

describe('cleaning what the user typed', () => {
  it('keeps the first spelling of a tag and drops its other cases', () => {
    expect(cleanBookmarkTags(['Traité', 'traité', 'TRAITÉ', ' URSS\t'])).toEqual(['Traité', 'URSS'])
  })

  it('refuses too many tags and an over-long tag, in French', () => {
    const many = Array.from({ length: BOOKMARK_LIMITS.tags + 1 }, (_, i) => `t${i}`)
    expect(() => cleanBookmarkTags(many)).toThrow(WriteError)
    const refusal = (() => {
      try {
        return cleanBookmarkTags(['x'.repeat(101)])
      } catch (error) {
        return error
      }
    })()
    expect(refusal).toMatchObject({ code: 'bookmark-tag-too-long', values: { max: 100 } })
    expect(errorText(refusal)).toBe('Une étiquette dépasse 100 caractères.')
  })

  it('keeps short labels whole and cuts long ones under the limit', () => {
    expect(cleanLabel('  Liens\nexternes  ')).toBe('Liens externes')
    const cut = cleanLabel('a'.repeat(BOOKMARK_LIMITS.capturedLabel * 2))
    expect(cut.length).toBe(BOOKMARK_LIMITS.capturedLabel)
    expect(cut.endsWith('…')).toBe(true)
  })
})

describe('the store on fake-indexeddb', () => {
  it('toggles a link bookmark on and off', async () => {
    const db = await freshDatabase()
    const target = { kind: 'link', documentId: 'doc', targetId: 'link-1', label: 'Yang' } as const
    expect((await toggleBookmark(target, db)).bookmarked).toBe(true)
    expect((await toggleBookmark(target, db)).bookmarked).toBe(false)
    expect(await db.bookmarks.count()).toBe(0)
  })

  it('refuses javascript:alert(1) as a link URL with a message naming the scheme', async () => {
    const db = await freshDatabase()
    const error = await setLinkUrl({ linkId: 'link-1', documentId: 'doc' }, 'javascript:alert(1)', db).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(UrlRefusedError)
    expect(errorText(error)).toBe(
      'Les adresses « javascript: » sont refusées : seules les adresses http:// et https:// sont acceptées.'
    )
  })
})
