// One connection's groups on this device: the groups and members the server last listed, the member documents
// opened for them (opened and closed as the list changes), and what the page is handed of the other members'
// annotations. group-sync.ts makes a session per connection of the engine and runs its steps one at a time.

import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { MAX_GROUP_ANNOTATIONS, type GroupAnnotation, type GroupRole } from '../../../shared/sync/group-types'
import { sharedAnnotationProblem } from '../../../shared/sync/group-schemas'
import type { SyncConnection } from '../../../shared/sync/sync-types'
import type { GroupApi, ServerGroup } from './group-api'
import { documentOf, touchedDocuments } from './group-mirror'
import { MIRROR, memberDocumentName, openMemberDocument, type MemberDocument } from './member-document'

export interface Session {
  key: string
  connection: SyncConnection
  dir: string
  api: GroupApi
  socket: HocuspocusProviderWebsocket
  me: { account: string; name: string } | null
  groups: ServerGroup[]
  offline: boolean
  docs: Map<string, MemberDocument>
  timer: ReturnType<typeof setInterval> | null
  stopped: boolean
  /** When the server last answered the groups' list (0: not yet). */
  answeredAt: number
  /** The list of groups being asked for, if one is. */
  refreshing: Promise<void> | null
}

/** What a session tells the service: the groups changed, members' annotations of these documents changed, a refusal. */
export interface SessionHooks {
  tellGroups(): void
  tellAnnotations(documentIds: Iterable<string>): void
  /** The server refused a member document (the user left, was removed): the groups are asked for again. */
  refused(): void
}

export const roleIn = (current: Session, groupId: string): GroupRole | null =>
  current.groups.find((group) => group.id === groupId)?.role ?? null
export const ownDocument = (current: Session, groupId: string) =>
  current.me ? (current.docs.get(memberDocumentName(groupId, current.me.account)) ?? null) : null
/** The own member documents the user may write (their role is not `read`). */
export const writableOwn = (current: Session) =>
  current.groups.filter((group) => group.role !== 'read').flatMap((group) => ownDocument(current, group.id) ?? [])

function watch(current: Session, member: MemberDocument, hooks: SessionHooks): void {
  const isMine = member.member === current.me?.account
  member.annotations.observe((event) => {
    if (isMine) return
    const documents = new Set<string>()
    touchedDocuments(event.changes.keys.entries(), member.annotations, documents)
    hooks.tellAnnotations(documents)
  })
  member.shares.observe((event) => {
    if (isMine) {
      if (event.transaction.origin !== MIRROR) hooks.tellGroups()
      return
    }
    hooks.tellAnnotations(event.changes.keys.keys())
  })
}

/**
 * A folder removed whole: retried a moment later when a file still being written in it (a closing document's last
 * store) makes it not empty at the instant of the removal.
 */
const REMOVE_FOLDER = { recursive: true, force: true, maxRetries: 10, retryDelay: 50 } as const

/** Opens the documents of every member of every group, and closes (and forgets) those of groups left. */
export async function reconcile(current: Session, hooks: SessionHooks): Promise<void> {
  if (current.stopped) return
  const wanted = new Map<string, { groupId: string; member: string }>()
  for (const group of current.groups)
    for (const member of group.members)
      wanted.set(memberDocumentName(group.id, member.account), { groupId: group.id, member: member.account })
  for (const [name, member] of [...current.docs]) {
    if (wanted.has(name)) continue
    current.docs.delete(name)
    const documents = new Set<string>()
    for (const value of member.annotations.values()) {
      const documentId = documentOf(value)
      if (documentId) documents.add(documentId)
    }
    await member.close()
    await rm(join(current.dir, member.groupId, member.member), REMOVE_FOLDER)
    // The group's folder goes with its last member document (a group left, or the user removed from it).
    if (![...current.docs.values()].some((other) => other.groupId === member.groupId))
      await rm(join(current.dir, member.groupId), REMOVE_FOLDER)
    hooks.tellAnnotations(documents)
  }
  for (const [name, { groupId, member }] of wanted) {
    if (current.docs.has(name) || current.stopped) continue
    const opened = await openMemberDocument({
      dir: join(current.dir, groupId, member),
      groupId,
      member,
      token: current.connection.token,
      socket: current.socket,
      onRefused: () => hooks.refused()
    })
    current.docs.set(name, opened)
    watch(current, opened, hooks)
    const documents = new Set<string>()
    for (const value of opened.annotations.values()) {
      const documentId = documentOf(value)
      if (documentId) documents.add(documentId)
    }
    hooks.tellAnnotations(documents)
  }
}

/** Other members' annotations of `documentId` in documents they share, each checked for shape and size, once each. */
export function membersAnnotations(current: Session, documentId: string): GroupAnnotation[] {
  if (!current.me) return []
  const found: GroupAnnotation[] = []
  const seen = new Set<string>()
  for (const member of current.docs.values()) {
    if (member.member === current.me.account || !member.shares.has(documentId)) continue
    const group = current.groups.find((entry) => entry.id === member.groupId)
    const who = group?.members.find((entry) => entry.account === member.member)
    if (!group || !who) continue
    for (const [key, value] of member.annotations.entries()) {
      if (documentOf(value) !== documentId || sharedAnnotationProblem(key, value)) continue
      const id = `${member.member}\n${key}`
      if (seen.has(id)) continue
      seen.add(id)
      found.push({
        annotation: value as Record<string, unknown>,
        author: { account: member.member, name: who.name ?? member.member },
        groupId: group.id
      })
      if (found.length >= MAX_GROUP_ANNOTATIONS) return found
    }
  }
  return found
}
