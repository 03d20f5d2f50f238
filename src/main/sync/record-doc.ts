// How the user's records live in the account's Y.Doc: one top-level Y.Map per synced table, each record a nested
// Y.Map of its fields (plain JSON values; the note of an annotation or a bookmark a Y.Text, so that concurrent
// edits of one note merge), beside two kinds of bookkeeping entries that decide whether the record is alive.
//
// A deletion never wins over an edit it did not see. Each device counts its own edits of a record
// (`$e:<device>`, written by that device alone, so never in conflict); deleting writes `$d:<device>`, the counts
// the deleting device had seen. A record is alive while some device's count is above every deletion's view of it:
// an edit made on another device concurrently with a deletion (or a re-add, the page's undo) keeps it alive on
// every device, whatever the record's shape. Fields of a deleted record stay, so such an edit brings back a whole
// record.

import * as Y from 'yjs'
import { MAX_SYNC_BATCH, SYNCED_TABLES, type RecordChange, type SyncedTable } from '../../shared/sync/sync-types'
import { recordChangeSchema } from '../../shared/sync/sync-schemas'
import { noteEdit } from './note-edit'

/** Bookkeeping entries start with this; record fields never do (a pushed field that does is not stored). */
const RESERVED = '$'
const EDITS = '$e:'
const DELETION = '$d:'

/** The tables whose `note` field is a Y.Text. */
const NOTE_TABLES: ReadonlySet<SyncedTable> = new Set(['annotations', 'bookmarks'])

export const tableOf = (doc: Y.Doc, table: SyncedTable): Y.Map<unknown> => doc.getMap(table)

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deep equality of two JSON values (what Y.Map holds for a field, what the page pushes). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
}

/** Each device's edit count of a record, and the highest count any deletion had seen of each device. */
function versions(entry: Y.Map<unknown>): { edits: Map<string, number>; deleted: Map<string, number> | null } {
  const edits = new Map<string, number>()
  let deleted: Map<string, number> | null = null
  for (const [name, value] of entry.entries()) {
    if (name.startsWith(EDITS) && typeof value === 'number') edits.set(name.slice(EDITS.length), value)
    else if (name.startsWith(DELETION) && isPlainObject(value)) {
      deleted ??= new Map()
      for (const [device, seen] of Object.entries(value))
        if (typeof seen === 'number') deleted.set(device, Math.max(deleted.get(device) ?? 0, seen))
    }
  }
  return { edits, deleted }
}

/** Whether a record's entry is alive: no deletion, or an edit no deletion had seen. */
export function isAlive(entry: Y.Map<unknown>): boolean {
  const { edits, deleted } = versions(entry)
  if (!deleted) return true
  for (const [device, count] of edits) if (count > (deleted.get(device) ?? 0)) return true
  return false
}

/** The record's fields as plain JSON (a Y.Text as its string; any other shared type a remote put there, as JSON). */
function fieldsOf(entry: Y.Map<unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = {}
  for (const [name, value] of entry.entries()) {
    if (name.startsWith(RESERVED)) continue
    record[name] = value instanceof Y.Text ? value.toString() : value instanceof Y.AbstractType ? value.toJSON() : value
  }
  return record
}

/**
 * `key` of `table` as the page should have it: its record, null when it is dead or gone, or 'malformed' when what
 * the document holds there is not a record the contract accepts (a remote device's bug or a hostile one).
 */
export function readRecord(doc: Y.Doc, table: SyncedTable, key: string): RecordChange | 'malformed' {
  const entry = tableOf(doc, table).get(key)
  if (entry === undefined) return { table, key, record: null }
  if (!(entry instanceof Y.Map)) return 'malformed'
  if (!isAlive(entry)) return { table, key, record: null }
  const change: RecordChange = { table, key, record: fieldsOf(entry) }
  return recordChangeSchema.safeParse(change).success ? change : 'malformed'
}

