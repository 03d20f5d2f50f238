// Folio's IndexedDB database (Dexie): the user's own data. Its schema versions are declared here in order,
// from SCHEMA_VERSIONS' index strings, without upgrade functions (each version only adds tables); tests open
// databases every earlier version left (tests/renderer/db/schema-upgrade, tests/renderer/storage/schema-ladder).

import Dexie, { type EntityTable } from 'dexie'
import type { Annotation } from './annotation'
import type { AnnotationLink } from './annotation-link'
import { ChangeFeed, changeFeedMiddleware } from './change-feed'
import type { Bookmark, LinkUrl } from './bookmark'
import type { ReadingState, SettingRow } from './reading'
import { DB_NAME, SCHEMA_VERSIONS } from '../storage/schema'

export { CURRENT_SCHEMA_VERSION, DB_NAME, SCHEMA_VERSIONS, TABLE_NAMES, type TableName } from '../storage/schema'

export class FolioDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>
  annotationLinks!: EntityTable<AnnotationLink, 'id'>
  bookmarks!: EntityTable<Bookmark, 'id'>
  linkUrls!: EntityTable<LinkUrl, 'linkId'>
  readingStates!: EntityTable<ReadingState, 'documentId'>
  settings!: EntityTable<SettingRow, 'key'>
  /** The keys each committed write changed (what the sync carries to the user's other devices). */
  readonly changes = new ChangeFeed()

  constructor(name: string = DB_NAME) {
    // Strict durability: a write reported done is on disk, not in an OS cache.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_VERSIONS[1])
    // Version 2 adds bookmarks and user-attached link URLs; annotations are untouched.
    this.version(2).stores(SCHEMA_VERSIONS[2])
    // Version 3 adds the reading position of each document and the user's settings.
    this.version(3).stores(SCHEMA_VERSIONS[3])
    // Version 4 adds the links between annotations.
    this.version(4).stores(SCHEMA_VERSIONS[4])
    this.use(changeFeedMiddleware(this.changes))
  }
}

/** The app's database. Components never use it: they call the named functions beside it, or a hook that reads it. */
export const db = new FolioDb()
