// What main's sync offers the IPC handlers and the window: connect, disconnect, carry the page's changes, hand a
// device that catches up every record, and tell its listeners (the windows) of remote changes and of its state.
// Implemented by the Yjs engine (sync-engine.ts); the handlers and the windows see only this.

import type {
  ConnectSyncResult,
  RecordChange,
  SyncConnection,
  SyncRecordsPage,
  SyncState
} from '../../shared/sync/sync-types'

export interface SyncService {
  connect(connection: SyncConnection): Promise<ConnectSyncResult>
  disconnect(): Promise<void>
  state(): SyncState
  /** The page's own changes; a record equal to what the engine holds changes nothing. */
  push(changes: readonly RecordChange[]): Promise<void>
  /** (A promise from the engine, which may still be loading its document from disk at start.) */
  records(offset: number, limit: number): SyncRecordsPage | Promise<SyncRecordsPage>
  /** Remote changes, in batches of at most MAX_SYNC_BATCH; returns the unsubscribe. */
  onChanges(listener: (changes: RecordChange[]) => void): () => void
  onState(listener: (state: SyncState) => void): () => void
  /** The connection with its token, for main's other clients of the same server (the groups' API); null when off. */
  credentials(): SyncConnection | null
  /** Closes the connection and writes what is held (at quit). */
  close(): Promise<void>
}
