// One member's document of a group (`group:<groupId>:<memberAccountId>`) on this device: a Y.Doc kept on disk
// with the engine's update log (so members' annotations show offline), carried to and from the server by a
// Hocuspocus provider over the session's shared WebSocket. The user's own member document is the only one
// written here; the server serves the others read-only to this account.

import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as Y from 'yjs'
import { ENTRY, openUpdateLog, type UpdateLog } from '../update-log'

/** The origin of what this device writes into its own member document, and of the log replayed at load. */
export const MIRROR = Symbol('mirrored from the user’s own data')
const REPLAY = Symbol('replayed from disk')

export const memberDocumentName = (groupId: string, member: string) => `group:${groupId}:${member}`

export interface MemberDocument {
  readonly groupId: string
  readonly member: string
  readonly doc: Y.Doc
  /** The member's shared annotations, by id (plain JSON values). */
  readonly annotations: Y.Map<unknown>
  /** The documents the member shares with the group, by id (the value is when). */
  readonly shares: Y.Map<unknown>
  /** Whether the server refused this document (the user left or was removed, or the token is no longer good). */
  refused(): string | null
  /** Resolves once the document has synced with the server, or the server refused it (bounded by `ms`). */
  synced(ms: number): Promise<boolean>
  close(): Promise<void>
}

export interface MemberDocumentOptions {
  dir: string
  groupId: string
  member: string
  token: string
  socket: HocuspocusProviderWebsocket
  /** Called when the server refuses the document (with its reason). */
  onRefused(reason: string): void
}

export async function openMemberDocument(options: MemberDocumentOptions): Promise<MemberDocument> {
  const { groupId, member } = options
  const log: UpdateLog = await openUpdateLog(options.dir)
  const doc = new Y.Doc()
  for (const entry of log.entries) Y.applyUpdate(doc, entry.payload, REPLAY)
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === REPLAY) return
    void log.append({ kind: origin === MIRROR ? ENTRY.local : ENTRY.remote, payload: update }).catch(() => undefined)
    if (log.wantsCompaction())
      void log.compact(() => [{ kind: ENTRY.remote, payload: Y.encodeStateAsUpdate(doc) }]).catch(() => undefined)
  })

  let refusal: string | null = null
  let isSynced = false
  const waiting = new Set<() => void>()
  const settle = () => {
    for (const done of [...waiting]) done()
  }
  const provider = new HocuspocusProvider({
    websocketProvider: options.socket,
    name: memberDocumentName(groupId, member),
    token: options.token,
    document: doc,
    onSynced: () => {
      isSynced = true
      settle()
    },
    onAuthenticationFailed: ({ reason }) => {
      refusal = reason
      settle()
      options.onRefused(reason)
    }
  })
  provider.attach()

  return {
    groupId,
    member,
    doc,
    annotations: doc.getMap('annotations'),
    shares: doc.getMap('shares'),
    refused: () => refusal,
    synced: (ms) =>
      new Promise<boolean>((resolve) => {
        if (isSynced || refusal) return resolve(isSynced)
        const done = () => {
          clearTimeout(timer)
          waiting.delete(done)
          resolve(isSynced)
        }
        const timer = setTimeout(done, ms)
        waiting.add(done)
      }),
    async close() {
      provider.destroy()
      await log.close()
      doc.destroy()
    }
  }
}
