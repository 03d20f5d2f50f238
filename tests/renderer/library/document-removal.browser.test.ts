// Removing a library document with its notes, against real Chromium IndexedDB and a recording stand-in for
// main: the safety backup comes first, then the copy, then the notes; each failure loses nothing; undo
// puts back the copy and exactly the notes.

import { afterEach, describe, expect, it } from 'vitest'
import type {
  ArchiveDocumentEntry,
  ImportDocumentResult,
  RemoveDocumentResult
} from '../../../src/shared/archive/archive-types'
import type { WriteSafetyBackupResult } from '../../../src/shared/ipc/contract'
import type { FolioDb } from '../../../src/renderer/src/db/folio-db'
import { countDocumentData } from '../../../src/renderer/src/db/document-data'
import {
  removeDocument,
  RemovalError,
  restoreDocument,
  type RemovalDeps
} from '../../../src/renderer/src/library/document-removal'
import { deleteTestDatabases, dump, freshDatabase, seed } from '../backup/test-database'
import { sampleAnnotation, sampleBookmark, sampleLinkUrl, sampleReadingState } from '../backup/sample-records'

afterEach(deleteTestDatabases)

const DOC = 'doc-3'
const entry = {
  id: DOC,
  file: `${DOC}.txt`,
  document: { title: 'Accord de Valmorel' }
} as unknown as ArchiveDocumentEntry

/** Main as the removal sees it: it records every call in order and answers what the test says. */
function fakeMain(
  answers: { backup?: WriteSafetyBackupResult; remove?: RemoveDocumentResult; restore?: ImportDocumentResult } = {}
) {
  const calls: string[] = []
  const backups: string[] = []
  const main = {
    calls,
    backups,
    answers,
    api: {
      writeSafetyBackup: async (content: string) => {
        calls.push('backup')
        backups.push(content)
        return main.answers.backup ?? { ok: true as const, fileName: 'folio-sauvegarde.json' }
      }
    },
    remove: async (id: string) => {
      calls.push(`remove ${id}`)
      return main.answers.remove ?? { ok: true as const }
    },
    restore: async (id: string) => {
      calls.push(`restore ${id}`)
      return main.answers.restore ?? { ok: true as const, entry }
    }
  }
  return main
}

async function seeded(): Promise<FolioDb> {
  const database = await freshDatabase()
  await seed(database, {
    annotations: Array.from({ length: 20 }, (_, n) => sampleAnnotation(n)),
    bookmarks: Array.from({ length: 14 }, (_, n) => sampleBookmark(n)),
    linkUrls: Array.from({ length: 14 }, (_, n) => sampleLinkUrl(n)),
    readingStates: [sampleReadingState(3)]
  })
  return database
}

const depsOf = (database: FolioDb, main: ReturnType<typeof fakeMain>): RemovalDeps => ({ database, ...main })

