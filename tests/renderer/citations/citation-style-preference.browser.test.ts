// The citation style is a setting like the others, in Chromium's real IndexedDB; the style an earlier
// build kept in localStorage moves over once, and never overrides a style already in the settings.

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  LEGACY_STORAGE_KEY,
  moveLegacyCitationStyle
} from '../../../src/renderer/src/citations/citation-style-preference'
import { readSettings, saveSetting } from '../../../src/renderer/src/db/reading-store'
import type { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { deleteTestDatabases, freshDatabase, seed } from '../backup/test-database'

describe('the citation style setting', () => {
  let database: FolioDb
  beforeEach(async () => {
    localStorage.removeItem(LEGACY_STORAGE_KEY)
    database = await freshDatabase()
  })
  afterEach(async () => {
    localStorage.removeItem(LEGACY_STORAGE_KEY)
    await deleteTestDatabases()
  })

  it('is Chicago author-date until the user picks another, which is kept', async () => {
    expect((await readSettings(database)).citationStyle).toBe('chicago-author-date')
    await saveSetting('citationStyle', 'mla', database)
    expect((await readSettings(database)).citationStyle).toBe('mla')
    expect(await database.settings.get('citationStyle')).toMatchObject({ key: 'citationStyle', value: 'mla' })
  })

  it('reads an unknown stored style as the default', async () => {
    await seed(database, {
      settings: [{ key: 'citationStyle', value: 'harvard' as never, updatedAt: '2026-01-01T00:00:00.000Z' }]
    })
    expect((await readSettings(database)).citationStyle).toBe('chicago-author-date')
  })

  it('moves the style an earlier build kept in localStorage into the settings, once', async () => {
    localStorage.setItem(LEGACY_STORAGE_KEY, 'apa')
    await moveLegacyCitationStyle(database)
    expect((await readSettings(database)).citationStyle).toBe('apa')
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull()
  })

  it('never overrides a style already in the settings (another window moved or chose one)', async () => {
    await saveSetting('citationStyle', 'mla', database)
    localStorage.setItem(LEGACY_STORAGE_KEY, 'apa')
    await moveLegacyCitationStyle(database)
    expect((await readSettings(database)).citationStyle).toBe('mla')
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull()
  })

  it('drops a value that is not a style, leaving the default', async () => {
    localStorage.setItem(LEGACY_STORAGE_KEY, '<script>alert(1)</script>')
    await moveLegacyCitationStyle(database)
    expect(await database.settings.get('citationStyle')).toBeUndefined()
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBeNull()
  })

  it('keeps the old value when the setting cannot be written, to try again at the next start', async () => {
    localStorage.setItem(LEGACY_STORAGE_KEY, 'apa')
    database.close()
    await expect(moveLegacyCitationStyle(database)).rejects.toThrow()
    expect(localStorage.getItem(LEGACY_STORAGE_KEY)).toBe('apa')
  })
})
