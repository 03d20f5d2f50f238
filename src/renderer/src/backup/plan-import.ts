// Works out what an import will do to the database — records added, replaced, kept as copies — without
// writing anything: the preview shows its counts, and the import re-plans inside its own transaction.

import type { Annotation } from '../db/annotation'
import type { Bookmark } from '../db/bookmark'
import { TABLE_NAMES, type FolioDb, type TableName } from '../db/folio-db'
import {
  isNewer,
  mergeBookmark,
  noCounts,
  sameRecord,
  withoutId,
  type MergeCounts,
  type MergeOutcome
} from './merge-rule'
import type { FolioRecords, RecordOf } from './record-schemas'

/** What an import writes to one table: records added (new ones and kept copies) and records replaced. */
export interface TablePlan<R> {
  add: R[]
  put: R[]
  counts: MergeCounts
}

export type ImportPlan = { [T in TableName]: TablePlan<RecordOf<T>> } & {
  totals: MergeCounts
  /** True when existing records are replaced: a safety backup is written first. */
  changesExisting: boolean
}

/** Makes the id of a kept copy. */
export type NewId = () => string

const emptyPlan = <R>(): TablePlan<R> => ({ add: [], put: [], counts: noCounts() })
const pairKey = (documentId: string, createdAt: string) => `${documentId}\u0000${createdAt}`

async function planAnnotations(
  database: FolioDb,
  incoming: readonly Annotation[],
  newId: NewId
): Promise<TablePlan<Annotation>> {
  const plan = emptyPlan<Annotation>()
  const existingIds = new Set(await database.annotations.toCollection().primaryKeys())
  if (existingIds.size === 0) {
    plan.add = [...incoming]
    plan.counts.new = incoming.length
    return plan
  }
  const matched = incoming.filter((annotation) => existingIds.has(annotation.id)).map((annotation) => annotation.id)
  const localById = new Map<string, Annotation>()
  for (const local of await database.annotations.bulkGet(matched)) if (local) localById.set(local.id, local)
  // Local annotations made at the same instant on the same document as an incoming one: the only
  // candidates for a twin (same content, another id). Read in one query, so the loop below awaits nothing
  // (inside a Dexie transaction, awaiting anything but Dexie lets the transaction slip away).
  const localPairs = new Set(
    (await database.annotations.orderBy('[documentId+createdAt]').keys()).map((key) =>
      pairKey(...(key as unknown as [string, string]))
    )
  )
  const pairsOf = (rows: Iterable<Annotation>) => [...rows].map((row) => pairKey(row.documentId, row.createdAt))
  const wanted = [...new Set([...pairsOf(incoming), ...pairsOf(localById.values())])].filter((key) =>
    localPairs.has(key)
  )
  const candidates = new Map<string, Annotation[]>()
  const candidateRows =
    wanted.length === 0
      ? []
      : await database.annotations
          .where('[documentId+createdAt]')
          .anyOf(wanted.map((key) => key.split('\u0000')))
          .toArray()
  for (const row of candidateRows) {
    const key = pairKey(row.documentId, row.createdAt)
    candidates.set(key, [...(candidates.get(key) ?? []), row])
  }

  /** An identical annotation (but for its id) is already stored, or already planned as a copy. */
  const hasTwin = (record: Annotation, exceptId: string): boolean => {
    const content = withoutId(record)
    const same = (candidate: Annotation) => candidate.id !== exceptId && sameRecord(withoutId(candidate), content)
    return (candidates.get(pairKey(record.documentId, record.createdAt)) ?? []).some(same)
  }
  const keepCopy = (record: Annotation, exceptId: string) => {
    if (hasTwin(record, exceptId)) return
    const copy = { ...record, id: newId() }
    const key = pairKey(record.documentId, record.createdAt)
    candidates.set(key, [...(candidates.get(key) ?? []), copy])
    plan.add.push(copy)
  }

  for (const annotation of incoming) {
    const local = localById.get(annotation.id)
    if (!local) {
      if (hasTwin(annotation, annotation.id)) plan.counts.unchanged++
      else {
        plan.add.push(annotation)
        plan.counts.new++
      }
    } else if (sameRecord(local, annotation)) {
      plan.counts.unchanged++
    } else if (isNewer(annotation, local)) {
      // The file's version is newer: it takes the id; the local version is kept as a copy.
      plan.put.push(annotation)
      plan.counts.updated++
      keepCopy(local, local.id)
    } else {
      // The local version is newer (or as old): it stays; the file's version is added as a copy.
      plan.counts.conflict++
      keepCopy(annotation, local.id)
    }
  }
  return plan
}

