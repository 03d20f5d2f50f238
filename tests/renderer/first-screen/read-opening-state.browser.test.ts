// The first screen's raw read of IndexedDB, in real Chromium: it reads a current database, and leaves
// every other database exactly as it found it — never creating one, never upgrading one.

import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { annotationTarget as target } from '../../fixtures/db/annotation-target'
import { createAnnotation } from '../../../src/renderer/src/db/annotations-store'
import { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { saveReadingState, saveSetting } from '../../../src/renderer/src/db/reading-store'
import { settingsOf } from '../../../src/renderer/src/db/settings-of'
import { readOpeningState } from '../../../src/renderer/src/first-screen/read-opening-state'
import { FOLIO_V2_ANNOTATIONS, FOLIO_V2_SCHEMA } from '../../fixtures/db/folio-v2'

const names: string[] = []
const uniqueName = () => {
  const name = `folio-opening-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})
const exists = async (name: string) => (await indexedDB.databases()).some((info) => info.name === name)

describe('what the first screen reads from IndexedDB', () => {
  it('reads the opening document’s annotations, in the app’s order, its reading position and the settings', async () => {
    const name = uniqueName()
    const db = new FolioDb(name)
    const first = await createAnnotation({ documentId: 'doc-a', target: target('traité', 10), color: 'yellow' }, db)
    await new Promise((resolve) => setTimeout(resolve, 2))
    const second = await createAnnotation({ documentId: 'doc-a', target: target('中苏', 40), color: 'green' }, db)
    await createAnnotation({ documentId: 'doc-b', target: target('autre', 5), color: 'pink' }, db)
    await saveReadingState('doc-a', 'h-1234', 0.25, db)
    await saveSetting('theme', 'dark', db)
    await saveSetting('fontSize', 21, db)
    db.close()

    const state = await readOpeningState('doc-a', name)
    expect(state?.annotations.map((annotation) => annotation.id)).toEqual([first.id, second.id])
    expect(state?.annotations[1]).toEqual(second)
    expect(state?.readingState).toMatchObject({ documentId: 'doc-a', blockId: 'h-1234', fraction: 0.25 })
    expect(settingsOf(state?.settingRows ?? [])).toMatchObject({ theme: 'dark', fontSize: 21 })

    // Its connection is closed: the app opens and writes at once.
    const again = new FolioDb(name)
    await createAnnotation({ documentId: 'doc-a', target: target('alliance', 80), color: 'blue' }, again)
    again.close()
  })

  it('creates no database when there is none (a first start)', async () => {
    const name = uniqueName()
    expect(await readOpeningState('doc-a', name)).toBeNull()
    expect(await exists(name)).toBe(false)
  })

  it('leaves a database of an older schema untouched, for the app to back up and upgrade', async () => {
    const name = uniqueName()
    const v2 = new Dexie(name)
    v2.version(2).stores(FOLIO_V2_SCHEMA)
    await v2.open()
    await v2.transaction('rw', 'annotations', () =>
      v2.table('annotations').bulkAdd(structuredClone([...FOLIO_V2_ANNOTATIONS]))
    )
    v2.close()

    expect(await readOpeningState(FOLIO_V2_ANNOTATIONS[0]!.documentId, name)).toBeNull()
    const reopened = new Dexie(name)
    await reopened.open()
    expect(reopened.verno).toBe(2)
    expect(await reopened.table('annotations').count()).toBe(FOLIO_V2_ANNOTATIONS.length)
    reopened.close()
  })
})
