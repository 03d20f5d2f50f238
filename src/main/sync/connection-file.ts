// The connection a device syncs with, kept in `<sync dir>/connection.json` so that it reconnects at the next start:
// written to a temporary file then renamed (never half a file), the token protected at rest by the operating
// system's keychain when the app has one (Electron's safeStorage), read back and checked like any other input.

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod/mini'
import type { SyncConnection } from '../../shared/sync/sync-types'
import { syncConnectionSchema } from '../../shared/sync/sync-schemas'

/**
 * Turns the token into what is stored, and back (the app: safeStorage, which answers only once Electron is ready,
 * hence the promises; tests and machines without it: nothing).
 */
export interface TokenProtection {
  encrypt(token: string): string | Promise<string>
  decrypt(stored: string): string | Promise<string>
}

const storedSchema = z.object({
  version: z.literal(1),
  server: z.string(),
  account: z.string(),
  token: z.string().check(z.maxLength(10_000)),
  /** Whether `token` went through TokenProtection (false: the platform had no keychain then). */
  protected: z.boolean()
})

export const connectionPath = (dir: string): string => join(dir, 'connection.json')

/** Writes the connection atomically. */
export async function saveConnection(
  dir: string,
  connection: SyncConnection,
  protection: TokenProtection | null
): Promise<void> {
  const path = connectionPath(dir)
  await mkdir(dirname(path), { recursive: true })
  const stored: z.infer<typeof storedSchema> = {
    version: 1,
    server: connection.server,
    account: connection.account,
    token: protection ? await protection.encrypt(connection.token) : connection.token,
    protected: protection !== null
  }
  const temporary = `${path}.tmp`
  await writeFile(temporary, JSON.stringify(stored), { mode: 0o600, flush: true })
  await rename(temporary, path)
}

/**
 * The saved connection; `undecryptable` when the file is there but its token no longer reads (another keychain, a
 * damaged file): the device then asks the user to connect again instead of sending garbage.
 */
export async function loadConnection(
  dir: string,
  protection: TokenProtection | null
): Promise<SyncConnection | 'undecryptable' | null> {
  let text: string
  try {
    text = await readFile(connectionPath(dir), 'utf8')
  } catch {
    return null
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return 'undecryptable'
  }
  const stored = storedSchema.safeParse(parsed)
  if (!stored.success) return 'undecryptable'
  const { server, account, token } = stored.data
  let clear: string
  try {
    if (stored.data.protected && !protection) return 'undecryptable'
    clear = stored.data.protected && protection ? await protection.decrypt(token) : token
  } catch {
    return 'undecryptable'
  }
  const connection = syncConnectionSchema.safeParse({ server, account, token: clear })
  return connection.success ? connection.data : 'undecryptable'
}

/** The server and account of a saved connection whose token no longer reads (shown, then replaced by a new connect). */
export async function savedAddress(dir: string): Promise<{ server: string; account: string } | null> {
  try {
    const stored = storedSchema.safeParse(JSON.parse(await readFile(connectionPath(dir), 'utf8')))
    return stored.success ? { server: stored.data.server, account: stored.data.account } : null
  } catch {
    return null
  }
}

export const forgetConnection = (dir: string): Promise<void> => rm(connectionPath(dir), { force: true })
