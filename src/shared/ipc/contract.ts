// The one IPC contract between the renderer and the main process: channel names and the typed API
// the preload exposes as `window.folio`. Main validates every argument (src/main/ipc/arg-schemas.ts).

import type {
  ArchiveChoice,
  ArchiveDocumentResult,
  ArchiveInfo,
  ArchiveProblem,
  ArchiveOpenResult,
  ArchivePage,
  ArchivePageRequest,
  ImportDocumentResult,
  LibraryDocumentResult,
  LibraryPage,
  RemoveDocumentResult
} from '../archive/archive-types'
import type { AttachCopyResult, CopyEntry, CopyFacts, CopyLink, CopyText } from '../copies/copy-types'
import type { AddedFile, DroppedFile } from '../desktop/added-files'
import type { SearchOptions, SearchResults } from '../search/types'
import type { MenuAction } from '../desktop/menu-actions'
import type { MainSettings } from '../settings/settings'
import type { ConnectSyncResult, RecordChange, SyncConnection, SyncRecordsPage, SyncState } from '../sync/sync-types'
import type { GroupActionResult, GroupAnnotation, GroupRole, GroupsState, InviteResult } from '../sync/group-types'

export type OpenExternalResult =
  { ok: true } | { ok: false; reason: 'invalid-url' | 'declined' | 'failed'; message: string }

/** A file type offered in a save or open dialog. */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** File name proposed in the dialog ("peskov-2010.bib"). */
  suggestedName: string
  content: string
  filters: FileFilter[]
}

/** The most files one {@link FolioApi.saveFiles} writes (an export of one note per document). */
export const MAX_SAVED_FILES = 10_000

/** Files saved together in a new folder the user names (an export of one file per document). */
export interface SaveFilesRequest {
  /** The folder's name proposed in the dialog ("folio-notes-2026-12-04"). */
  suggestedName: string
  /** Each file's name (no folder; unique, whatever the case) and text; at most 100 MB in all. */
  files: { name: string; content: string }[]
}

export type SaveFileResult =
  { ok: true; fileName: string } | { ok: false; reason: 'canceled' | 'failed'; message: string }

/** Saving the open article as a PDF (print/print-dialog.tsx): the page is laid out for print before it asks. */
export interface SavePdfRequest {
  /** Whether the page shows its notes as footnotes (print/print-notes.tsx); main prints the page as it is. */
  notes: boolean
  /** File name proposed in the dialog ("Le traité.pdf"). */
  suggestedName: string
}

export interface OpenTextFileRequest {
  filters: FileFilter[]
}

export type OpenTextFileResult =
  | { ok: true; fileName: string; content: string }
  | { ok: false; reason: 'canceled' | 'too-large' | 'not-text' | 'failed'; message: string }

/** Largest text file the renderer may ask to save or open (bytes). */
export const MAX_TEXT_FILE_BYTES = 100 * 1024 * 1024

export type WriteSafetyBackupResult =
  { ok: true; fileName: string } | { ok: false; reason: 'invalid' | 'failed'; message: string }

/**
 * The archive's full-text hits, with the titles of the documents they are in; `unavailable` when its index is
 * damaged (titles and reading still work: the problem names the file).
 */
export type ArchiveSearchResult =
  | { ok: true; results: SearchResults; titles: Record<string, string> }
  | { ok: false; reason: 'unavailable'; message: string }

export type ChooseArchiveResult =
  | { ok: true; archive: ArchiveInfo }
  | { ok: false; reason: 'canceled'; message: string }
  /** The folder holds no archive Folio can open: the problem names the file and what is wrong. */
  | { ok: false; reason: 'invalid'; message: string; problem: ArchiveProblem }

export type SelectArchiveResult = { ok: true } | { ok: false; message: string }

/** Most rows one page of the archive's list may ask for. */
export const MAX_ARCHIVE_PAGE = 500

