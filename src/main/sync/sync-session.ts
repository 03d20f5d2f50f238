// One connection's life: the account's document carried by a Hocuspocus provider over WebSocket (reconnecting by
// itself, with a growing delay), and the status derived from the provider's own events, so that it says what is
// true now: syncing (with what was sent and received), synced (the server acknowledged everything), offline (with
// the changes waiting), refused (with the server's reason).

import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider'
import WebSocket from 'ws'
import type { RecordChange, SyncConnection, SyncedTable, SyncStatus } from '../../shared/sync/sync-types'
import type { AccountDocument } from './account-document'
import { materialize } from './record-doc'

const MAX_MESSAGE = 1_000
/**
 * The server's reasons for closing the account's document that trying again would not change (sync-server's
 * REFUSALS): a token refused or expired, access lost, a document or message over its limits, a malformed message.
 */
const REFUSED = ['token', 'forbidden', 'too-large', 'malformed']

/**
 * The provider's WebSocket: ws's, with an error listener of its own. The provider drops its listeners before it
 * closes a socket still connecting (a destroy, a retry), and ws then reports that close as an error nobody hears:
 * an uncaught exception in main. Every provider of main's should be given this one (`WebSocketPolyfill`).
 */
export class ProviderSocket extends WebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    super(address, protocols)
    this.on('error', () => undefined)
  }
}

/** The server's WebSocket address for what the user typed: http(s) is the same server's ws(s). */
export function socketUrl(server: string): string {
  const url = new URL(server)
  if (url.protocol === 'http:') url.protocol = 'ws:'
  else if (url.protocol === 'https:') url.protocol = 'wss:'
  return url.toString()
}

/** The Hocuspocus document of an account's private data. */
export const accountDocumentName = (account: string): string => `account:${account}`

/** What the server said when it refused, as the status shows it: a token problem, or another reason. */
function refusal(reason: string): Extract<SyncStatus, { state: 'refused' }> {
  return {
    state: 'refused',
    reason: reason.startsWith('token') || reason === 'permission-denied' ? 'token' : 'other',
    message: reason.slice(0, MAX_MESSAGE)
  }
}

/** What `connect` answers the settings when the server refuses, in the app's words (the server's reason after). */
function refusalMessage(reason: string): string {
  const why = reason.startsWith('token-expired')
    ? 'ce jeton a expiré'
    : reason.startsWith('token') || reason === 'permission-denied'
      ? 'le serveur ne reconnaît pas ce jeton'
      : reason === 'forbidden'
        ? 'ce compte n’a pas accès à ses données sur ce serveur'
        : 'le serveur a refusé la connexion'
  return `Connexion refusée : ${why} (${reason.slice(0, MAX_MESSAGE)}).`
}

export type Contact = { ok: true } | { ok: false; message: string }

/** One connection's life: its document, its provider and its status. */
export interface Session {
  connection: SyncConnection
  document: AccountDocument
  status(): SyncStatus
  /** Resolves at the server's first answer: authenticated, refused, or unreachable (within `ms`). */
  firstContact(ms: number): Promise<Contact>
  stop(): Promise<void>
}

export interface SessionHooks {
  now(): Date
  retry: { delay: number; maxDelay: number }
  changed(): void
  remote(changes: RecordChange[]): void
  malformed(count: number): void
  touched(tables: ReadonlySet<SyncedTable>): void
}

