// The zod schema of every IPC method's arguments, checked in main before a handler runs.
// Typed against the shared contract, so a method added there without a schema fails to compile.

import { z } from 'zod'
import { LIBRARY_ID } from '../library/library-manifest'
import { settingsSchema } from '../settings/settings-store'
import {
  MAX_ARCHIVE_PAGE,
  MAX_SAVED_FILES,
  MAX_TEXT_FILE_BYTES,
  type FolioApi,
  type FolioMethod
} from '../../shared/ipc/contract'
import { SEARCH_KINDS, type SearchKind } from '../../shared/search/types'
import { SCOPED_ARCHIVE_ID } from '../../shared/archive/archive-scope'
import { readSafetyBackupHeader } from '../../shared/backup/backup-header'
import { fileNameProblem, repeatedFileName } from '../files/file-names'
import { COPY_ID } from '../../shared/copies/copy-types'
import { copyFactsSchema, copyLinkSchema } from '../copies/copy-manifest'
import { copyTextSchema } from '../copies/copy-text'
import { recordChangesSchema, syncConnectionSchema } from '../../shared/sync/sync-schemas'
import { MAX_SYNC_BATCH } from '../../shared/sync/sync-types'
import { GROUP_ROLES, INVITE_CODE, MAX_GROUP_NAME, SERVER_ID } from '../../shared/sync/group-types'
import { ADDED_LIMITS, MAX_DROP_BYTES, MAX_DROPPED_FILES } from '../../shared/desktop/added-files'
import { MAX_EVENT_FILES, MAX_EVENT_PATH_LENGTH } from '../../shared/ipc/folio-events'

const groupId = z.string().regex(SERVER_ID, 'un id de groupe')
const memberAccount = z.string().regex(SERVER_ID, 'un id de compte')
const groupRole = z.enum(GROUP_ROLES)
/** A group's name as the server takes it: printable, no control or format characters, 1 to 100 characters. */
const groupName = z
  .string()
  .trim()
  .min(1)
  .max(MAX_GROUP_NAME)
  .regex(/^[^\p{Cc}\p{Cf}\u2028\u2029]+$/u, 'sans caractère de contrôle')

type ArgsSchemas = { [M in FolioMethod]: z.ZodType<Parameters<FolioApi[M]>> }

const filters = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
        .min(1)
        .max(10)
    })
  )
  .max(10)

const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => fileNameProblem(name) === null, 'un nom de fichier sans dossier ni caractère de contrôle')

/** The files of one saveFiles: plain names, none twice whatever the case, 100 MB in all (as one saveFile). */
const savedFiles = z
  .array(z.object({ name: suggestedName, content: z.string().max(MAX_TEXT_FILE_BYTES) }).strict())
  .min(1)
  .max(MAX_SAVED_FILES)
  .refine((files) => repeatedFileName(files.map(({ name }) => name)) === null, 'des noms de fichiers distincts')
  .refine(
    (files) => files.reduce((sum, { content }) => sum + content.length, 0) <= MAX_TEXT_FILE_BYTES,
    'au plus 100 Mo en tout'
  )

/** A launch's files as the page got them (its addFiles event): main then adds only those it granted. */
const launchedPaths = z.array(z.string().min(1).max(MAX_EVENT_PATH_LENGTH)).min(1).max(MAX_EVENT_FILES)

/**
 * A drop's files, bounded here (count, each size, the call's total); each name, type and kind's size is checked
 * again by main/files/dropped-files.ts, which refuses that file alone and says why.
 */
const droppedFiles = z
  .array(
    z
      .object({
        name: z.string().min(1).max(4096),
        bytes: z
          .instanceof(Uint8Array)
          .refine((bytes) => bytes.byteLength <= Math.max(...Object.values(ADDED_LIMITS)), 'un fichier trop grand')
      })
      .strict()
  )
  .min(1)
  .max(MAX_DROPPED_FILES)
  .refine(
    (files) => files.reduce((sum, { bytes }) => sum + bytes.byteLength, 0) <= MAX_DROP_BYTES,
    `au plus ${MAX_DROP_BYTES / 1024 / 1024} Mo par appel`
  )

const libraryId = z.string().regex(LIBRARY_ID, 'un id de document de la bibliothèque')

const copyId = z.string().regex(COPY_ID, 'un id de copie')