async function planBookmarks(
  database: FolioDb,
  incoming: readonly Bookmark[],
  newId: NewId
): Promise<TablePlan<Bookmark>> {
  const plan = emptyPlan<Bookmark>()
  const existingIds = new Set(await database.bookmarks.toCollection().primaryKeys())
  const byTarget = new Map<string, Bookmark>()
  if (existingIds.size > 0 && incoming.length > 0) {
    const locals = await database.bookmarks
      .where('targetKey')
      .anyOf(incoming.map((bookmark) => bookmark.targetKey))
      .toArray()
    for (const local of locals) byTarget.set(local.targetKey, local)
  }
  for (const bookmark of incoming) {
    const local = byTarget.get(bookmark.targetKey)
    if (local) {
      const { merged, incomingWon } = mergeBookmark(local, bookmark)
      if (sameRecord(local, bookmark) || sameRecord(local, merged)) plan.counts.unchanged++
      else {
        plan.put.push(merged)
        plan.counts[incomingWon ? 'updated' : 'conflict']++
      }
    } else if (existingIds.has(bookmark.id)) {
      // Same id, another thing: both are kept, the file's under a new id.
      plan.add.push({ ...bookmark, id: newId() })
      plan.counts.conflict++
    } else {
      plan.add.push(bookmark)
      plan.counts.new++
    }
  }
  return plan
}

/** The part of a Dexie table the last-writer-wins rule reads. */
interface KeyedTable<R> {
  toCollection(): { primaryKeys(): Promise<unknown[]> }
  bulkGet(keys: string[]): Promise<(R | undefined)[]>
}

/**
 * One row per key (a link's URL, a document's reading position, a setting): the newer `updatedAt` wins.
 * When the local row is newer, the file's stays in the file; when the file's is newer, the local one is in
 * the safety backup written before the import.
 */
async function planNewerWins<R extends { updatedAt: string }>(
  table: KeyedTable<R>,
  incoming: readonly R[],
  keyOf: (row: R) => string
): Promise<TablePlan<R>> {
  const plan = emptyPlan<R>()
  const existing = new Set(await table.toCollection().primaryKeys())
  const matched = incoming.filter((row) => existing.has(keyOf(row))).map(keyOf)
  const locals = new Map<string, R>()
  for (const local of await table.bulkGet(matched)) if (local) locals.set(keyOf(local), local)
  for (const row of incoming) {
    const local = locals.get(keyOf(row))
    if (!local) {
      plan.add.push(row)
      plan.counts.new++
    } else if (sameRecord(local, row)) plan.counts.unchanged++
    else if (isNewer(row, local)) {
      plan.put.push(row)
      plan.counts.updated++
    } else plan.counts.conflict++
  }
  return plan
}

type Planners = {
  [T in TableName]: (database: FolioDb, rows: readonly RecordOf<T>[], newId: NewId) => Promise<TablePlan<RecordOf<T>>>
}

/** The conflict rule of each table. A table added to TABLE_NAMES must say here how its records merge. */
const PLANNERS: Planners = {
  annotations: planAnnotations,
  bookmarks: planBookmarks,
  linkUrls: (database, rows) => planNewerWins(database.linkUrls, rows, (row) => row.linkId),
  readingStates: (database, rows) => planNewerWins(database.readingStates, rows, (row) => row.documentId),
  settings: (database, rows) => planNewerWins(database.settings, rows, (row) => row.key),
  // A link is one per id: the newer wins. Its ends keep their ids through an import (a conflicting
  // annotation's copy gets a new id; the id stays with the version kept), so links still join the same notes.
  annotationLinks: (database, rows) => planNewerWins(database.annotationLinks, rows, (row) => row.id)
}

async function planTable<T extends TableName>(
  name: T,
  database: FolioDb,
  records: FolioRecords,
  newId: NewId
): Promise<TablePlan<RecordOf<T>>> {
  const planner: Planners[T] = PLANNERS[name]
  return planner(database, records[name], newId)
}

/**
 * Plans the import of `records` by the conflict rule (README, "Backups"). Reads only; call it inside the
 * import's transaction so that the plan and the writes see the same database.
 */
export async function planImport(
  database: FolioDb,
  records: FolioRecords,
  newId: NewId = () => crypto.randomUUID()
): Promise<ImportPlan> {
  const tables = {} as { [T in TableName]: TablePlan<RecordOf<T>> }
  for (const name of TABLE_NAMES)
    (tables as Record<TableName, unknown>)[name] = await planTable(name, database, records, newId)
  const totals = noCounts()
  for (const name of TABLE_NAMES)
    for (const outcome of Object.keys(totals) as MergeOutcome[]) totals[outcome] += tables[name].counts[outcome]
  return { ...tables, totals, changesExisting: TABLE_NAMES.some((name) => tables[name].put.length > 0) }
}

/** The tables an import reads and writes: all of them. */
export const allTables = (database: FolioDb) => TABLE_NAMES.map((name) => database.table(name))

/** The plan of an import, for the preview, read in one transaction. Writes nothing. */
export function previewImport(database: FolioDb, records: FolioRecords): Promise<ImportPlan> {
  // An async scope function: Dexie keeps the transaction across its awaits only for native async functions.
  return database.transaction('r', allTables(database), async () => planImport(database, records, () => 'preview'))
}
