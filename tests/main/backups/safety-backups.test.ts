import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers, type HandlerDeps } from '../../../src/main/ipc/handlers'
import { createIpcRouter } from '../../../src/main/ipc/ipc-router'
import {
  SAFETY_BACKUPS_KEPT,
  safetyBackupDate,
  safetyBackupFileName,
  safetyBackupVersion,
  writeSafetyBackup
} from '../../../src/main/backups/safety-backups'
import { ipcChannels } from '../../../src/shared/ipc/contract'

/** A safety backup as the renderer writes it: header lines, then the tables. */
const backup = (
  version: number,
  { note = 'x', reason = 'before-clear', exportedAt = '2025-03-12T09:41:07.123Z', scope = '{"kind":"all"}' } = {}
) =>
  `{"format":"folio-backup","formatVersion":1,"schemaVersion":${version},\n"exportedAt":"${exportedAt}","reason":"${reason}",\n` +
  `"scope":${scope},\n"counts":{"annotations":1},\n"tables":{\n"annotations":[\n{"id":"a1","note":${JSON.stringify(note)}}\n]\n}}\n`

/** What got past the old check: the first bytes of a backup, then anything. */
const junk = (version: number | string = 3) =>
  `{"format":"folio-backup","formatVersion":1,"schemaVersion":${version},"pas":"une sauvegarde"}`

const backupsIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.startsWith('folio-backup-'))
    .sort()

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'folio-safety-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('safety backups in the user-data folder', () => {
  it('writes the backup under a name from main’s clock and its validated version, creating the folder', async () => {
    const target = join(dir, 'backups')
    const at = new Date('2025-03-12T09:41:07.123Z')
    // The content claims another date: the name is the app's.
    const content = backup(2, { note: '中苏 😀', exportedAt: '1999-01-01T00:00:00.000Z' })
    const result = await writeSafetyBackup(content, target, at)
    expect(result).toEqual({ ok: true, fileName: 'folio-backup-2025-03-12T09-41-07-123Z-v2.json' })
    expect(readFileSync(join(target, 'folio-backup-2025-03-12T09-41-07-123Z-v2.json'), 'utf8')).toBe(content)
    expect(readdirSync(target)).toEqual(['folio-backup-2025-03-12T09-41-07-123Z-v2.json'])
  })

  it('keeps only the last five, and never overwrites one written in the same millisecond', async () => {
    const at = new Date('2025-03-12T09:41:07.000Z')
    writeFileSync(join(dir, 'notes-personnelles.json'), 'pas une sauvegarde de Folio')
    for (let i = 0; i < 7; i++) expect((await writeSafetyBackup(backup(1), dir, at)).ok).toBe(true)
    expect(backupsIn(dir)).toHaveLength(SAFETY_BACKUPS_KEPT)
    expect(backupsIn(dir)).toEqual([2, 3, 4, 5, 6].map((ms) => safetyBackupFileName(new Date(at.getTime() + ms), 1)))
    expect(readdirSync(dir)).toContain('notes-personnelles.json')
    expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(false)
  })

  it('gives backups asked for at the same moment a name each, and keeps each one', async () => {
    const at = new Date('2025-03-12T09:41:07.000Z')
    const results = await Promise.all([1, 2, 3].map((n) => writeSafetyBackup(backup(3, { note: `n${n}` }), dir, at)))
    expect(results.every((result) => result.ok)).toBe(true)
    const names = results.map((result) => (result.ok ? result.fileName : ''))
    expect(new Set(names).size).toBe(3)
    expect(names.map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).tables.annotations[0].note)).toEqual([
      'n1',
      'n2',
      'n3'
    ])
  })

  it('sorts a new backup last even when the clock was set back', async () => {
    await writeSafetyBackup(backup(2), dir, new Date('2030-01-01T00:00:00.000Z'))
    const result = await writeSafetyBackup(backup(2), dir, new Date('2025-01-01T00:00:00.000Z'))
    expect(result).toEqual({ ok: true, fileName: 'folio-backup-2030-01-01T00-00-00-001Z-v2.json' })
    expect(safetyBackupDate('folio-backup-2030-01-01T00-00-00-001Z-v2.json')?.toISOString()).toBe(
      '2030-01-01T00:00:00.001Z'
    )
  })

  it('clears what a write killed mid-way left beside the backups', async () => {
    const leftover = join(dir, '.folio-0123456789abcdef.tmp')
    writeFileSync(leftover, '{"format":"folio-backup"')
    const anHourAgo = (Date.now() - 3_600_000) / 1000
    utimesSync(leftover, anHourAgo, anHourAgo)
    expect((await writeSafetyBackup(backup(3), dir)).ok).toBe(true)
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('reports a write failure without leaving a temporary file', async () => {
    writeFileSync(join(dir, 'a-file'), 'x')
    expect(await writeSafetyBackup(backup(2), join(dir, 'a-file', 'backups'))).toMatchObject({
      ok: false,
      reason: 'failed',
      message: expect.stringContaining('n’a pas pu être écrite')
    })
    expect(readdirSync(dir)).toEqual(['a-file'])
  })
})

