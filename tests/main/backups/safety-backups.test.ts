import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import { SAFETY_BACKUPS_KEPT, safetyBackupDate, safetyBackupFileName, safetyBackupVersion, writeSafetyBackup } from '../../../src/main/backups/safety-backups'
import { ipcChannels } from '../../../src/shared/ipc/contract'

const backup = (version: number, body = '"tables":{}') =>
  `{"format":"folio-backup","formatVersion":1,"schemaVersion":${version},\n"exportedAt":"2025-03-12T09:41:07.123Z",${body}}`

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-safety-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('safety backups in the user-data folder', () => {
  it('writes the backup under a dated, versioned name, creating the folder', async () => {
    const target = join(dir, 'backups')
    const at = new Date('2025-03-12T09:41:07.123Z')
    const result = await writeSafetyBackup(backup(2, '"note":"中苏 😀"'), target, at)
    expect(result).toEqual({ ok: true, fileName: 'folio-backup-2025-03-12T09-41-07-123Z-v2.json' })
    expect(readFileSync(join(target, 'folio-backup-2025-03-12T09-41-07-123Z-v2.json'), 'utf8')).toBe(backup(2, '"note":"中苏 😀"'))
    expect(readdirSync(target)).toEqual(['folio-backup-2025-03-12T09-41-07-123Z-v2.json'])
  })

  it('keeps only the last five, and never overwrites one written in the same millisecond', async () => {
    const at = new Date('2025-03-12T09:41:07.000Z')
    writeFileSync(join(dir, 'notes-personnelles.json'), 'pas une sauvegarde de Folio')
    for (let i = 0; i < 7; i++) expect((await writeSafetyBackup(backup(1), dir, at)).ok).toBe(true)
    const kept = readdirSync(dir).filter((name) => name.startsWith('folio-backup-')).sort()
    expect(kept).toHaveLength(SAFETY_BACKUPS_KEPT)
    expect(kept).toEqual([2, 3, 4, 5, 6].map((ms) => safetyBackupFileName(new Date(at.getTime() + ms), 1)))
    expect(readdirSync(dir)).toContain('notes-personnelles.json')
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(false)
  })

  it('sorts a new backup last even when the clock was set back', async () => {
    await writeSafetyBackup(backup(2), dir, new Date('2030-01-01T00:00:00.000Z'))
    const result = await writeSafetyBackup(backup(2), dir, new Date('2025-01-01T00:00:00.000Z'))
    expect(result).toEqual({ ok: true, fileName: 'folio-backup-2030-01-01T00-00-00-001Z-v2.json' })
    expect(safetyBackupDate('folio-backup-2030-01-01T00-00-00-001Z-v2.json')?.toISOString()).toBe('2030-01-01T00:00:00.001Z')
  })

  it('refuses content that is not a Folio backup, and reports a write failure without leaving a temporary file', async () => {
    expect(safetyBackupVersion('{"format":"zotero"}')).toBeNull()
    expect(await writeSafetyBackup('{"format":"zotero"}', dir)).toMatchObject({ ok: false, reason: 'invalid' })
    writeFileSync(join(dir, 'a-file'), 'x')
    expect(await writeSafetyBackup(backup(2), join(dir, 'a-file', 'backups'))).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('n’a pas pu être écrite') })
  })

  it('is reachable over IPC only with a backup as argument', async () => {
    // Only writeSafetyBackup is called: the other dependencies need not be real.
    const deps = {
      archiveDir: dir,
      backupDir: dir,
      opener: { confirm: async () => false, open: async () => undefined },
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null }
    } as Partial<HandlerDeps> as HandlerDeps
    const handlers = createHandlers(deps)
    const router = createIpcRouter(handlers, ['folio://app'])
    const page = 'folio://app/index.html'
    await expect(router.dispatch(ipcChannels.writeSafetyBackup, page, [backup(2)])).resolves.toMatchObject({ ok: true })
    await expect(router.dispatch(ipcChannels.writeSafetyBackup, page, ['{"evil":true}'])).rejects.toThrow('Arguments invalides pour writeSafetyBackup')
    await expect(router.dispatch(ipcChannels.writeSafetyBackup, page, [42])).rejects.toThrow('Arguments invalides')
    expect(readdirSync(dir).filter((name) => name.startsWith('folio-backup-'))).toHaveLength(1)
  })
})
