// The renderer's backup writer and main's check of safety backups agree: every safety backup the writer
// produces is one main keeps (same header rule, src/shared/backup/backup-header.ts), and no export is.

import { describe, expect, it } from 'vitest'
import { backupHeader, serializeBackup } from '../../../src/renderer/src/backup/backup-format'
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/db/folio-db'
import { BACKUP_REASONS, readSafetyBackupHeader } from '../../../src/shared/backup/backup-header'
import { sampleAnnotation, sampleBookmark } from './sample-records'

const tables = {
  annotations: [sampleAnnotation(1), sampleAnnotation(2)],
  bookmarks: [sampleBookmark(1)],
  linkUrls: [],
  readingStates: [],
  settings: []
}
const scopes = [{ kind: 'all' as const }, { kind: 'document' as const, documentId: 'u-0123456789abcdef' }]

describe('the header of every backup the renderer writes', () => {
  it('makes a safety backup main accepts, of each automatic reason and scope, and never an export', async () => {
    for (const reason of BACKUP_REASONS) {
      for (const scope of scopes) {
        for (const version of [1, CURRENT_SCHEMA_VERSION]) {
          const text = await serializeBackup(
            backupHeader(version, reason, scope, tables, new Date('2026-03-10T09:00:00.000Z')),
            tables
          )
          const header = readSafetyBackupHeader(text)
          if (reason === 'export') expect(header).toBeNull()
          else
            expect(header).toEqual({
              format: 'folio-backup',
              formatVersion: 1,
              schemaVersion: version,
              exportedAt: '2026-03-10T09:00:00.000Z',
              reason,
              scope,
              counts: { annotations: 2, bookmarks: 1, linkUrls: 0, readingStates: 0, settings: 0 }
            })
        }
      }
    }
  })

  it('is checked as the writer finishes: a header out of shape is never written', async () => {
    const header = {
      ...backupHeader(CURRENT_SCHEMA_VERSION, 'before-clear', { kind: 'all' }, tables),
      schemaVersion: 0
    }
    await expect(serializeBackup(header, tables)).rejects.toThrow('backup header out of shape')
  })
})
