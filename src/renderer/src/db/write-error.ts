// A failed write, told as a code and the values it needs (a limit, a length, the database's own words): the
// UI puts it in its language (layout/write-error-text.ts). The caller keeps whatever the user typed.

/** Why a write failed: the disk is full, the database is unavailable, or anything else (invalid input…). */
export type WriteFailure = 'quota' | 'unavailable' | 'failed'

/** An entity whose writes the stores check. */
export type StoreNoun = 'annotation' | 'bookmark'

/** What went wrong: IndexedDB refused the write, or a store refused its input (and why). */
export type WriteErrorCode =
  | WriteFailure
  | `${StoreNoun}-note-too-long`
  | `${StoreNoun}-tag-too-long`
  | `${StoreNoun}-too-many-tags`
  | `${StoreNoun}-gone`
  | 'annotation-quote-too-long'
  | 'annotation-color'
  | 'bookmark-kind'
  | 'bookmark-target'
  | 'bookmark-document-target'
  | 'url-refused'

/** The values a code's words are made with (`max`, `length`, `detail`…), as they are: numbers unformatted. */
export type WriteErrorValues = Readonly<Record<string, string | number>>

/** Thrown by the db functions when IndexedDB refuses a write (quota, blocked, closed) or input is invalid. */
export class WriteError extends Error {
  constructor(
    readonly code: WriteErrorCode,
    readonly values: WriteErrorValues = {},
    cause?: unknown
  ) {
    // The message is for logs; the user reads the code's words.
    super(Object.keys(values).length === 0 ? code : `${code} ${JSON.stringify(values)}`, { cause })
    this.name = 'WriteError'
  }

  /** What a failed write means for the user: the disk, the database, or anything else. */
  get failure(): WriteFailure {
    return this.code === 'quota' || this.code === 'unavailable' ? this.code : 'failed'
  }
}

/** Turns an IndexedDB/Dexie failure into a WriteError (quota, unavailable, or failed with the error's words). */
export function toWriteError(error: unknown): WriteError {
  if (error instanceof WriteError) return error
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return new WriteError('quota', {}, error)
  if (
    name === 'DatabaseClosedError' ||
    name === 'OpenFailedError' ||
    name === 'BlockedError' ||
    inner === 'VersionError'
  ) {
    return new WriteError('unavailable', {}, error)
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new WriteError('failed', { detail }, error)
}
