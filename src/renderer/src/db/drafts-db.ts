// The drafts' own IndexedDB database, beside FolioDb: drafts are transient (minutes to days), so they
// stay out of the user's backups and out of FolioDb's schema ladder, and a damaged one costs only drafts.

import Dexie, { type EntityTable } from 'dexie'
import type { Draft } from './draft'

export const DRAFTS_DB_NAME = 'folio-drafts'

export class DraftsDb extends Dexie {
  drafts!: EntityTable<Draft, 'id'>

  constructor(name: string = DRAFTS_DB_NAME) {
    // Strict durability: a draft reported kept is on disk when the machine crashes a moment later.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores({ drafts: 'id, subjectKey, updatedAt' })
  }
}

/** The app's drafts. Components never use it directly: they call the functions of drafts-store.ts. */
export const draftsDb = new DraftsDb()