/** A document id as the renderer has them (the archive's, the library's): bounded, for a filter only. */
const documentId = copyLinkSchema.shape.documentId

const archiveId = z.string().max(80).regex(SCOPED_ARCHIVE_ID, 'un id de document de l’archive')

/** The longest query or title filter searched (longer ones are typing accidents: refused, never searched). */
const MAX_QUERY = 500

const searchOptions = z
  .object({
    kinds: z
      .array(z.custom<SearchKind>((kind) => SEARCH_KINDS.includes(kind as SearchKind), 'un genre de résultat'))
      .max(SEARCH_KINDS.length)
      .optional(),
    limit: z.number().int().min(1).max(200).optional(),
    snippetLength: z.number().int().min(20).max(1000).optional()
  })
  .strict()

/** A page of a list (the archive's or the user's library): bounded, the open document's id to locate. */
const pageRequest = z
  .object({
    offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    limit: z.number().int().min(1).max(MAX_ARCHIVE_PAGE),
    query: z.string().max(MAX_QUERY).optional(),
    // The open document may be the archive's or the user's: an id of either kind (SCOPED_ARCHIVE_ID takes both).
    locate: archiveId.optional(),
    verify: z.boolean().optional()
  })
  .strict()

export const argSchemas = {
  openArchive: z.tuple([]),
  listArchive: z.tuple([pageRequest]),
  readArchiveDocument: z.tuple([archiveId]),
  listArchives: z.tuple([]),
  chooseArchive: z.tuple([]),
  selectArchive: z.tuple([z.string().min(1).max(4096).nullable()]),
  searchArchive: z.union([z.tuple([z.string().max(MAX_QUERY)]), z.tuple([z.string().max(MAX_QUERY), searchOptions])]),
  listLibrary: z.tuple([pageRequest]),
  readLibraryDocument: z.tuple([libraryId]),
  importDocument: z.tuple([]),
  removeDocument: z.tuple([libraryId]),
  restoreDocument: z.tuple([libraryId]),
  attachCopy: z.tuple([copyLinkSchema.nullable()]),
  listCopies: z.tuple([documentId.nullable()]),
  describeCopy: z.tuple([copyId, copyFactsSchema]),
  readCopyText: z.tuple([copyId]),
  keepCopyText: z.tuple([copyId, copyTextSchema]),
  removeCopy: z.tuple([copyId, copyLinkSchema.nullable()]),
  addLaunchedFiles: z.tuple([launchedPaths]),
  addDroppedFiles: z.tuple([droppedFiles]),
  openExternal: z.tuple([z.string().min(1).max(4096)]),
  saveFile: z.tuple([z.object({ suggestedName, content: z.string().max(MAX_TEXT_FILE_BYTES), filters }).strict()]),
  saveFiles: z.tuple([z.object({ suggestedName, files: savedFiles }).strict()]),
  savePdf: z.tuple([z.object({ notes: z.boolean(), suggestedName }).strict()]),
  openTextFile: z.tuple([z.object({ filters }).strict()]),
  writeSafetyBackup: z.tuple([
    z
      .string()
      .max(MAX_TEXT_FILE_BYTES)
      .refine((content) => readSafetyBackupHeader(content) !== null, 'une sauvegarde Folio complète')
  ]),
  rememberSettings: z.tuple([settingsSchema]),
  connectSync: z.tuple([syncConnectionSchema]),
  disconnectSync: z.tuple([]),
  syncState: z.tuple([]),
  pushSyncChanges: z.tuple([recordChangesSchema]),
  readSyncRecords: z.tuple([z.number().int().min(0), z.number().int().min(1).max(MAX_SYNC_BATCH)]),
  listGroups: z.tuple([]),
  createGroup: z.tuple([groupName]),
  inviteToGroup: z.tuple([groupId, groupRole]),
  joinGroup: z.tuple([z.string().regex(INVITE_CODE, 'un code d’invitation')]),
  leaveGroup: z.tuple([groupId]),
  removeGroupMember: z.tuple([groupId, memberAccount]),
  setGroupRole: z.tuple([groupId, memberAccount, groupRole]),
  shareDocument: z.tuple([documentId, groupId, z.boolean()]),
  withdrawMemberShare: z.tuple([groupId, memberAccount, documentId]),
  groupAnnotations: z.tuple([documentId])
} satisfies ArgsSchemas
