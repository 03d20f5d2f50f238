// A failed write, with a message the user can act on. The caller keeps whatever the user typed.

import i18next from '../i18n/i18n'

/** Why a write failed: the disk is full, the database is unavailable, or anything else (invalid input…). */
export type WriteFailure = 'quota' | 'unavailable' | 'failed'

/** Thrown by the db functions when IndexedDB refuses a write (quota, blocked, closed) or input is invalid. */
export class WriteError extends Error {
  constructor(
    message: string,
    cause?: unknown,
    readonly failure: WriteFailure = 'failed'
  ) {
    super(message, { cause })
    this.name = 'WriteError'
  }
}

/** Turns an IndexedDB/Dexie failure into a WriteError with a clear message in the UI language. */
export function toWriteError(error: unknown): WriteError {
  if (error instanceof WriteError) return error
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new WriteError(i18next.t('writeErrors.quota'), error, 'quota')
  }
  if (
    name === 'DatabaseClosedError' ||
    name === 'OpenFailedError' ||
    name === 'BlockedError' ||
    inner === 'VersionError'
  ) {
    return new WriteError(i18next.t('writeErrors.unavailable'), error, 'unavailable')
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new WriteError(i18next.t('writeErrors.failed', { detail }), error)
}