describe('removing a document with its notes', () => {
  it("writes a backup of the document's notes, then removes the copy, then the notes", async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain()
    // What the database holds when main is asked to remove the copy: the notes must still be there.
    let countsAtRemove: unknown = null
    const remove = main.remove
    main.remove = async (id) => {
      countsAtRemove = await countDocumentData(DOC, database)
      return remove(id)
    }

    const removed = await removeDocument(entry, true, depsOf(database, main))

    expect(main.calls).toEqual(['backup', `remove ${DOC}`])
    expect(countsAtRemove).toEqual({
      annotations: before.annotations.filter((a) => a.documentId === DOC).length,
      bookmarks: 2
    })
    expect(await countDocumentData(DOC, database)).toEqual({ annotations: 0, bookmarks: 0 })
    const backup = JSON.parse(main.backups[0] ?? '')
    expect(backup).toMatchObject({
      format: 'folio-backup',
      reason: 'before-remove',
      scope: { kind: 'document', documentId: DOC }
    })
    expect(backup.tables.annotations).toEqual(
      before.annotations.filter((a) => a.documentId === DOC).sort((a, b) => (a.id < b.id ? -1 : 1))
    )
    expect(backup.tables.bookmarks).toHaveLength(2)
    expect(backup.tables.readingStates).toEqual([sampleReadingState(3)])
    expect(backup.tables.settings).toEqual([])
    expect(removed.data?.annotations).toHaveLength(backup.tables.annotations.length)
  })

  it('removes nothing when the safety backup cannot be written, and says so', async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain({
      backup: {
        ok: false,
        reason: 'failed',
        message: 'La sauvegarde de sécurité n’a pas pu être écrite : disque plein'
      }
    })
    const failure = await removeDocument(entry, true, depsOf(database, main)).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(RemovalError)
    expect((failure as RemovalError).step).toBe('backup')
    expect((failure as RemovalError).message).toMatch(/n’a pas été retiré.*disque plein/)
    expect(main.calls).toEqual(['backup'])
    expect(await dump(database)).toEqual(before)
  })

  it('leaves the notes untouched when main refuses to remove the copy', async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain({ remove: { ok: false, message: 'Le retrait a échoué : EACCES' } })
    const failure = (await removeDocument(entry, true, depsOf(database, main)).catch(
      (error: unknown) => error
    )) as RemovalError
    expect(failure.step).toBe('remove')
    expect(failure.removed).toBeNull()
    expect(failure.message).toContain('EACCES')
    expect(await dump(database)).toEqual(before)
  })

  it('says so when the notes cannot be deleted after the copy left, keeps them all, and can put the copy back', async () => {
    const database = await seeded()
    const before = await dump(database)
    database.bookmarks.hook('deleting', () => {
      throw new Error('base verrouillée')
    })
    const main = fakeMain()
    const failure = (await removeDocument(entry, true, depsOf(database, main)).catch(
      (error: unknown) => error
    )) as RemovalError
    expect(failure.step).toBe('notes')
    expect(failure.message).toMatch(
      /a été retiré, mais ses annotations et signets n’ont pas pu être supprimés.*base verrouillée/
    )
    expect(await dump(database)).toEqual(before)
    await restoreDocument(failure.removed!, depsOf(database, main))
    expect(main.calls).toEqual(['backup', `remove ${DOC}`, `restore ${DOC}`])
    expect(await dump(database)).toEqual(before)
  })
})

describe('undoing the removal', () => {
  it('puts back the copy through main, then exactly the notes that were deleted', async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain()
    const removed = await removeDocument(entry, true, depsOf(database, main))
    expect(await restoreDocument(removed, depsOf(database, main))).toBe(entry)
    expect(main.calls.at(-1)).toBe(`restore ${DOC}`)
    expect(await dump(database)).toEqual(before)
  })

  it('puts no note back while main cannot restore the copy, and finishes on a second try', async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain({
      restore: { ok: false, reason: 'failed', message: '« doc-3 » n’a pas pu être remis : EIO' }
    })
    const removed = await removeDocument(entry, true, depsOf(database, main))
    const afterRemoval = await dump(database)
    await expect(restoreDocument(removed, depsOf(database, main))).rejects.toThrow(
      /n’a pas pu être remis dans la bibliothèque.*EIO/
    )
    expect(await dump(database)).toEqual(afterRemoval)
    // The copy came back meanwhile (the first try did it before failing, or the user added the file again).
    main.answers.restore = {
      ok: false,
      reason: 'duplicate',
      message: '« valmorel.txt » est déjà dans votre bibliothèque.'
    }
    await restoreDocument(removed, depsOf(database, main))
    expect(await dump(database)).toEqual(before)
  })

  it('keeping the notes: writes no backup, deletes nothing, and undo only puts the copy back', async () => {
    const database = await seeded()
    const before = await dump(database)
    const main = fakeMain()
    const removed = await removeDocument(entry, false, depsOf(database, main))
    expect(main.calls).toEqual([`remove ${DOC}`])
    expect(removed.data).toBeNull()
    expect(await dump(database)).toEqual(before)
    await restoreDocument(removed, depsOf(database, main))
    expect(main.calls).toEqual([`remove ${DOC}`, `restore ${DOC}`])
    expect(await dump(database)).toEqual(before)
  })
})
