// The schema ladder, in Chromium's real IndexedDB: a database left by every released schema version is
// opened by today's code, a safety backup of it is written first, and every record comes through intact.
// To add a rung when a version is released: a fixture in tests/fixtures/db/folio-vN.ts and an entry in LADDER.

import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  installedSchemaVersion,
  openDatabase,
  readRawDatabase,
  SafetyBackupError
} from '../../../src/renderer/src/storage/open-database'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { CURRENT_SCHEMA_VERSION, FolioDb, TABLE_NAMES } from '../../../src/renderer/src/db/folio-db'
import type { WriteSafetyBackupResult } from '../../../src/shared/ipc/contract'
import { readSafetyBackupHeader } from '../../../src/shared/backup/backup-header'
import { FOLIO_V1_ANNOTATIONS, FOLIO_V1_SCHEMA } from '../../fixtures/db/folio-v1'
import {
  FOLIO_V2_ANNOTATIONS,
  FOLIO_V2_BOOKMARKS,
  FOLIO_V2_LINK_URLS,
  FOLIO_V2_SCHEMA
} from '../../fixtures/db/folio-v2'
import {
  FOLIO_V3_ANNOTATIONS,
  FOLIO_V3_BOOKMARKS,
  FOLIO_V3_LINK_URLS,
  FOLIO_V3_READING_STATES,
  FOLIO_V3_SCHEMA,
  FOLIO_V3_SETTINGS
} from '../../fixtures/db/folio-v3'
import { sortedRecords } from '../backup/test-database'
import type { FolioRecords } from '../../../src/renderer/src/backup/record-schemas'

interface Rung {
  version: number
  schema: Record<string, string>
  tables: Record<string, readonly object[]>
}

const LADDER: Rung[] = [
  { version: 1, schema: FOLIO_V1_SCHEMA, tables: { annotations: FOLIO_V1_ANNOTATIONS } },
  {
    version: 2,
    schema: FOLIO_V2_SCHEMA,
    tables: { annotations: FOLIO_V2_ANNOTATIONS, bookmarks: FOLIO_V2_BOOKMARKS, linkUrls: FOLIO_V2_LINK_URLS }
  },
  {
    version: 3,
    schema: FOLIO_V3_SCHEMA,
    tables: {
      annotations: FOLIO_V3_ANNOTATIONS,
      bookmarks: FOLIO_V3_BOOKMARKS,
      linkUrls: FOLIO_V3_LINK_URLS,
      readingStates: FOLIO_V3_READING_STATES,
      settings: FOLIO_V3_SETTINGS
    }
  }
]

const names: string[] = []
const opened: Dexie[] = []
afterEach(async () => {
  for (const database of opened.splice(0)) database.close()
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** Writes a database exactly as a Folio of `rung.version` would have, then closes it. */
async function leaveDatabase(rung: Rung): Promise<string> {
  const name = `folio-ladder-v${rung.version}-${crypto.randomUUID()}`
  names.push(name)
  const old = new Dexie(name)
  old.version(rung.version).stores(rung.schema)
  await old.open()
  for (const [table, rows] of Object.entries(rung.tables)) await old.table(table).bulkAdd(structuredClone([...rows]))
  old.close()
  return name
}

/** The rung's records as the current schema holds them: its tables, and the newer tables empty. */
function expectedRecords(rung: Rung): FolioRecords {
  const records = Object.fromEntries(TABLE_NAMES.map((name) => [name, structuredClone([...(rung.tables[name] ?? [])])]))
  return sortedRecords(records as unknown as FolioRecords)
}

function recordingWriter(result?: WriteSafetyBackupResult) {
  const written: string[] = []
  const write = async (content: string): Promise<WriteSafetyBackupResult> => {
    written.push(content)
    return result ?? { ok: true, fileName: `folio-backup-test-v${written.length}.json` }
  }
  return { written, write }
}

describe('the schema ladder: databases of every released version, opened by the current code', () => {
  it('has a rung for every released version below the current one', () => {
    expect(LADDER.map((rung) => rung.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, index) => index + 1)
    )
  })

  for (const rung of LADDER) {
    it(`v${rung.version}: writes a safety backup of the old database, then migrates it with every record intact`, async () => {
      const name = await leaveDatabase(rung)
      expect(await installedSchemaVersion(name)).toBe(rung.version)
      const writer = recordingWriter()
      const database = new FolioDb(name)
      opened.push(database)
      const result = await openDatabase(database, writer.write)

      expect(result).toEqual({ installedVersion: rung.version, backupFile: 'folio-backup-test-v1.json' })
      expect(writer.written).toHaveLength(1)
      const backup = writer.written[0]!
      expect(readSafetyBackupHeader(backup)).toMatchObject({ schemaVersion: rung.version, reason: 'before-migration' })
      expect(JSON.parse(backup)).toMatchObject({
        schemaVersion: rung.version,
        reason: 'before-migration',
        tables: rung.tables
      })
      // The safety backup restores into today's schema.
      expect(sortedRecords((await parseImportFile(backup)).records)).toEqual(expectedRecords(rung))

      expect(database.verno).toBe(CURRENT_SCHEMA_VERSION)
      const stored = Object.fromEntries(
        await Promise.all(TABLE_NAMES.map(async (table) => [table, await database.table(table).toArray()]))
      )
      expect(sortedRecords(stored as unknown as FolioRecords)).toEqual(expectedRecords(rung))
      // The indexes answer for the migrated records.
      const ofSeed = (rung.tables.annotations ?? []).filter(
        (row) => (row as { documentId: string }).documentId === 'fed214270135fa12'
      )
      expect(
        await database.annotations
          .where('[documentId+createdAt]')
          .between(['fed214270135fa12', ''], ['fed214270135fa12', '\uffff'])
          .count()
      ).toBe(ofSeed.length)
    })

    it(`v${rung.version}: when the safety backup cannot be written, does not migrate and changes nothing`, async () => {
      const name = await leaveDatabase(rung)
      const before = await readRawDatabase(name)
      const database = new FolioDb(name)
      opened.push(database)
      const failing = recordingWriter({ ok: false, reason: 'failed', message: 'Disque plein.' })
      await expect(openDatabase(database, failing.write)).rejects.toThrow(SafetyBackupError)
      expect(database.isOpen()).toBe(false)
      expect(await installedSchemaVersion(name)).toBe(rung.version)
      expect(await readRawDatabase(name)).toEqual(before)
    })
  }

  it('writes no backup for a first start (no database) or a database already at the current version', async () => {
    const name = `folio-ladder-new-${crypto.randomUUID()}`
    names.push(name)
    const writer = recordingWriter()
    const first = new FolioDb(name)
    opened.push(first)
    expect(await openDatabase(first, writer.write)).toEqual({ installedVersion: 0, backupFile: null })
    first.close()
    const again = new FolioDb(name)
    opened.push(again)
    expect(await openDatabase(again, writer.write)).toEqual({
      installedVersion: CURRENT_SCHEMA_VERSION,
      backupFile: null
    })
    expect(writer.written).toEqual([])
  })

  it('reading the version of a missing database does not create it', async () => {
    const name = `folio-ladder-missing-${crypto.randomUUID()}`
    expect(await readRawDatabase(name)).toEqual({ version: 0, tables: {} })
    expect((await indexedDB.databases()).some((info) => info.name === name)).toBe(false)
  })
})
