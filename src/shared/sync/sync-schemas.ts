// The shapes of what the sync carries over IPC, checked on both sides of it: main checks the page's pushes and
// connection, the preload checks main's events. A record's own fields are checked by the page's record schemas
// (backup/record-schemas.ts) before it reaches Dexie; here only its table, its key and its size.

import { z } from 'zod/mini'
import { MAX_SYNC_BATCH, SYNC_KEYS, SYNC_LIMITS, SYNCED_TABLES, type RecordChange, type SyncState } from './sync-types'

/** The longest primary key of a synced record, and the most characters of one record as JSON. */
export const MAX_SYNC_KEY = 200
export const MAX_SYNC_RECORD_CHARS = 256 * 1024

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Whether `change`'s record (if any) carries its own key and stays under the size limit. */
export function recordChangeProblem(change: RecordChange): string | null {
  if (change.record === null) return null
  if (change.record[SYNC_KEYS[change.table]] !== change.key) return `la clé de l’enregistrement n’est pas ${change.key}`
  let size: number
  try {
    size = JSON.stringify(change.record).length
  } catch {
    return 'un enregistrement qui ne se lit pas en JSON'
  }
  return size > MAX_SYNC_RECORD_CHARS ? 'un enregistrement trop grand' : null
}

export const recordChangeSchema = z
  .object({
    table: z.enum(SYNCED_TABLES),
    key: z.string().check(z.minLength(1), z.maxLength(MAX_SYNC_KEY)),
    record: z.nullable(z.custom<Record<string, unknown>>(isPlainObject))
  })
  .check(z.refine((change) => recordChangeProblem(change) === null, 'un enregistrement synchronisé mal formé'))

export const recordChangesSchema = z.array(recordChangeSchema).check(z.maxLength(MAX_SYNC_BATCH))

const date = z.string().check(z.maxLength(40))
const count = z.number().check(z.int(), z.minimum(0))

export const syncStateSchema: z.ZodMiniType<SyncState> = z.object({
  connection: z.nullable(
    z.object({
      server: z.string().check(z.maxLength(SYNC_LIMITS.server)),
      account: z.string().check(z.maxLength(SYNC_LIMITS.account))
    })
  ),
  status: z.discriminatedUnion('state', [
    z.object({ state: z.literal('off') }),
    z.object({ state: z.literal('syncing'), sent: count, received: count }),
    z.object({ state: z.literal('synced'), at: date }),
    z.object({ state: z.literal('offline'), since: date, pending: count }),
    z.object({
      state: z.literal('refused'),
      reason: z.enum(['token', 'other']),
      message: z.string().check(z.maxLength(1_000))
    })
  ])
})

/** A server address the settings accept: http(s) or ws(s), with a host. */
export function syncServerProblem(server: string): string | null {
  if (server.length > SYNC_LIMITS.server) return 'adresse trop longue'
  let url: URL
  try {
    url = new URL(server)
  } catch {
    return 'adresse mal formée'
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return 'adresse http(s) ou ws(s) attendue'
  return url.hostname ? null : 'adresse sans hôte'
}

export const syncConnectionSchema = z.strictObject({
  server: z.string().check(z.refine((server) => syncServerProblem(server) === null, 'adresse de serveur invalide')),
  account: z.string().check(z.minLength(1), z.maxLength(SYNC_LIMITS.account)),
  token: z.string().check(z.minLength(1), z.maxLength(SYNC_LIMITS.token))
})
