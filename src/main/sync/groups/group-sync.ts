// Main's side of groups: the server's group API called with the device's connection, the groups and their
// members kept (and cached on disk for offline), every member's document of every group opened over one
// WebSocket, the user's own member documents mirrored from their data for the documents they share, and the
// other members' annotations handed to the page, checked, with their author's name.
//
// Which documents are shared with a group is kept in the user's own member document (its `shares` map): it
// follows the user to every device they sync, the other members see it beside the annotations it governs, and a
// member who may only read cannot share, since the server drops what they write there — but may take back what
// they shared before their role went down (the server takes a share out, with its annotations, from them and from
// any owner of the group: src/sync-server/withdrawal.ts).

import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type WebSocket from 'ws'
import type {
  GroupActionResult,
  GroupAnnotation,
  GroupRole,
  GroupsState,
  InviteResult
} from '../../../shared/sync/group-types'
import type { RecordChange, SyncConnection } from '../../../shared/sync/sync-types'
import { ProviderSocket, socketUrl } from '../sync-session'
import type { SyncService } from '../sync-service'
import { GroupApiError, groupApi, httpBase, type ServerGroup } from './group-api'
import { readGroupCache, writeGroupCache } from './group-cache'
import { annotationsOf, mirrorChanges, shareDocument, unshareDocument } from './group-mirror'
import { memberDocumentName } from './member-document'
import {
  membersAnnotations,
  ownDocument,
  reconcile,
  roleIn,
  writableOwn,
  type Session,
  type SessionHooks
} from './group-session'

/** How often the groups are asked for again (members who joined, roles changed, someone removed). */
const DEFAULT_REFRESH_MS = 5_000
/** How long a share waits for the user's own member document to sync before writing into it. */
const SYNC_WAIT_MS = 5_000
/** A list of groups asked for within this long of the last answer is given from memory (every window asks at once). */
const FRESH_MS = 1_000
/** Changes of members' documents gathered before the page is told (a first sync brings many at once). */
const NOTIFY_DELAY_MS = 50

export interface GroupSyncOptions {
  /** Groups' folder: `<userData>/sync/groups` (one folder per server and account). */
  dir: string
  sync: Pick<SyncService, 'credentials' | 'onState' | 'onChanges' | 'records'>
  refreshMs?: number
  WebSocket?: typeof WebSocket
  fetch?: typeof fetch
}

export interface GroupSync {
  /** The groups now; asks the server first (bounded), so a dialog that opens shows the truth. */
  state(): Promise<GroupsState>
  create(name: string): Promise<GroupActionResult>
  invite(groupId: string, role: GroupRole): Promise<InviteResult>
  join(code: string): Promise<GroupActionResult>
  leave(groupId: string): Promise<GroupActionResult>
  removeMember(groupId: string, account: string): Promise<GroupActionResult>
  setRole(groupId: string, account: string, role: GroupRole): Promise<GroupActionResult>
  share(documentId: string, groupId: string, shared: boolean): Promise<GroupActionResult>
  /** An owner takes `account`'s document `documentId` out of the group (the server allows owners that alone). */
  withdraw(groupId: string, account: string, documentId: string): Promise<GroupActionResult>
  /** Other members' annotations of `documentId`, each checked for shape and size, with its author. */
  annotations(documentId: string): GroupAnnotation[]
  /** The page's own changes (after the engine has them): the annotations of shared documents follow. */
  localChanges(changes: readonly RecordChange[]): void
  onGroupsChanged(listener: () => void): () => void
  onAnnotationsChanged(listener: (documentIds: string[]) => void): () => void
  /** Resolves once the connection's groups are loaded and their documents opened (tests, quit). */
  settled(): Promise<void>
  close(): Promise<void>
}

const keyOf = (connection: SyncConnection) => `${connection.server}\n${connection.account}\n${connection.token}`

const failure = (error: unknown): { ok: false; code: string; message: string } =>
  error instanceof GroupApiError
    ? { ok: false, code: error.code, message: error.message }
    : { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) }

const OFF = {
  ok: false,
  code: 'off',
  message: 'Connectez d’abord cet appareil à un serveur de synchronisation.'
} as const

