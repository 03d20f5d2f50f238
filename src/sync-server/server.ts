// Folio's sync server: Hocuspocus (Yjs documents over WebSocket) behind an HTTP or HTTPS server of its own, so
// that TLS and the JSON routes (health, groups) share one port. Accounts and groups decide who opens which
// document (document-access.ts); documents are kept on disk (document-files.ts); with Redis, several instances
// sharing one data folder serve the same documents.

import { readFile } from 'node:fs/promises'
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { Redis } from '@hocuspocus/extension-redis'
import { Hocuspocus, OutgoingMessage, type Connection, type Extension } from '@hocuspocus/server'
import { WebSocketServer } from 'ws'
import { accountBook } from './accounts'
import { assertUnclaimed, claimDataFolder } from './data-files'
import { accessTo, type Access } from './document-access'
import { REFUSALS } from './document-names'
import { documentFiles, removeLeftoverTemporaries } from './document-files'
import { groupBook } from './groups'
import { httpApi } from './http-api'
import {
  carriesContent,
  DEFAULT_LIMITS,
  guardSocket,
  isAwareness,
  isClientMessage,
  MAX_AWARENESS_BYTES,
  readEnvelope,
  type MessageLimits,
  updateDecodes,
  updateOf
} from './message-limits'
import { applyWithdrawal, readWithdrawal } from './withdrawal'

export interface SyncServerOptions {
  port: number
  host?: string
  dataDir: string
  /** Paths of a PEM certificate and its key: the server then speaks wss:// and https:// only. */
  cert?: string
  key?: string
  /** redis://host:port of the Redis that several instances share. */
  redis?: string
  quiet?: boolean
  limits?: Partial<MessageLimits>
}

export interface RunningSyncServer {
  /** ws://host:port, or wss:// with TLS. */
  url: string
  httpUrl: string
  port: number
  close(): Promise<void>
}

export { REFUSALS } from './document-names'

/** How often open connections are checked again against accounts and groups changed by others. */
const REVALIDATE_MS = 3_000
/** How long `close()` waits for the documents to be stored. */
const CLOSE_WAIT_MS = 15_000

/**
 * What a hook throws to refuse: Hocuspocus sends `reason` to the client (and closes with `code`). Not an Error:
 * Hocuspocus would log every refusal's message; the server logs them itself, one line each.
 */
const refusal = (reason: string, code = 4403) => ({ reason, code })

interface ConnectionContext {
  account?: string
  /** What the account may do with the document now (kept up to date by the revalidation). */
  access?: Access
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port, host }, () => {
      server.off('error', reject)
      resolve()
    })
  })
  return (server.address() as AddressInfo).port
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms))

/** How long the start waits for Redis to answer. */
const REDIS_WAIT_MS = 5_000

