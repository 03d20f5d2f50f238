// How the sync benchmark's devices reach the servers: a Hocuspocus provider on its own WebSocket (ws in Node), a
// bare socket for the relay, the servers' /stats and /count, and waiting until a condition holds.

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { createRequire } from 'node:module'
import type * as Y from 'yjs'
import type { ServerStats } from './sync-server-child'

export interface BareSocket {
  on(event: 'open', listener: () => void): void
  on(event: 'message', listener: (data: Buffer) => void): void
  send(data: string): void
  close(): void
}
export const WebSocketPolyfill = createRequire(import.meta.url)('ws') as new (url: string) => BareSocket
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const TIMEOUT_MS = 300_000

/** Resolves once `check` holds (asked every `everyMs`); throws, naming `what`, after `timeoutMs`. */
export async function until(
  what: string,
  check: () => boolean | Promise<boolean>,
  everyMs = 10,
  timeoutMs = TIMEOUT_MS
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`sync-client-child: timed out waiting for ${what}`)
    await sleep(everyMs)
  }
}

// A fresh connection for each question: a kept-alive one would be closed by the server after its idle timeout
// (5 s) while an initial sync runs longer, and the next question would fail on it ("other side closed").
const json = async <T>(url: string): Promise<T> =>
  (await (await fetch(url, { headers: { connection: 'close' } })).json()) as T
export const serverStats = (stats: string) => json<ServerStats>(`${stats}/stats`)
export const serverCount = (stats: string, doc: string) => json<number>(`${stats}/count?doc=${encodeURIComponent(doc)}`)
export const bytes = (s: ServerStats) => s.bytesIn + s.bytesOut

/** A device's connection: its own WebSocket (ws in Node), no awareness (Folio shows no presence). */
export function provider(
  url: string,
  name: string,
  document: Y.Doc,
  token?: string
): { provider: HocuspocusProvider; destroy(): void } {
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill })
  const connection = new HocuspocusProvider({ websocketProvider, name, document, awareness: null, token })
  connection.attach()
  return {
    provider: connection,
    destroy: () => {
      connection.destroy()
      websocketProvider.destroy()
    }
  }
}