export function createGroupSync(options: GroupSyncOptions): GroupSync {
  const { sync } = options
  const groupListeners = new Set<() => void>()
  const annotationListeners = new Set<(documentIds: string[]) => void>()
  let session: Session | null = null
  let closed = false
  // Session switches and reconciliations run one after another.
  let queue: Promise<unknown> = Promise.resolve()
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const done = queue.then(work)
    queue = done.catch(() => undefined)
    return done
  }

  const tellGroups = () => {
    for (const listener of [...groupListeners]) listener()
  }
  let touched = new Set<string>()
  let notifyTimer: ReturnType<typeof setTimeout> | null = null
  const tellAnnotations = (documentIds: Iterable<string>) => {
    for (const id of documentIds) touched.add(id)
    if (touched.size === 0 || notifyTimer) return
    notifyTimer = setTimeout(() => {
      notifyTimer = null
      const now = [...touched]
      touched = new Set()
      for (let at = 0; at < now.length; at += 1_000)
        for (const listener of [...annotationListeners]) listener(now.slice(at, at + 1_000))
    }, NOTIFY_DELAY_MS)
  }

  const hooksOf = (current: Session): SessionHooks => ({
    tellGroups,
    tellAnnotations,
    refused: () => void refreshSoon(current)
  })

  /** Asks the server for who the user is and their groups; keeps what it had when the server does not answer. */
  async function refresh(current: Session): Promise<void> {
    let me: { account: string; name: string }
    let groups: ServerGroup[]
    try {
      ;[me, groups] = await Promise.all([current.api.me(), current.api.groups()])
    } catch (error) {
      if (!current.offline) {
        current.offline = true
        tellGroups()
      }
      if (!(error instanceof GroupApiError)) console.warn('Groupes : liste impossible', error)
      return
    }
    if (current.stopped) return
    const before = JSON.stringify([current.me, current.groups, current.offline])
    current.me = me
    current.groups = groups
    current.offline = false
    current.answeredAt = Date.now()
    await writeGroupCache(current.dir, me, groups).catch(() => undefined)
    await serially(() => reconcile(current, hooksOf(current)))
    if (JSON.stringify([current.me, current.groups, current.offline]) !== before) tellGroups()
  }
  const refreshSoon = (current: Session): Promise<void> =>
    (current.refreshing ??= refresh(current).finally(() => (current.refreshing = null)))
  /** A list asked for after what just happened: one under way may have been answered before it. */
  const refreshAfter = async (current: Session): Promise<void> => {
    await current.refreshing?.catch(() => undefined)
    await refreshSoon(current)
  }

  async function start(connection: SyncConnection): Promise<Session> {
    const base = httpBase(connection.server).href
    const dir = join(
      options.dir,
      createHash('sha256').update(`${base}\n${connection.account}`).digest('hex').slice(0, 16)
    )
    const cache = await readGroupCache(dir)
    const current: Session = {
      key: keyOf(connection),
      connection,
      dir,
      api: groupApi(connection.server, connection.token, options.fetch),
      socket: new HocuspocusProviderWebsocket({
        url: socketUrl(connection.server),
        // The engine's socket class: an error on a socket closed while connecting is heard, not thrown.
        WebSocketPolyfill: options.WebSocket ?? ProviderSocket
      }),
      me: cache?.me ?? null,
      groups: cache?.groups ?? [],
      offline: true,
      docs: new Map(),
      timer: null,
      stopped: false,
      answeredAt: 0,
      refreshing: null
    }
    // What was kept shows at once (offline included); the server's answer follows.
    if (cache && cache.me.account === connection.account) await reconcile(current, hooksOf(current))
    current.timer = setInterval(() => void refreshSoon(current), options.refreshMs ?? DEFAULT_REFRESH_MS)
    current.timer.unref?.()
    void refreshSoon(current).then(() => catchUp(current))
    return current
  }

  async function stop(current: Session): Promise<void> {
    // A refresh under way sees `stopped` and leaves the documents alone (it is not waited for: its reconciliation
    // would queue behind this very step).
    current.stopped = true
    if (current.timer) clearInterval(current.timer)
    for (const member of current.docs.values()) await member.close()
    current.docs.clear()
    current.socket.destroy()
  }

  /** Makes each shared document's annotations in the own member documents what the user's data now holds. */
  async function catchUp(current: Session): Promise<void> {
    for (const own of writableOwn(current)) {
      if (current.stopped) return
      await own.synced(SYNC_WAIT_MS)
      for (const documentId of [...own.shares.keys()])
        await whileSharing(async () => shareDocument(own, documentId, await annotationsOf(documentId, sync.records)))
    }
  }

  /** Follows the engine's connection: a new one (another server, account or token) starts a new session. */
  const follow = () =>
    serially(async () => {
      if (closed) return
      const connection = sync.credentials()
      const key = connection ? keyOf(connection) : null
      if (key === (session?.key ?? null)) return
      const previous = session
      session = null
      if (previous) await stop(previous)
      if (connection) session = await start(connection)
      tellGroups()
    })
  const unsubscribeState = sync.onState(() => void follow())
  const unsubscribeChanges = sync.onChanges((changes) => mirror(changes))
  void follow()

  // While a share reads the user's records and writes them, changes that arrive are held, then applied after it:
  // applied at once, they would meet a document not yet marked shared (dropped), or be overwritten by the older
  // records the share read (lost until the next edit).
  let sharing = 0
  const held: RecordChange[] = []
  async function whileSharing<T>(work: () => Promise<T>): Promise<T> {
    sharing++
    try {
      return await work()
    } finally {
      if (--sharing === 0) mirror(held.splice(0))
    }
  }

  function mirror(changes: readonly RecordChange[]): void {
    if (sharing > 0) return void held.push(...changes)
    const current = session
    if (!current) return
    for (const own of writableOwn(current)) mirrorChanges(own, changes)
  }

  /** Runs one action of the group API, then lists the groups again so that every window sees its effect. */
  async function act<T>(work: (current: Session) => Promise<T>): Promise<T | typeof OFF | ReturnType<typeof failure>> {
    await queue
    const current = session
    if (!current) return OFF
    try {
      const result = await work(current)
      await refreshAfter(current)
      return result
    } catch (error) {
      return failure(error)
    }
  }

  const done = { ok: true } as const

  return {
    async state() {
      await queue
      const current = session
      if (!current) return { available: false, me: null, offline: false, groups: [] }
      if (Date.now() - current.answeredAt > FRESH_MS) await refreshSoon(current)
      return {
        available: true,
        me: current.me,
        offline: current.offline,
        groups: current.groups.map((group) => ({
          id: group.id,
          name: group.name,
          role: group.role,
          members: group.members.map((member) => ({ ...member })),
          shared: [...(ownDocument(current, group.id)?.shares.keys() ?? [])].slice(0, 10_000)
        }))
      }
    },
    create: (name) =>
      act(async (current) => {
        await current.api.create(name)
        return done
      }),
    invite: (groupId, role) =>
      act(async (current) => ({ ok: true as const, ...(await current.api.invite(groupId, role)) })),
    join: (code) =>
      act(async (current) => {
        await current.api.join(code)
        return done
      }),
    leave: (groupId) =>
      act(async (current) => {
        await current.api.leave(groupId)
        return done
      }),
    removeMember: (groupId, account) =>
      act(async (current) => {
        await current.api.removeMember(groupId, account)
        return done
      }),
    setRole: (groupId, account, role) =>
      act(async (current) => {
        await current.api.setRole(groupId, account, role)
        return done
      }),
    async share(documentId, groupId, shared) {
      await queue
      const current = session
      if (!current) return OFF
      const role = roleIn(current, groupId)
      if (!role) return { ok: false, code: 'not-found', message: 'Ce groupe n’est pas parmi les vôtres.' }
      // Taking back what one shared is always allowed (the server takes a share out for a reader); adding is not.
      if (role === 'read' && shared)
        return { ok: false, code: 'forbidden', message: 'Dans ce groupe, vous pouvez lire, pas partager.' }
      const own = ownDocument(current, groupId)
      if (!own) return { ok: false, code: 'offline', message: 'Ce groupe n’est pas encore ouvert sur cet appareil.' }
      // Written after the server's copy has arrived, so that a share made on another device is merged, not raced.
      await own.synced(SYNC_WAIT_MS)
      if (shared)
        await whileSharing(async () => shareDocument(own, documentId, await annotationsOf(documentId, sync.records)))
      else unshareDocument(own, documentId)
      tellGroups()
      return done
    },
    async withdraw(groupId, account, documentId) {
      await queue
      const current = session
      if (!current) return OFF
      const role = roleIn(current, groupId)
      if (!role) return { ok: false, code: 'not-found', message: 'Ce groupe n’est pas parmi les vôtres.' }
      if (role !== 'owner')
        return { ok: false, code: 'forbidden', message: 'Seul un propriétaire du groupe retire le partage d’un autre.' }
      if (account === current.me?.account) return this.share(documentId, groupId, false)
      const theirs = current.docs.get(memberDocumentName(groupId, account))
      if (!theirs) return { ok: false, code: 'not-member', message: 'Cette personne n’est plus membre du groupe.' }
      // After the server's copy has arrived: what the member shared since is taken out too.
      await theirs.synced(SYNC_WAIT_MS)
      unshareDocument(theirs, documentId)
      tellAnnotations([documentId])
      return done
    },
    annotations(documentId) {
      return session ? membersAnnotations(session, documentId) : []
    },
    localChanges: (changes) => mirror(changes),
    onGroupsChanged(listener) {
      groupListeners.add(listener)
      return () => void groupListeners.delete(listener)
    },
    onAnnotationsChanged(listener) {
      annotationListeners.add(listener)
      return () => void annotationListeners.delete(listener)
    },
    async settled() {
      await queue
      const current = session
      if (current) {
        await refreshSoon(current)
        await queue
      }
    },
    close: () =>
      serially(async () => {
        closed = true
        unsubscribeState()
        unsubscribeChanges()
        if (notifyTimer) clearTimeout(notifyTimer)
        const current = session
        session = null
        if (current) await stop(current)
      })
  }
}