/** The calls the renderer makes. Named functions only: no raw IPC, no Node (main's events: FolioEvents below). */
export interface FolioApi {
  /** The archive's name, id and size: never its documents (they are paged, and read one at a time). */
  openArchive(): Promise<ArchiveOpenResult>
  /** A page of the archive's rows in title order, all of them or those whose title matches the filter. */
  listArchive(request: ArchivePageRequest): Promise<ArchivePage>
  /** One document of the archive, read and verified now. */
  readArchiveDocument(id: string): Promise<ArchiveDocumentResult>
  /** Searches the archive's own full-text index (the user's notes and documents are searched in the renderer). */
  searchArchive(query: string, options?: SearchOptions): Promise<ArchiveSearchResult>
  /** The archives the user can switch to: the shipped one, then those they opened, the most recent first. */
  listArchives(): Promise<ArchiveChoice[]>
  /** Asks the user for an archive folder, opens it and makes it the open archive (the page then reloads). */
  chooseArchive(): Promise<ChooseArchiveResult>
  /** Makes a remembered archive (null: the shipped one) the open archive (the page then reloads). */
  selectArchive(path: string | null): Promise<SelectArchiveResult>
  /**
   * A page of the documents the user added, in title order, all of them or those whose title matches the filter
   * (as listArchive: main reads library.json, not the documents; `verify` checks the page's copies).
   */
  listLibrary(request: ArchivePageRequest): Promise<LibraryPage>
  /** One document of the user's library, read and checked now; a damaged one says why. */
  readLibraryDocument(id: string): Promise<LibraryDocumentResult>
  /** Asks the user for a .txt or .md file and adds a copy of it to their library. */
  importDocument(): Promise<ImportDocumentResult>
  /** Removes a document the user added (its copy in the library folder). */
  removeDocument(id: string): Promise<RemoveDocumentResult>
  /** Puts back a document the user just removed (undo): its copy comes back from the library's trash. */
  restoreDocument(id: string): Promise<ImportDocumentResult>
  /**
   * Asks the user for a PDF or a saved web page and keeps a copy of it in their library, attached to `link`
   * (null: added on its own). The same file attached again is the same copy, with the link added.
   */
  attachCopy(link: CopyLink | null): Promise<AttachCopyResult>
  // A copy's file itself is read through the app's protocol (src/shared/copies/copy-url.ts): PDFs as they are,
  // saved pages made safe (main/copies/safe-saved-page.ts), neither through IPC.
  /** The copies attached to a document's links (`documentId`), or every copy (null), the newest first. */
  listCopies(documentId: string | null): Promise<CopyEntry[]>
  /** Keeps what the reader learnt by opening a copy (its pages, its title). */
  describeCopy(id: string, facts: CopyFacts): Promise<CopyEntry | null>
  /** The copy's text as extracted once (null when not yet kept), for search and for anchoring at once. */
  readCopyText(id: string): Promise<CopyText | null>
  /** Keeps the copy's extracted text. */
  keepCopyText(id: string, text: CopyText): Promise<void>
  /** Detaches a copy from `link`, or removes it from the library when `link` is null or was its last link. */
  removeCopy(id: string, link: CopyLink | null): Promise<{ ok: true } | { ok: false; message: string }>
  /** Adds the files a launch handed the page (its addFiles event): main adds only paths it handed, each once. */
  addLaunchedFiles(paths: string[]): Promise<AddedFile[]>
  /** Adds files dropped on the window from their names and bytes (never a path), each as its type makes it. */
  addDroppedFiles(files: DroppedFile[]): Promise<AddedFile[]>
  openExternal(url: string): Promise<OpenExternalResult>
  /** Asks the user where to save, then writes `content` there (UTF-8). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /**
   * Asks the user where to save and under what folder name, then writes the files into that new folder, all or
   * none (its `fileName` is the folder's name); a folder or file already there is never written into.
   */
  saveFiles(request: SaveFilesRequest): Promise<SaveFileResult>
  /** Asks the user where to save, then writes the calling window printed as a PDF (its print stylesheet). */
  savePdf(options: SavePdfRequest): Promise<SaveFileResult>
  /** Asks the user for a text file and returns its content (UTF-8, at most 100 MB). */
  openTextFile(request: OpenTextFileRequest): Promise<OpenTextFileResult>
  /** Writes a backup of the database to the user-data folder (before a migration, import or clear); keeps the last 5. */
  writeSafetyBackup(content: string): Promise<WriteSafetyBackupResult>
  /** Tells main the user's settings (kept in IndexedDB), for its dialogs and the next start's first screen. */
  rememberSettings(settings: MainSettings): Promise<void>
  /** Connects this device to a sync server (a first connection uploads what the device has); kept for next start. */
  connectSync(connection: SyncConnection): Promise<ConnectSyncResult>
  /** Stops syncing and forgets the connection (the data stays on the device). */
  disconnectSync(): Promise<void>
  /** The connection (without its token) and its status now. */
  syncState(): Promise<SyncState>
  /** Changes the user made on this device, for the engine to carry (a record equal to what it holds is a no-op). */
  pushSyncChanges(changes: RecordChange[]): Promise<void>
  /** A page of every record the engine holds, from `offset`: what a device that catches up compares with its own. */
  readSyncRecords(offset: number, limit: number): Promise<SyncRecordsPage>
  /** The groups the connected account is in, with their members and roles, and the documents shared with each. */
  listGroups(): Promise<GroupsState>
  /** Makes a group; the user is its owner. */
  createGroup(name: string): Promise<GroupActionResult>
  /** An invite code giving `role` (an owner's call): it serves once and lasts 7 days. */
  inviteToGroup(groupId: string, role: GroupRole): Promise<InviteResult>
  joinGroup(code: string): Promise<GroupActionResult>
  leaveGroup(groupId: string): Promise<GroupActionResult>
  /** An owner removes a member: their annotations leave the group with them. */
  removeGroupMember(groupId: string, account: string): Promise<GroupActionResult>
  setGroupRole(groupId: string, account: string, role: GroupRole): Promise<GroupActionResult>
  /** Shares (or stops sharing) the annotations of a document with a group: only those of shared documents go. */
  shareDocument(documentId: string, groupId: string, shared: boolean): Promise<GroupActionResult>
  /** An owner takes another member's document out of the group: its share and its annotations leave together. */
  withdrawMemberShare(groupId: string, account: string, documentId: string): Promise<GroupActionResult>
  /** Other members' annotations of a document, with their author (each to be checked again by the page). */
  groupAnnotations(documentId: string): Promise<GroupAnnotation[]>
}

