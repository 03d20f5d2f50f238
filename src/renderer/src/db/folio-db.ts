// Folio's IndexedDB database (Dexie): the user's own data. Each schema version is kept here, in
// order, with its upgrade; tests open databases of every earlier version (tests/renderer/db).

import Dexie, { type EntityTable } from 'dexie'
import type { Annotation } from './annotation'
import type { Bookmark, LinkUrl } from './bookmark'
import type { ReadingState, SettingRow } from './reading'

export const DB_NAME = 'folio'

/** Index strings of each released schema version. Never edit a released one: add a version. */
export const SCHEMA_VERSIONS = {
  1: {
    annotations: 'id, documentId, [documentId+createdAt], *tags, updatedAt'
  },
  2: {
    bookmarks: 'id, &targetKey, kind, documentId, createdAt, *tags',
    linkUrls: 'linkId, documentId'
  },
  3: {
    readingStates: 'documentId',
    settings: 'key'
  }
} as const

export const CURRENT_SCHEMA_VERSION = 3

/** Names of every table of the current schema, for backups. */
export const TABLE_NAMES = ['annotations', 'bookmarks', 'linkUrls', 'readingStates', 'settings'] as const
export type TableName = (typeof TABLE_NAMES)[number]

export class FolioDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>
  bookmarks!: EntityTable<Bookmark, 'id'>
  linkUrls!: EntityTable<LinkUrl, 'linkId'>
  readingStates!: EntityTable<ReadingState, 'documentId'>
  settings!: EntityTable<SettingRow, 'key'>

  constructor(name: string = DB_NAME) {
    // Strict durability: a write reported done is on disk, not in an OS cache.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_VERSIONS[1])
    // Version 2 adds bookmarks and user-attached link URLs; annotations are untouched.
    this.version(2).stores(SCHEMA_VERSIONS[2])
    // Version 3 adds the reading position of each document and the user's settings.
    this.version(3).stores(SCHEMA_VERSIONS[3])
  }
}

/** The app's database. Components never use it directly: they call the named functions beside it. */
export const db = new FolioDb()
