import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { applyImport } from '../../../src/renderer/src/backup/apply-import'
import { backupHeader, serializeBackup } from '../../../src/renderer/src/backup/backup-format'
import { ImportRefusal, type RefusalCode } from '../../../src/renderer/src/backup/import-refusal'
import { parseImportFile } from '../../../src/renderer/src/backup/parse-import-file'
import { utf8Length, utf8LengthInChunks } from '../../../src/renderer/src/backup/read-backup-text'
import { CURRENT_SCHEMA_VERSION, type FolioDb } from '../../../src/renderer/src/db/folio-db'
import { MAX_TEXT_FILE_BYTES } from '../../../src/shared/ipc/contract'
import type { FolioRecords } from '../../../src/renderer/src/backup/record-schemas'
import { sampleAnnotation, sampleRecords } from './sample-records'
import { deleteTestDatabases, dump, freshDatabase, seed } from './test-database'

let database: FolioDb
let before: FolioRecords
beforeEach(async () => {
  database = await freshDatabase()
  await seed(database, sampleRecords(5, 3))
  before = await dump(database)
})
afterEach(deleteTestDatabases)

const backupOf = (records: FolioRecords) =>
  serializeBackup(backupHeader(CURRENT_SCHEMA_VERSION, 'export', { kind: 'all' }, records), records)
const asJson = async (records: FolioRecords) =>
  JSON.parse(await backupOf(records)) as Record<string, unknown> & {
    tables: { annotations: Record<string, unknown>[] }
  }

/** Imports `content` and expects a refusal of kind `code` whose message contains `words`, with the database untouched. */
async function expectRefused(content: string, code: RefusalCode, words: string | RegExp): Promise<string> {
  const attempt = (async () => applyImport(database, (await parseImportFile(content)).records))()
  const error = await attempt.then(
    () => null,
    (reason: unknown) => reason
  )
  expect(error).toBeInstanceOf(ImportRefusal)
  const refusal = error as ImportRefusal
  expect(refusal.code).toBe(code)
  expect(refusal.message).toMatch(words)
  expect(await dump(database)).toEqual(before)
  return refusal.message
}

describe('files an import refuses, leaving the database exactly as it was', () => {
  it('refuses an empty file and a file that is not JSON', async () => {
    await expectRefused('   \n', 'empty', 'vide')
    await expectRefused('Bonjour, ceci est une lettre.', 'not-json', 'pas du JSON valide')
  })

  it('refuses a truncated backup, saying it is truncated', async () => {
    const text = await backupOf(sampleRecords(50, 10))
    await expectRefused(text.slice(0, Math.floor(text.length / 2)), 'truncated', 'tronqué')
  })

  it('refuses a file of another format, naming it', async () => {
    await expectRefused(JSON.stringify({ format: 'zotero-rdf', items: [] }), 'unknown-format', 'zotero-rdf')
    await expectRefused(JSON.stringify({ notes: [1, 2, 3] }), 'unknown-format', 'ni une sauvegarde Folio ni')
    await expectRefused('[1, 2, 3]', 'unknown-format', 'ni une sauvegarde Folio ni')
  })

  it('refuses a backup from a newer Folio, and an unknown format version', async () => {
    const json = await asJson(sampleRecords(2, 2))
    await expectRefused(
      JSON.stringify({ ...json, formatVersion: 2 }),
      'unsupported-version',
      /version 2 du format.*mettez Folio à jour/
    )
    await expectRefused(
      JSON.stringify({ ...json, schemaVersion: CURRENT_SCHEMA_VERSION + 1 }),
      'unsupported-version',
      `schéma v${CURRENT_SCHEMA_VERSION + 1}`
    )
    await expectRefused(
      JSON.stringify({ ...json, formatVersion: '1' }),
      'unsupported-version',
      'Version de format inconnue'
    )
  })

  it('refuses two records with the same id, naming the id and both places', async () => {
    const records = sampleRecords(4, 0)
    records.annotations.push({ ...sampleAnnotation(1), note: 'autre' })
    const message = await expectRefused(await backupOf(records), 'duplicate-id', sampleAnnotation(1).id)
    expect(message).toContain('tables.annotations[1] et [4]')
  })

  it('refuses a field of the wrong type, naming the record and the field, and counts the other problems', async () => {
    const json = await asJson(sampleRecords(6, 0))
    json.tables.annotations[2]!.color = 42
    json.tables.annotations[4]!.tags = 'pas une liste'
    delete json.tables.annotations[5]!.createdAt
    const message = await expectRefused(
      JSON.stringify(json),
      'invalid',
      'tables.annotations[2].color : valeur inattendue'
    )
    expect(message).toContain('tables.annotations[4].tags : une liste attendu, un texte trouvé')
    expect(message).toContain('tables.annotations[5].createdAt : champ manquant')
  })

  it('refuses unknown fields (including __proto__), unknown tables and counts that do not match', async () => {
    const json = await asJson(sampleRecords(3, 0))
    const text = JSON.stringify(json).replace('"color":', '"__proto__":{"admin":true},"color":')
    await expectRefused(text, 'invalid', 'champ inconnu « __proto__ »')
    await expectRefused(
      JSON.stringify({
        ...json,
        tables: { ...json.tables, secrets: [] },
        counts: { ...(json.counts as object), secrets: 0 }
      }),
      'invalid',
      'table inconnue « secrets »'
    )
    await expectRefused(
      JSON.stringify({ ...json, counts: { ...(json.counts as object), annotations: 4 } }),
      'invalid',
      'counts.annotations annonce 4'
    )
    expect(({} as Record<string, unknown>).admin).toBeUndefined()
  })

  it('refuses a note over 100,000 characters and a javascript: link URL', async () => {
    const records = sampleRecords(2, 1)
    records.annotations[0]!.note = 'x'.repeat(100_001)
    await expectRefused(await backupOf(records), 'invalid', 'texte trop long')
    const withUrl = sampleRecords(1, 1)
    withUrl.linkUrls[0]!.url = 'javascript:alert(1)'
    await expectRefused(await backupOf(withUrl), 'invalid', 'seules les adresses http(s)')
  })

  it('refuses content over 100 MB, counting UTF-8 bytes, not characters', async () => {
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4)
    expect(await utf8LengthInChunks('😀'.repeat(10), 3)).toBe(40)
    await expectRefused('x'.repeat(MAX_TEXT_FILE_BYTES + 1), 'too-large', '100 Mo')
    await expectRefused(`"${'中'.repeat(Math.ceil(MAX_TEXT_FILE_BYTES / 3) + 1)}"`, 'too-large', '100 Mo')
  }, 60_000)

  it('stores hostile strings as plain text, exactly as written', async () => {
    const records = sampleRecords(0, 0)
    const hostile = {
      ...sampleAnnotation(999),
      note: '<img src=x onerror="alert(1)"><script>document.cookie</script>{{constructor.constructor("x")()}}',
      tags: ['"; DROP TABLE annotations; --']
    }
    records.annotations.push(hostile)
    await applyImport(database, (await parseImportFile(await backupOf(records))).records)
    expect(await database.annotations.get(hostile.id)).toEqual(hostile)
  })
})

describe('an import that fails while writing', () => {
  it('rolls back every record already written: never a partial import', async () => {
    const records = sampleRecords(3_000, 0, { salt: 7 })
    const doomed = records.annotations[2_500]!.id
    database.annotations.hook('creating', (_key, annotation) => {
      if (annotation.id === doomed) throw new Error('disque plein (simulé)')
    })
    await expectRefused(await backupOf(records), 'write-failed', /disque plein \(simulé\).*rien n’a été importé/)
  })
})