export type FolioMethod = keyof FolioApi

/** Channel of each API method. */
export const ipcChannels = {
  openArchive: 'archive:open',
  listArchive: 'archive:list',
  readArchiveDocument: 'archive:read',
  searchArchive: 'archive:search',
  listArchives: 'archives:list',
  chooseArchive: 'archives:choose',
  selectArchive: 'archives:select',
  listLibrary: 'library:list',
  readLibraryDocument: 'library:read',
  importDocument: 'library:import',
  removeDocument: 'library:remove',
  restoreDocument: 'library:restore',
  attachCopy: 'copies:attach',
  listCopies: 'copies:list',
  describeCopy: 'copies:describe',
  readCopyText: 'copies:read-text',
  keepCopyText: 'copies:keep-text',
  removeCopy: 'copies:remove',
  addLaunchedFiles: 'files:add-launched',
  addDroppedFiles: 'files:add-dropped',
  openExternal: 'links:open-external',
  saveFile: 'files:save',
  saveFiles: 'files:save-many',
  savePdf: 'files:save-pdf',
  openTextFile: 'files:open-text',
  writeSafetyBackup: 'backups:write-safety',
  rememberSettings: 'settings:remember',
  connectSync: 'sync:connect',
  disconnectSync: 'sync:disconnect',
  syncState: 'sync:state',
  pushSyncChanges: 'sync:push',
  readSyncRecords: 'sync:records',
  listGroups: 'groups:list',
  createGroup: 'groups:create',
  inviteToGroup: 'groups:invite',
  joinGroup: 'groups:join',
  leaveGroup: 'groups:leave',
  removeGroupMember: 'groups:remove-member',
  setGroupRole: 'groups:set-role',
  shareDocument: 'groups:share-document',
  withdrawMemberShare: 'groups:withdraw-member-share',
  groupAnnotations: 'groups:annotations'
} as const satisfies Record<FolioMethod, string>

export type IpcChannel = (typeof ipcChannels)[FolioMethod]

/** Sends one call over a transport (Electron's `ipcRenderer.invoke`, or a test binding). */
export type Invoke = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>

/** Builds the API object from a transport; the preload exposes exactly this object. */
export function createFolioApi(invoke: Invoke): FolioApi {
  const api = {} as Record<FolioMethod, (...args: unknown[]) => Promise<unknown>>
  for (const method of Object.keys(ipcChannels) as FolioMethod[]) {
    const channel = ipcChannels[method]
    api[method] = (...args: unknown[]) => invoke(channel, ...args)
  }
  return api as unknown as FolioApi
}

/**
 * The events main sends to the page: the application menu's actions, and what a launch handed over (a second
 * launch's arguments, macOS's open-url and open-file). The preload checks every argument
 * (shared/ipc/folio-events.ts) before a listener sees it, and passes on the arguments alone, never Electron's event.
 */
export interface FolioEvents {
  /** An item of the application menu was chosen (or its accelerator pressed). */
  menuAction(action: MenuAction): void
  /** A folio:// link to open, as given to the system (its shape checked, what it points to not yet). */
  openPassageLink(url: string): void
  /** Files to add to the library: absolute paths of existing files of a type Folio reads, checked by main. */
  addFiles(paths: string[]): void
  /** Changes that came from another device (or a group), for the page to check and write into its database. */
  syncChanges(changes: RecordChange[]): void
  /** The sync's connection or status changed. */
  syncState(state: SyncState): void
  /** The groups, their members or roles, or what the user shares changed: ask listGroups again. */
  groupsChanged(): void
  /** Other members' annotations of these documents changed: ask groupAnnotations again. */
  groupAnnotationsChanged(documentIds: string[]): void
}

export type FolioEvent = keyof FolioEvents

/** What a listener of `event` receives. */
export type FolioEventArgs<E extends FolioEvent> = Parameters<FolioEvents[E]>

/** Channel of each event (main's `webContents.send`, the preload's `ipcRenderer.on`). */
export const eventChannels = {
  menuAction: 'events:menu-action',
  openPassageLink: 'events:open-passage-link',
  addFiles: 'events:add-files',
  syncChanges: 'events:sync-changes',
  syncState: 'events:sync-state',
  groupsChanged: 'events:groups-changed',
  groupAnnotationsChanged: 'events:group-annotations-changed'
} as const satisfies Record<FolioEvent, string>

export type EventChannel = (typeof eventChannels)[FolioEvent]

/** The page's side of the events: `window.folio.on(event, listener)` returns the unsubscribe. */
export interface FolioEventsApi {
  on<E extends FolioEvent>(event: E, listener: (...args: FolioEventArgs<E>) => void): () => void
}

/** `window.folio`: the calls to main and the events from it. */
export type FolioPageApi = FolioApi & FolioEventsApi
