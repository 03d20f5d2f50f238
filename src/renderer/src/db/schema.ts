// The database's name and the index strings of every released schema version, without Dexie: the
// first-screen boot script reads the database raw before the app (and Dexie) load.

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

/** Dexie stores schema version n as IndexedDB version n × 10. */
export const INDEXEDDB_VERSION = CURRENT_SCHEMA_VERSION * 10
