// The database's name, the index strings of every released schema version and how a schema version maps to
// IndexedDB's own version number, without Dexie: the boot script reads the database raw before Dexie loads.

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
  },
  4: {
    annotationLinks: 'id, fromId, toId, [fromId+toId]'
  }
} as const

export const CURRENT_SCHEMA_VERSION = 4

/** Names of every table of the current schema, for backups. */
export const TABLE_NAMES = [
  'annotations',
  'bookmarks',
  'linkUrls',
  'readingStates',
  'settings',
  'annotationLinks'
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/**
 * The schema version of a database whose IndexedDB version is `nativeVersion`: Dexie stores schema version N
 * as IndexedDB version 10 × N (and may add a tenth for an unchanged schema). 0: no database.
 */
export const schemaVersionOf = (nativeVersion: number): number => Math.floor(nativeVersion / 10)
