// What crosses between the page's database (Dexie, the store the app reads) and main's sync engine (Yjs documents
// carried by a Hocuspocus server): a record's new value in one of the synced tables, or its deletion; the
// connection the user gave; and the status the page shows. One definition for the page, main and the server.

/** The user's tables that follow them to every device (the page's Dexie tables of the same names). */
export const SYNCED_TABLES = [
  'annotations',
  'bookmarks',
  'annotationLinks',
  'readingStates',
  'settings',
  'linkUrls'
] as const
export type SyncedTable = (typeof SYNCED_TABLES)[number]

/** The primary key of each synced table (its Dexie schema's first index). */
export const SYNC_KEYS = {
  annotations: 'id',
  bookmarks: 'id',
  annotationLinks: 'id',
  readingStates: 'documentId',
  settings: 'key',
  linkUrls: 'linkId'
} as const satisfies Record<SyncedTable, string>

/** Changes handed over in one call or one event, at most (a bigger batch is split). */
export const MAX_SYNC_BATCH = 2_000

/** The longest server address, account name and token the settings accept. */
export const SYNC_LIMITS = { server: 2_000, account: 100, token: 500 } as const

/**
 * A record of `table` as it now is (`record`, a plain JSON object whose key field is `key`), or deleted
 * (`record: null`). Local changes go to main this way; remote ones come back to the page this way.
 */
export interface RecordChange {
  table: SyncedTable
  key: string
  record: Record<string, unknown> | null
}

/** Where and as whom a device syncs: `server` an http(s) or ws(s) address, `account` and its token. */
export interface SyncConnection {
  server: string
  account: string
  token: string
}

/**
 * What the status line says, always true of this instant: not set up; connecting or exchanging (with what was
 * sent and received since it started); synced (when it last was); offline (since when, with the local changes
 * waiting); refused by the server (with why: a token it does not know or no longer accepts, or another reason).
 */
export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing'; sent: number; received: number }
  | { state: 'synced'; at: string }
  | { state: 'offline'; since: string; pending: number }
  | { state: 'refused'; reason: 'token' | 'other'; message: string }

/** The connection as the page may see it (never the token), with the status. */
export interface SyncState {
  connection: { server: string; account: string } | null
  status: SyncStatus
}

export type ConnectSyncResult = { ok: true; state: SyncState } | { ok: false; message: string }

/** A page of the records main's engine holds, for a device that catches up (its first connection, a restart). */
export interface SyncRecordsPage {
  changes: RecordChange[]
  /** Where the next page starts; null on the last one. */
  next: number | null
}
