// The server's accounts, in `<data>/accounts.json`: an id, a name, the SHA-256 of a random token (the token
// itself is printed once, when the account is made, and never stored) and an optional expiry. Made, listed and
// removed by the command line; read by the server, which finds the account a token belongs to.

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { join } from 'node:path'
import { z } from 'zod'
import { cachedDataFile, readDataFile, withFileLock, writeDataFile } from './data-files'
import { SERVER_ID } from './document-names'

/** Longest account name (as Folio's settings accept it). */
export const MAX_ACCOUNT_NAME = 100
/** Longest token the server looks at: a longer one is refused before it is hashed. */
export const MAX_TOKEN_LENGTH = 500

/**
 * A name shown to other members (an account's, a group's): printable, no line breaks or control characters,
 * 1 to 100 characters.
 */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_ACCOUNT_NAME)
  .regex(/^[^\p{Cc}\p{Cf}\u2028\u2029]+$/u, 'no control characters')

const accountSchema = z.object({
  id: z.string().regex(SERVER_ID),
  name: z.string(),
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: z.string(),
  expiresAt: z.string().nullable()
})
export type Account = z.infer<typeof accountSchema>

const accountsFileSchema = z.object({ version: z.literal(1), accounts: z.array(accountSchema) })
type AccountsFile = z.infer<typeof accountsFileSchema>

const emptyAccounts = (): AccountsFile => ({ version: 1, accounts: [] })

export const accountsPath = (dataDir: string) => join(dataDir, 'accounts.json')

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest()

/** What the account list shows: never the token's hash. */
export interface AccountSummary {
  account: string
  name: string
  createdAt: string
  expiresAt: string | null
}

const summary = (account: Account): AccountSummary => ({
  account: account.id,
  name: account.name,
  createdAt: account.createdAt,
  expiresAt: account.expiresAt
})

/**
 * Makes an account named `name` (expiring after `expiresInDays` days when given) and returns its id and its
 * token: 32 random bytes, base64url. Only the token's SHA-256 is kept, so this is the one time it is seen.
 */
export async function createAccount(
  dataDir: string,
  name: string,
  options: { expiresInDays?: number } = {}
): Promise<{ account: string; token: string }> {
  const parsedName = displayNameSchema.safeParse(name)
  if (!parsedName.success) throw new Error(`name: ${parsedName.error.issues[0]?.message ?? 'not a name'}`)
  const checkedName = parsedName.data
  const days = options.expiresInDays
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 36_500)) {
    throw new Error('expiresInDays: a whole number of days from 1 to 36500')
  }
  const token = randomBytes(32).toString('base64url')
  const id = randomBytes(8).toString('hex')
  const now = Date.now()
  const path = accountsPath(dataDir)
  await withFileLock(path, async () => {
    const file = await readDataFile(path, accountsFileSchema, emptyAccounts)
    file.accounts.push({
      id,
      name: checkedName,
      tokenSha256: sha256(token).toString('hex'),
      createdAt: new Date(now).toISOString(),
      expiresAt: days === undefined ? null : new Date(now + days * 86_400_000).toISOString()
    })
    await writeDataFile(path, file)
  })
  return { account: id, token }
}

/** Removes the account; false when there was none with that id. Its token is refused from then on. */
export async function removeAccount(dataDir: string, account: string): Promise<boolean> {
  const path = accountsPath(dataDir)
  return withFileLock(path, async () => {
    const file = await readDataFile(path, accountsFileSchema, emptyAccounts)
    const kept = file.accounts.filter((entry) => entry.id !== account)
    if (kept.length === file.accounts.length) return false
    await writeDataFile(path, { ...file, accounts: kept })
    return true
  })
}

export async function listAccounts(dataDir: string): Promise<AccountSummary[]> {
  const file = await readDataFile(accountsPath(dataDir), accountsFileSchema, emptyAccounts)
  return file.accounts.map(summary)
}

export const isExpired = (account: Account, now = Date.now()) =>
  account.expiresAt !== null && Date.parse(account.expiresAt) <= now

/** Why a token is refused: not an account's (wrong, unknown, removed) or an account's that has expired. */
export type TokenCheck = { ok: true; account: Account } | { ok: false; reason: 'token' | 'expired' }

/** The accounts as the running server sees them: read again whenever the command line changes the file. */
export interface AccountBook {
  /** The account `token` belongs to, comparing its hash with every account's in constant time. */
  check(token: string): Promise<TokenCheck>
  /** The accounts that exist and have not expired, by id (for names and for revalidation). */
  current(): Promise<Map<string, Account>>
}

export function accountBook(dataDir: string): AccountBook {
  const file = cachedDataFile(accountsPath(dataDir), accountsFileSchema, emptyAccounts)
  return {
    async check(token) {
      if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) {
        return { ok: false, reason: 'token' }
      }
      const hash = sha256(token)
      let found: Account | null = null
      // Every entry is compared (no early exit), each in constant time: how long it takes says nothing of the token.
      for (const account of (await file.get()).accounts) {
        if (timingSafeEqual(hash, Buffer.from(account.tokenSha256, 'hex'))) found = account
      }
      if (!found) return { ok: false, reason: 'token' }
      if (isExpired(found)) return { ok: false, reason: 'expired' }
      return { ok: true, account: found }
    },
    async current() {
      const now = Date.now()
      const live = (await file.get()).accounts.filter((entry) => !isExpired(entry, now))
      return new Map(live.map((entry) => [entry.id, entry]))
    }
  }
}