describe('what counts as a safety backup', () => {
  it('refuses content whose header does not validate, or that is cut short', async () => {
    const refused = [
      '{"format":"zotero"}',
      junk(),
      backup(0),
      backup(1001),
      backup(3, { reason: 'export' }),
      backup(3, { reason: 'because' }),
      backup(3, { exportedAt: 'hier' }),
      backup(3).slice(0, -10)
    ]
    for (const content of refused) {
      expect(safetyBackupVersion(content)).toBeNull()
      expect(await writeSafetyBackup(content, dir)).toMatchObject({ ok: false, reason: 'invalid' })
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('five junk writes do not push the real backup out', async () => {
    const real = await writeSafetyBackup(backup(3), dir, new Date('2025-03-12T09:00:00.000Z'))
    for (let i = 0; i < 5; i++) await writeSafetyBackup(junk(), dir, new Date(`2025-03-12T10:0${i}:00.000Z`))
    expect(backupsIn(dir)).toEqual([real.ok ? real.fileName : '?'])
  })

  it('an absurd schema version neither names a file nor escapes pruning', async () => {
    for (const version of ['9'.repeat(400), '1e400', String(Number.MAX_SAFE_INTEGER)]) {
      for (let i = 0; i < SAFETY_BACKUPS_KEPT + 2; i++)
        await writeSafetyBackup(junk(version).replace('"pas"', '"scope":{"kind":"all"},"tables":{},"pas"'), dir)
      for (let i = 0; i < SAFETY_BACKUPS_KEPT + 2; i++)
        await writeSafetyBackup(backup(3).replace('"schemaVersion":3', `"schemaVersion":${version}`), dir)
    }
    expect(readdirSync(dir)).toEqual([])
  })

  it('prunes among real backups only: a file that merely has a backup’s name is never counted nor deleted', async () => {
    // Older files with backups' names: an earlier version's junk, a note the user saved there.
    const impostors = [1, 2, 3, 4, 5].map((day) => safetyBackupFileName(new Date(`2025-01-0${day}T00:00:00.000Z`), 3))
    for (const name of impostors) writeFileSync(join(dir, name), junk())
    // A newer impostor would otherwise take a place among the five kept.
    const newer = safetyBackupFileName(new Date('2025-06-01T00:00:00.000Z'), 3)
    writeFileSync(join(dir, newer), 'pas une sauvegarde')
    const written: string[] = []
    for (let i = 0; i < 7; i++) {
      const result = await writeSafetyBackup(backup(3), dir, new Date(`2025-03-0${i + 1}T00:00:00.000Z`))
      if (result.ok) written.push(result.fileName)
    }
    expect(written).toHaveLength(7)
    expect(backupsIn(dir)).toEqual([...impostors, ...written.slice(2), newer].sort())
  })
})

describe('which backups are kept', () => {
  it('removing documents never pushes out the last backups of the whole database', async () => {
    const ofDocument = { reason: 'before-remove', scope: '{"kind":"document","documentId":"u-0123456789abcdef"}' }
    const whole: string[] = []
    const removals: string[] = []
    for (let i = 0; i < 2; i++) {
      const result = await writeSafetyBackup(backup(3), dir, new Date(`2025-03-0${i + 1}T00:00:00.000Z`))
      if (result.ok) whole.push(result.fileName)
    }
    for (let i = 0; i < SAFETY_BACKUPS_KEPT + 3; i++) {
      const result = await writeSafetyBackup(backup(3, ofDocument), dir, new Date(`2025-04-0${i + 1}T00:00:00.000Z`))
      if (result.ok) removals.push(result.fileName)
    }
    expect(removals).toHaveLength(SAFETY_BACKUPS_KEPT + 3)
    expect(backupsIn(dir)).toEqual([...whole, ...removals.slice(-SAFETY_BACKUPS_KEPT)])
  })
})

describe('safety backups over IPC', () => {
  it('are reachable only with a whole safety backup as argument', async () => {
    // Only writeSafetyBackup is called: the other dependencies need not be real.
    const deps = {
      archiveDir: dir,
      backupDir: dir,
      opener: { confirm: async () => false, open: async () => undefined },
      dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => null, chooseFolder: async () => null }
    } as Partial<HandlerDeps> as HandlerDeps
    const handlers = createHandlers(deps)
    const router = createIpcRouter(handlers, ['folio://app'])
    const page = 'folio://app/index.html'
    await expect(router.dispatch(ipcChannels.writeSafetyBackup, page, [backup(2)])).resolves.toMatchObject({ ok: true })
    for (const content of ['{"evil":true}', junk(), backup(2, { reason: 'export' }), 42]) {
      await expect(router.dispatch(ipcChannels.writeSafetyBackup, page, [content])).rejects.toThrow(
        'Arguments invalides pour writeSafetyBackup'
      )
    }
    expect(backupsIn(dir)).toHaveLength(1)
  })
})
