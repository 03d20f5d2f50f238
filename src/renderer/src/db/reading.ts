// The user's reading state per document and their settings: where they were in each document,
// and how they like to read (src/shared/settings), one row per setting.

import type { Settings } from '../../../shared/settings/settings'

/** Where the user was in a document: the block at the top of the reader, and how far into it. */
export interface ReadingState {
  documentId: string
  blockId: string
  /** 0–1: how far the top of the viewport was into that block. */
  fraction: number
  updatedAt: string
}

/** One setting as stored: a key and its value (one row per setting, so concurrent windows merge). */
export interface SettingRow<K extends keyof Settings = keyof Settings> {
  key: K
  value: Settings[K]
  updatedAt: string
}