/** Sets `name` on a record's entry only when it differs; true when it wrote. */
function setField(table: SyncedTable, entry: Y.Map<unknown>, name: string, value: unknown): boolean {
  const held = entry.get(name)
  if (NOTE_TABLES.has(table) && name === 'note' && typeof value === 'string') {
    if (held instanceof Y.Text) {
      const edit = noteEdit(held.toString(), value)
      if (!edit) return false
      if (edit.remove > 0) held.delete(edit.index, edit.remove)
      if (edit.insert) held.insert(edit.index, edit.insert)
      return true
    }
    entry.set(name, new Y.Text(value))
    return true
  }
  if (held instanceof Y.AbstractType || !sameJson(held, value)) {
    entry.set(name, value)
    return true
  }
  return false
}

/** Writes one pushed record into the document (inside the caller's transaction); true when anything changed. */
function putRecord(doc: Y.Doc, device: string, table: SyncedTable, key: string, record: Record<string, unknown>) {
  const rows = tableOf(doc, table)
  const held = rows.get(key)
  const entry: Y.Map<unknown> = held instanceof Y.Map ? held : rows.set(key, new Y.Map<unknown>())
  const dead = !isAlive(entry)
  let changed = false
  for (const [name, value] of Object.entries(record))
    if (!name.startsWith(RESERVED) && value !== undefined) changed = setField(table, entry, name, value) || changed
  for (const name of [...entry.keys()])
    if (!name.startsWith(RESERVED) && record[name] === undefined) {
      entry.delete(name)
      changed = true
    }
  if (!changed && !dead && held instanceof Y.Map) return false
  // An edit, a new record or a re-add: this device's count goes above anything a deletion saw.
  const { edits, deleted } = versions(entry)
  const mine = Math.max(edits.get(device) ?? 0, deleted?.get(device) ?? 0)
  entry.set(EDITS + device, mine + 1)
  return true
}

/** Marks a live record deleted with the edits this device has seen; true when it was alive. */
function deleteRecord(doc: Y.Doc, device: string, table: SyncedTable, key: string): boolean {
  const entry = tableOf(doc, table).get(key)
  if (!(entry instanceof Y.Map) || !isAlive(entry)) return false
  entry.set(DELETION + device, Object.fromEntries(versions(entry).edits))
  return true
}

/**
 * Applies the page's changes in one transaction with `origin`; a record equal to what is held (the page echoing a
 * remote change back) writes nothing, so the transaction then makes no update at all.
 */
export function applyChanges(doc: Y.Doc, device: string, changes: readonly RecordChange[], origin: unknown): void {
  doc.transact(() => {
    for (const { table, key, record } of changes)
      if (record === null) deleteRecord(doc, device, table, key)
      else putRecord(doc, device, table, key, record)
  }, origin)
}

/** What a transaction touched: the keys of each table whose entry (or something inside it) changed. */
export function touchedKeys(events: readonly Y.YEvent<Y.AbstractType<unknown>>[], rows: Y.Map<unknown>): Set<string> {
  const keys = new Set<string>()
  for (const event of events) {
    if (event.target === rows && event instanceof Y.YMapEvent) for (const key of event.keysChanged) keys.add(key)
    else if (typeof event.path[0] === 'string') keys.add(event.path[0])
  }
  return keys
}

/** The changes of `touched` (table → keys) as batches of at most MAX_SYNC_BATCH; malformed ones counted, not sent. */
export function materialize(
  doc: Y.Doc,
  touched: ReadonlyMap<SyncedTable, ReadonlySet<string>>
): { batches: RecordChange[][]; malformed: number } {
  const batches: RecordChange[][] = []
  let batch: RecordChange[] = []
  let malformed = 0
  for (const table of SYNCED_TABLES)
    for (const key of touched.get(table) ?? []) {
      const change = readRecord(doc, table, key)
      if (change === 'malformed') {
        malformed++
        continue
      }
      batch.push(change)
      if (batch.length === MAX_SYNC_BATCH) {
        batches.push(batch)
        batch = []
      }
    }
  if (batch.length > 0) batches.push(batch)
  return { batches, malformed }
}