async function answers(redis: Redis, address: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Redis at ${new URL(address).host} does not answer (${REDIS_WAIT_MS / 1000} s)`)),
      REDIS_WAIT_MS
    )
  })
  try {
    await Promise.race([Promise.all([redis.pub.ping(), redis.sub.ping()]), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Starts the server; resolves once it listens. `close()` stores every open document, then stops. */
export async function startSyncServer(options: SyncServerOptions): Promise<RunningSyncServer> {
  // Several instances share a folder only through Redis, which lets one at a time store a document.
  if (options.redis) await assertUnclaimed(options.dataDir)
  const release = options.redis ? async () => undefined : await claimDataFolder(options.dataDir)
  try {
    return await start(options, release)
  } catch (error) {
    await release()
    throw error
  }
}

async function start(options: SyncServerOptions, release: () => Promise<void>): Promise<RunningSyncServer> {
  const { dataDir } = options
  const host = options.host ?? '127.0.0.1'
  const limits: MessageLimits = { ...DEFAULT_LIMITS, ...options.limits }
  const log = (line: string) => {
    if (!options.quiet) process.stdout.write(`${line}\n`)
  }
  const tls = options.cert !== undefined || options.key !== undefined
  if (tls && (!options.cert || !options.key)) throw new Error('TLS needs both a certificate and its key')
  const credentials = tls ? { cert: await readFile(options.cert!), key: await readFile(options.key!) } : null

  await removeLeftoverTemporaries(dataDir)
  const accounts = accountBook(dataDir)
  const groups = groupBook(dataDir)
  // Read once now: a damaged file stops the start with its name, instead of refusing every client later.
  await accounts.current()
  await groups.all()
  // The bytes of each open document: its stored size, plus what changed since (a bound, not an exact size).
  const sizes = new Map<string, number>()

  const access: Extension = {
    async onAuthenticate({ token, documentName, connectionConfig, request }) {
      const checked = await accounts.check(token)
      const from = request.socket.remoteAddress
      if (!checked.ok) {
        log(`refused (${checked.reason}) from ${from}: ${JSON.stringify(documentName.slice(0, 80))}`)
        throw refusal(checked.reason === 'expired' ? REFUSALS.expired : REFUSALS.token, 4401)
      }
      const granted = accessTo(checked.account.id, documentName, await groups.all())
      if (granted === 'none') {
        log(`refused (forbidden) ${checked.account.id} from ${from}: ${JSON.stringify(documentName.slice(0, 80))}`)
        throw refusal(REFUSALS.forbidden)
      }
      // A withdrawing connection is read-only to Hocuspocus too: its deletions are applied here, once checked.
      connectionConfig.readOnly = granted !== 'write'
      return { account: checked.account.id, access: granted } satisfies ConnectionContext
    },
    async beforeHandleMessage({ update, documentName, connection, document }) {
      const envelope = readEnvelope(update)
      if (!envelope || !isClientMessage(envelope)) throw refusal(REFUSALS.malformed, 1007)
      if (isAwareness(envelope) && update.byteLength > MAX_AWARENESS_BYTES) throw refusal(REFUSALS.tooLarge, 1009)
      const context = connection.context as ConnectionContext
      if (carriesContent(envelope) && context.access === 'withdraw') {
        const carried = updateOf(update, envelope)
        if (!carried) throw refusal(REFUSALS.malformed, 1007)
        const withdrawal = readWithdrawal(document, carried)
        if (withdrawal.ok) applyWithdrawal(document, withdrawal.items, connection)
        else log(`dropped (${withdrawal.reason}) ${context.account} on ${JSON.stringify(documentName)}`)
        return
      }
      if (carriesContent(envelope) && !connection.readOnly) {
        if ((sizes.get(documentName) ?? 0) + update.byteLength > limits.maxDocumentBytes) {
          throw refusal(REFUSALS.tooLarge, 1009)
        }
        if (!updateDecodes(update, envelope)) throw refusal(REFUSALS.malformed, 1007)
      }
    },
    async onChange({ documentName, update }) {
      sizes.set(documentName, (sizes.get(documentName) ?? 0) + update.byteLength)
    },
    async afterUnloadDocument({ documentName }) {
      sizes.delete(documentName)
    }
  }

  const extensions: Extension[] = [access, documentFiles(dataDir, (name, bytes) => sizes.set(name, bytes))]
  let redis: Redis | null = null
  if (options.redis) {
    const address = new URL(options.redis)
    redis = new Redis({
      // Keys and channels of their own, should the Redis serve other programs too.
      prefix: 'folio-sync',
      host: address.hostname,
      port: Number(address.port || 6379),
      options: {
        ...(address.password ? { password: decodeURIComponent(address.password) } : {}),
        ...(address.username ? { username: decodeURIComponent(address.username) } : {}),
        ...(address.protocol === 'rediss:' ? { tls: {} } : {})
      }
    })
    extensions.unshift(redis)
    // ioredis retries a lost connection for ever, and reports each try: the log says it once, until it changes.
    let lastError = ''
    for (const client of [redis.pub, redis.sub]) {
      client.on('error', (error: Error) => {
        if (error.message !== lastError && !options.quiet) process.stderr.write(`Redis: ${error.message}\n`)
        lastError = error.message
      })
      client.on('ready', () => (lastError = ''))
    }
  }
  const hocuspocus = new Hocuspocus({ quiet: true, extensions })

  /** Every open connection checked again: gone accounts and lost access close it, a new role applies at once. */
  async function revalidate(): Promise<void> {
    const now = await groups.all()
    const current = await accounts.current()
    for (const document of hocuspocus.documents.values()) {
      for (const connection of document.getConnections() as Connection[]) {
        const account = (connection.context as ConnectionContext).account
        if (!account || !current.has(account)) {
          connection.close({ code: 4401, reason: REFUSALS.token })
          continue
        }
        const granted = accessTo(account, document.name, now)
        ;(connection.context as ConnectionContext).access = granted
        if (granted === 'none') connection.close({ code: 4403, reason: REFUSALS.forbidden })
        else if (granted !== 'write') connection.readOnly = true
        else if (connection.readOnly) {
          connection.readOnly = false
          // Allowed to write now: ask the client what it holds that the server lacks (the first sync step), so
          // that its next writes, which Yjs builds on its earlier ones, are not held back waiting for them.
          connection.send(
            new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document).toUint8Array()
          )
        }
      }
    }
  }
  let revalidating: Promise<void> = Promise.resolve()
  const revalidateSoon = () => (revalidating = revalidating.then(revalidate, revalidate))

  const handleRequest = httpApi({
    accounts,
    groups,
    health: () => ({ documents: hocuspocus.getDocumentsCount(), connections: hocuspocus.getConnectionsCount() }),
    afterGroupChange: revalidateSoon
  })
  const server: Server = credentials ? createHttpsServer(credentials, handleRequest) : createHttpServer(handleRequest)
  // Slow or stalled requests give their socket back instead of holding it.
  server.headersTimeout = 20_000
  server.requestTimeout = 30_000

  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes })
  server.on('upgrade', (request: IncomingMessage, socket, head) => {
    socket.on('error', () => socket.destroy())
    sockets.handleUpgrade(request, socket, head, (webSocket) => {
      webSocket.on('error', () => webSocket.terminate())
      guardSocket(webSocket, hocuspocus, limits)
      hocuspocus.handleConnection(webSocket, request)
    })
  })

  let port: number
  try {
    // A Redis that does not answer would leave the instance serving alone, its clients unaware: say so now.
    if (redis) await answers(redis, options.redis!)
    port = await listen(server, options.port, host)
  } catch (error) {
    // Let go of Redis too, or its connections (retrying for ever) keep the process running. Nothing was
    // loaded yet: dropping the connections is all there is to undo (the extension's own ending would wait on
    // a Redis that may not answer).
    redis?.pub.disconnect()
    redis?.sub.disconnect()
    throw error
  }
  const timer = setInterval(() => void revalidateSoon().catch(() => undefined), REVALIDATE_MS)
  timer.unref()
  const shownHost = host.includes(':') ? `[${host}]` : host
  const url = `${tls ? 'wss' : 'ws'}://${shownHost}:${port}`
  const httpUrl = `${tls ? 'https' : 'http'}://${shownHost}:${port}`
  // The Redis address without its password, if it has one.
  const redisShown = options.redis ? `, Redis ${new URL(options.redis).host}` : ''
  log(`Folio sync server: ${url} (data in ${dataDir}${redisShown})`)

  let closing: Promise<void> | null = null
  async function close(): Promise<void> {
    clearInterval(timer)
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
    // Closing the last connection of a document stores it (Hocuspocus runs the pending store at once), then
    // unloads it: wait for every document to be gone, within a bound.
    hocuspocus.closeConnections()
    const deadline = Date.now() + CLOSE_WAIT_MS
    while ((hocuspocus.documents.size > 0 || hocuspocus.loadingDocuments.size > 0) && Date.now() < deadline) {
      await pause(20)
    }
    for (const client of sockets.clients) client.terminate()
    sockets.close()
    await revalidating.catch(() => undefined)
    await hocuspocus.hooks('onDestroy', { instance: hocuspocus })
    server.closeAllConnections()
    await stopped
    await release()
  }
  return { url, httpUrl, port, close: () => (closing ??= close()) }
}