export function startSession(connection: SyncConnection, document: AccountDocument, hooks: SessionHooks): Session {
  let status: SyncStatus = { state: 'syncing', sent: 0, received: 0 }
  let authenticated = false
  // What was sent and received since the status last said synced (shown while syncing).
  let sent = 0
  let received = 0
  const contactListeners = new Set<(contact: Contact) => void>()
  const contact = (result: Contact) => {
    for (const listener of [...contactListeners]) listener(result)
  }
  const set = (next: SyncStatus) => {
    status = next
    hooks.changed()
  }

  document.onTouched(hooks.touched)
  document.onRemote((touched) => {
    const { batches, malformed } = materialize(document.doc, touched)
    if (malformed > 0) hooks.malformed(malformed)
    received += batches.reduce((sum, batch) => sum + batch.length, 0)
    for (const batch of batches) hooks.remote(batch)
    hooks.changed()
  })
  // Counted when the transaction ends, before the provider sends it (and the status turns from synced to syncing).
  document.onLocal((count) => {
    sent += count
    hooks.changed()
  })

  const socket = new HocuspocusProviderWebsocket({
    url: socketUrl(connection.server),
    WebSocketPolyfill: ProviderSocket,
    delay: hooks.retry.delay,
    minDelay: hooks.retry.delay,
    maxDelay: hooks.retry.maxDelay
  })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: accountDocumentName(connection.account),
    document: document.doc,
    token: () => connection.token
  })

  const settle = () => {
    if (!authenticated || status.state === 'refused' || status.state === 'offline') return
    if (provider.synced && provider.unsyncedChanges === 0) {
      document.acknowledged()
      if (status.state === 'synced') return
      sent = 0
      received = 0
      set({ state: 'synced', at: hooks.now().toISOString() })
    } else if (status.state === 'synced') set({ state: 'syncing', sent, received })
  }
  const goOffline = () => {
    authenticated = false
    if (status.state === 'refused') return
    if (status.state !== 'offline')
      set({ state: 'offline', since: hooks.now().toISOString(), pending: document.pending() })
  }
  const refuse = (reason: string) => {
    authenticated = false
    // A token the server refuses stays refused: no more attempts until the user connects again.
    socket.disconnect()
    set(refusal(reason))
    contact({ ok: false, message: refusalMessage(reason) })
  }

  provider.on('authenticated', () => {
    authenticated = true
    // What waited while offline is what goes up first.
    sent = document.pending()
    received = 0
    set({ state: 'syncing', sent, received })
    contact({ ok: true })
    settle()
  })
  provider.on('authenticationFailed', ({ reason }: { reason: string }) => refuse(String(reason)))
  provider.on('synced', settle)
  provider.on('unsyncedChanges', settle)
  // The server closes the document (or the socket) of an account removed, a token expired or access lost.
  provider.on('close', ({ event }: { event?: { reason?: unknown } }) => {
    const reason = typeof event?.reason === 'string' ? event.reason : ''
    if (REFUSED.some((refused) => reason.startsWith(refused))) return refuse(reason)
    // Any other close of the document alone (the socket still open) leaves the provider unsynced for good: the
    // socket is closed too, so that it reconnects and syncs again, and the status says offline meanwhile.
    const open = socket.webSocket
    if (open && open.readyState === WebSocket.OPEN) {
      goOffline()
      open.close()
    }
  })
  socket.on('disconnect', () => {
    goOffline()
    contact({ ok: false, message: `Le serveur ${connection.server} ne répond pas.` })
  })
  socket.on('status', ({ status: socketStatus }: { status: WebSocketStatus }) => {
    if (socketStatus === WebSocketStatus.Disconnected) goOffline()
  })
  provider.attach()

  return {
    connection,
    document,
    status: () =>
      status.state === 'offline'
        ? { ...status, pending: document.pending() }
        : status.state === 'syncing'
          ? { state: 'syncing', sent, received }
          : status,
    firstContact: (ms) =>
      new Promise<Contact>((resolve) => {
        const timer = setTimeout(
          () => done({ ok: false, message: `Le serveur ${connection.server} ne répond pas.` }),
          ms
        )
        const done = (result: Contact) => {
          clearTimeout(timer)
          contactListeners.delete(done)
          resolve(result)
        }
        if (authenticated) return done({ ok: true })
        contactListeners.add(done)
      }),
    async stop() {
      provider.destroy()
      socket.destroy()
      await document.close()
    }
  }
}
