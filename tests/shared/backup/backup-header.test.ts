import { describe, expect, it } from 'vitest'
import {
  MAX_HEADER_CHARS,
  MAX_SCHEMA_VERSION,
  readBackupHeader,
  readSafetyBackupHeader
} from '../../../src/shared/backup/backup-header'

/** Header fields to change (or add) in a backup's text. */
type Fields = Record<string, unknown>

/** A backup as the renderer writes it (header lines first, then the tables), with `fields` changed. */
function backupText(fields: Fields = {}, tables = '\n"annotations":[\n{"id":"a1","note":"中苏"}\n]') {
  const header = {
    format: 'folio-backup',
    formatVersion: 1,
    schemaVersion: 3,
    exportedAt: '2025-03-12T09:41:07.123Z',
    reason: 'before-clear',
    scope: { kind: 'all' },
    counts: { annotations: 1 },
    ...fields
  }
  const json = JSON.stringify(header)
  return `${json.slice(0, -1)},\n"tables":{${tables}\n}}\n`
}

describe('the header of a Folio backup', () => {
  it('is read from a backup as written', () => {
    expect(readBackupHeader(backupText())).toEqual({
      format: 'folio-backup',
      formatVersion: 1,
      schemaVersion: 3,
      exportedAt: '2025-03-12T09:41:07.123Z',
      reason: 'before-clear',
      scope: { kind: 'all' },
      counts: { annotations: 1 }
    })
    expect(
      readBackupHeader(backupText({ scope: { kind: 'document', documentId: 'u-0123456789abcdef' }, reason: 'export' }))
    ).toMatchObject({ reason: 'export' })
  })

  it('refuses a header whose fields are not Folio’s, even when the first bytes look right', () => {
    const refused: Fields[] = [
      { format: 'zotero' },
      { formatVersion: 2 },
      { schemaVersion: 0 },
      { schemaVersion: MAX_SCHEMA_VERSION + 1 },
      { schemaVersion: 1e21 },
      { schemaVersion: 2.5 },
      { schemaVersion: '3' },
      { reason: 'because' },
      { exportedAt: 'hier' },
      { exportedAt: '2025-13-45T99:00:00Z' },
      { scope: { kind: 'everything' } },
      { counts: { annotations: -1 } },
      { counts: 'many' }
    ]
    for (const fields of refused) expect(readBackupHeader(backupText(fields)), JSON.stringify(fields)).toBeNull()
    expect(readBackupHeader(backupText({ extra: true }))).toBeNull()
    // The first bytes the old check looked at, then anything.
    expect(readBackupHeader('{"format":"folio-backup","formatVersion":1,"schemaVersion":3,"junk"')).toBeNull()
    expect(
      readBackupHeader(`{"format":"folio-backup","formatVersion":1,"schemaVersion":${'9'.repeat(400)},"tables":{}}`)
    ).toBeNull()
  })

  it('finds the tables at the top level only, whatever the strings hold', () => {
    expect(readBackupHeader(backupText({ scope: { kind: 'document', documentId: '"tables":{' } }))).toMatchObject({
      scope: { documentId: '"tables":{' }
    })
    expect(readBackupHeader(backupText({ counts: { tables: 2 } }))).toMatchObject({ counts: { tables: 2 } })
    expect(readBackupHeader(backupText({ reason: 'tables' }))).toBeNull()
    expect(readBackupHeader('{"format":"folio-backup","tables":{}}')).toBeNull()
    expect(readBackupHeader('{"format":"folio-backup"}')).toBeNull()
    expect(readBackupHeader('{"format":"folio-back')).toBeNull()
    expect(readBackupHeader('')).toBeNull()
  })

  it('reads only the first characters of a file: a header that goes on is refused', () => {
    const padded = backupText({
      scope: { kind: 'document', documentId: 'x'.repeat(200) },
      counts: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`t${i}`, i]))
    })
    expect(padded.indexOf('"tables"')).toBeGreaterThan(MAX_HEADER_CHARS)
    expect(readBackupHeader(padded)).toBeNull()
  })
})

describe('a safety backup', () => {
  it('is a whole backup written by Folio itself before a change', () => {
    for (const reason of ['before-migration', 'before-import', 'before-clear', 'before-remove']) {
      expect(readSafetyBackupHeader(backupText({ reason }))).toMatchObject({ reason })
    }
    expect(readSafetyBackupHeader(backupText({}, ''))).not.toBeNull()
  })

  it('is not an export, nor a backup cut short', () => {
    expect(readSafetyBackupHeader(backupText({ reason: 'export' }))).toBeNull()
    const whole = backupText()
    for (const cut of [whole.length - 3, whole.length - 4, whole.indexOf('"tables"') + 12]) {
      expect(readSafetyBackupHeader(whole.slice(0, cut)), whole.slice(0, cut)).toBeNull()
    }
  })
})
