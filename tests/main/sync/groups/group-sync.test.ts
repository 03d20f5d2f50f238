// Groups against the real sync server on loopback, with three people: Claire owns the group, Marc may annotate,
// Lin may only read. Each has main's GroupSync over a stand-in of the engine holding their own records. What a
// group receives is looked at both through GroupSync and directly on the server (a raw provider), so that "never
// reaches the group" means the server never had it, not that the page hid it.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RecordChange, SyncConnection, SyncRecordsPage, SyncState } from '../../../../src/shared/sync/sync-types'
import { createGroupSync, type GroupSync } from '../../../../src/main/sync/groups/group-sync'
import {
  dataFolder,
  eventually,
  mustOpen,
  onCleanup,
  openDocument,
  person,
  startServer,
  type Person
} from '../../../sync-server/helpers'

const D1 = 'doc-traite-1950'
const D2 = 'doc-journal-prive'

const annotation = (id: string, documentId: string, note = '') => ({
  id,
  documentId,
  target: {
    blockId: 'b-traite',
    blockOffset: 10,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: 'Traité d’amitié', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 10, end: 25 }
    }
  },
  color: 'yellow',
  note,
  tags: [],
  createdAt: '2026-12-04T01:00:00.000Z',
  updatedAt: '2026-12-04T01:00:00.000Z'
})

/** The engine as GroupSync sees it: the connection, the user's own records, their other devices' changes. */
function engineOf(connection: SyncConnection | null) {
  const records = new Map<string, RecordChange>()
  const changeListeners = new Set<(changes: RecordChange[]) => void>()
  const stateListeners = new Set<(state: SyncState) => void>()
  return {
    credentials: () => connection,
    onState(listener: (state: SyncState) => void) {
      stateListeners.add(listener)
      return () => void stateListeners.delete(listener)
    },
    /** The user connects this device to another account (or disconnects it: null). */
    reconnect(next: SyncConnection | null) {
      connection = next
      // GroupSync reads the connection itself (credentials()); the state it is told with does not matter here.
      for (const listener of stateListeners) listener({ connection: null, status: { state: 'off' } })
    },
    onChanges(listener: (changes: RecordChange[]) => void) {
      changeListeners.add(listener)
      return () => void changeListeners.delete(listener)
    },
    records(offset: number, limit: number): SyncRecordsPage {
      const all = [...records.values()]
      return { changes: all.slice(offset, offset + limit), next: offset + limit < all.length ? offset + limit : null }
    },
    /** A change made on this device: what the page pushes (the engine first, then groups). */
    put(record: ReturnType<typeof annotation>): RecordChange {
      const change = { table: 'annotations' as const, key: record.id, record }
      records.set(record.id, change)
      return change
    },
    remove(id: string): RecordChange {
      records.delete(id)
      return { table: 'annotations', key: id, record: null }
    },
    /** A change from the user's other device, as the engine hands it on. */
    fromOtherDevice(changes: RecordChange[]) {
      for (const change of changes) {
        if (change.record) records.set(change.key, change)
        else records.delete(change.key)
      }
      for (const listener of changeListeners) listener(changes)
    }
  }
}

interface Device {
  who: Person
  engine: ReturnType<typeof engineOf>
  groups: GroupSync
  dir: string
}

async function device(url: string, who: Person, dir?: string): Promise<Device> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'folio-groups-')))
  if (!dir) onCleanup(() => rm(folder, { recursive: true, force: true }))
  const engine = engineOf({ server: url, account: who.account, token: who.token })
  const groups = createGroupSync({ dir: folder, sync: engine, refreshMs: 200 })
  onCleanup(() => groups.close())
  await groups.settled()
  return { who, engine, groups, dir: folder }
}

async function invite(owner: Device, groupId: string, role: 'annotate' | 'read'): Promise<string> {
  const result = await owner.groups.invite(groupId, role)
  if (!result.ok) throw new Error(result.message)
  return result.code
}

/** Claire's group with Marc (annotate) and Lin (read), joined by code through their own GroupSync. */
async function seminar() {
  const dataDir = await dataFolder()
  const server = await startServer({ dataDir })
  const [claire, marc, lin] = await Promise.all(['Claire', 'Marc', 'Lin'].map((name) => person(dataDir, name)))
  const owner = await device(server.httpUrl, claire!)
  const annotator = await device(server.httpUrl, marc!)
  const reader = await device(server.httpUrl, lin!)
  expect(await owner.groups.create('Séminaire 1950')).toEqual({ ok: true })
  const groupId = (await owner.groups.state()).groups[0]!.id
  expect(await annotator.groups.join(await invite(owner, groupId, 'annotate'))).toEqual({ ok: true })
  expect(await reader.groups.join(await invite(owner, groupId, 'read'))).toEqual({ ok: true })
  // The owner sees them once the groups are listed again.
  await eventually(async () => expect((await owner.groups.state()).groups[0]!.members).toHaveLength(3))
  return { dataDir, server, owner, annotator, reader, groupId, stranger: await person(dataDir, 'Inconnu') }
}

const notes = (groups: GroupSync, documentId: string) =>
  groups
    .annotations(documentId)
    .map(({ annotation: { id, note }, author }) => `${author.name}: ${String(id)} ${String(note)}`)
    .sort()

describe('groups: a document’s annotations shared with a group', () => {
  it('lists the group with every member’s name and role, to each of them', async () => {
    const { owner, reader, groupId } = await seminar()
    const roles = (await reader.groups.state()).groups.map((group) => ({
      id: group.id,
      name: group.name,
      role: group.role,
      members: group.members.map(({ name, role }) => `${name} ${role}`).sort()
    }))
    expect(roles).toEqual([
      { id: groupId, name: 'Séminaire 1950', role: 'read', members: ['Claire owner', 'Lin read', 'Marc annotate'] }
    ])
    expect((await owner.groups.state()).me?.name).toBe('Claire')
  })

  it('shares the annotations of a shared document only: private ones never reach the server, unsharing takes them out', async () => {
    const { server, owner, annotator, reader, groupId } = await seminar()
    const changes = [
      owner.engine.put(annotation('a1', D1, 'Signé le 14 février')),
      owner.engine.put(annotation('a2', D2, 'privée'))
    ]
    owner.groups.localChanges(changes)
    expect(await owner.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(annotator.groups, D1)).toEqual(['Claire: a1 Signé le 14 février']))
    expect(notes(reader.groups, D1)).toEqual(['Claire: a1 Signé le 14 février'])
    expect((await owner.groups.state()).groups[0]!.shared).toEqual([D1])

    // Made after the share: a new note of the shared document follows, one of the private document does not.
    owner.groups.localChanges([
      owner.engine.put(annotation('a3', D1, 'Port-Arthur')),
      owner.engine.put(annotation('a4', D2, 'à moi'))
    ])
    // An edit and a deletion made on the owner's other device come through the engine.
    owner.engine.fromOtherDevice([{ table: 'annotations', key: 'a1', record: annotation('a1', D1, 'Signé à Moscou') }])
    await eventually(() =>
      expect(notes(annotator.groups, D1)).toEqual(['Claire: a1 Signé à Moscou', 'Claire: a3 Port-Arthur'])
    )
    // What the server holds for the owner's member document, read by another member's raw connection.
    const raw = await mustOpen(server.url, `group:${groupId}:${owner.who.account}`, annotator.who.token)
    await eventually(() => expect([...raw.annotations.keys()].sort()).toEqual(['a1', 'a3']))
    expect(notes(annotator.groups, D2)).toEqual([])

    owner.groups.localChanges([owner.engine.remove('a3')])
    await eventually(() => expect(notes(annotator.groups, D1)).toEqual(['Claire: a1 Signé à Moscou']))

    expect(await owner.groups.share(D1, groupId, false)).toEqual({ ok: true })
    await eventually(() => expect(notes(annotator.groups, D1)).toEqual([]))
    await eventually(() => expect([...raw.annotations.keys()]).toEqual([]))
    expect([...raw.doc.getMap('shares').keys()]).toEqual([])
    // Unshared, a later note of the document stays private.
    owner.groups.localChanges([owner.engine.put(annotation('a5', D1, 'après'))])
    expect(notes(reader.groups, D1)).toEqual([])
  })

  it('shares a note made while the share reads the user’s records, and its later edit', async () => {
    const { owner, annotator, groupId } = await seminar()
    owner.groups.localChanges([owner.engine.put(annotation('a1', D1, 'avant'))])
    // The engine answers the share's reading a page late: the user writes a note (and edits it) meanwhile.
    const records = owner.engine.records.bind(owner.engine)
    let written = false
    owner.engine.records = (offset: number, limit: number) => {
      const page = records(offset, limit)
      if (!written) {
        written = true
        owner.groups.localChanges([owner.engine.put(annotation('a2', D1, 'pendant'))])
        owner.groups.localChanges([owner.engine.put(annotation('a1', D1, 'avant, revue'))])
      }
      return page
    }
    expect(await owner.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() =>
      expect(notes(annotator.groups, D1)).toEqual(['Claire: a1 avant, revue', 'Claire: a2 pendant'])
    )
  })

  it('carries an annotator’s annotations to the owner with their name; a reader may not share', async () => {
    const { owner, annotator, reader, groupId } = await seminar()
    annotator.groups.localChanges([annotator.engine.put(annotation('m1', D1, 'Lecture de Marc'))])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(owner.groups, D1)).toEqual(['Marc: m1 Lecture de Marc']))
    reader.groups.localChanges([reader.engine.put(annotation('l1', D1, 'Lin voudrait'))])
    expect(await reader.groups.share(D1, groupId, true)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(notes(owner.groups, D1)).toEqual(['Marc: m1 Lecture de Marc'])
  })

  it('lets a member whose role went down to “can read” take back what they shared, and share nothing more', async () => {
    const { server, owner, annotator, reader, groupId } = await seminar()
    annotator.groups.localChanges([
      annotator.engine.put(annotation('m1', D1, 'Lecture de Marc')),
      annotator.engine.put(annotation('m2', D2, 'Journal de Marc'))
    ])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(reader.groups, D1)).toEqual(['Marc: m1 Lecture de Marc']))
    expect(await owner.groups.setRole(groupId, annotator.who.account, 'read')).toEqual({ ok: true })
    await eventually(async () => expect((await annotator.groups.state()).groups[0]?.role).toBe('read'))

    expect(await annotator.groups.share(D2, groupId, true)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await annotator.groups.share(D1, groupId, false)).toEqual({ ok: true })
    await eventually(() => expect(notes(reader.groups, D1)).toEqual([]))
    expect(notes(owner.groups, D1)).toEqual([])
    expect((await annotator.groups.state()).groups[0]!.shared).toEqual([])
    // On the server itself, read by another member's raw connection: the mark and the annotation are gone.
    const raw = await mustOpen(server.url, `group:${groupId}:${annotator.who.account}`, owner.who.token)
    expect([...raw.doc.getMap('shares').keys(), ...raw.annotations.keys()]).toEqual([])
  })

  it('lets an owner take another member’s document out of the group; nobody else may', async () => {
    const { owner, annotator, reader, groupId } = await seminar()
    annotator.groups.localChanges([annotator.engine.put(annotation('m1', D1, 'Lecture de Marc'))])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(reader.groups, D1)).toEqual(['Marc: m1 Lecture de Marc']))
    expect(await reader.groups.withdraw(groupId, annotator.who.account, D1)).toMatchObject({
      ok: false,
      code: 'forbidden'
    })
    expect(await owner.groups.withdraw(groupId, annotator.who.account, D1)).toEqual({ ok: true })
    await eventually(() => expect(notes(reader.groups, D1)).toEqual([]))
    expect(notes(owner.groups, D1)).toEqual([])
    // Marc's devices follow: the document is no longer shared there, and his later notes of it stay his.
    await eventually(async () => expect((await annotator.groups.state()).groups[0]!.shared).toEqual([]))
    annotator.groups.localChanges([annotator.engine.put(annotation('m2', D1, 'après le retrait'))])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(notes(owner.groups, D1)).toEqual([])
  })

  it('drops what a reader writes into their own member document or another’s, on the server', async () => {
    const { server, owner, annotator, reader, groupId } = await seminar()
    // Lin's client writes anyway, past GroupSync: straight into the documents over a raw provider.
    const own = await mustOpen(server.url, `group:${groupId}:${reader.who.account}`, reader.who.token)
    expect(own.scope).toBe('readonly')
    own.doc.transact(() => {
      own.doc.getMap('shares').set(D1, 'now')
      own.annotations.set('forced', annotation('forced', D1, 'écrit de force'))
    })
    const others = await mustOpen(server.url, `group:${groupId}:${owner.who.account}`, reader.who.token)
    others.annotations.set('forced-too', annotation('forced-too', D1, 'chez Claire'))
    // Marc writes after Lin: once his note has reached Claire, Lin's would have too, had the server taken it.
    annotator.groups.localChanges([annotator.engine.put(annotation('m1', D1, 'après Lin'))])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(owner.groups, D1)).toEqual(['Marc: m1 après Lin']))
    const seen = await mustOpen(server.url, `group:${groupId}:${reader.who.account}`, owner.who.token)
    expect([...seen.annotations.keys()]).toEqual([])
    const ownersDoc = await mustOpen(server.url, `group:${groupId}:${owner.who.account}`, annotator.who.token)
    expect(ownersDoc.annotations.has('forced-too')).toBe(false)
  })

  it('keeps the group from anyone outside it', async () => {
    const { server, owner, groupId, stranger } = await seminar()
    for (const member of (await owner.groups.state()).groups[0]!.members)
      expect(await openDocument(server.url, `group:${groupId}:${member.account}`, stranger.token)).toEqual({
        ok: false,
        reason: 'forbidden'
      })
    const outsider = await device(server.httpUrl, stranger)
    expect((await outsider.groups.state()).groups).toEqual([])
    expect(await outsider.groups.invite(groupId, 'annotate')).toMatchObject({ ok: false, code: 'not-found' })
  })

  it('shows only well-formed annotations of bounded size, whatever a member’s client wrote', async () => {
    const { server, owner, annotator, groupId } = await seminar()
    const raw = await mustOpen(server.url, `group:${groupId}:${annotator.who.account}`, annotator.who.token)
    raw.doc.transact(() => {
      raw.doc.getMap('shares').set(D1, 'now')
      raw.annotations.set('text', 'pas une annotation')
      raw.annotations.set('wrong-id', annotation('other', D1))
      raw.annotations.set('no-target', { ...annotation('no-target', D1), target: 'ici' })
      raw.annotations.set('huge', annotation('huge', D1, 'x'.repeat(300_000)))
      raw.annotations.set('good', annotation('good', D1, 'bien formée'))
    })
    await eventually(() => expect(notes(owner.groups, D1)).toEqual(['Marc: good bien formée']))
  })

  it('lets the owner change a role and remove a member, and a member leave; the last owner stays', async () => {
    const { owner, annotator, reader, groupId } = await seminar()
    expect(await reader.groups.removeMember(groupId, annotator.who.account)).toMatchObject({
      ok: false,
      code: 'forbidden'
    })
    expect(await owner.groups.leave(groupId)).toMatchObject({ ok: false, code: 'last-owner' })
    expect(await owner.groups.setRole(groupId, reader.who.account, 'annotate')).toEqual({ ok: true })
    await eventually(async () => expect((await reader.groups.state()).groups[0]?.role).toBe('annotate'))
    expect(await owner.groups.removeMember(groupId, annotator.who.account)).toEqual({ ok: true })
    await eventually(async () => expect((await annotator.groups.state()).groups).toEqual([]))
    expect(await reader.groups.leave(groupId)).toEqual({ ok: true })
    expect((await reader.groups.state()).groups).toEqual([])
    // Another person's leaving is seen at the owner's next list of the groups.
    await eventually(async () =>
      expect((await owner.groups.state()).groups[0]!.members.map((member) => member.name)).toEqual(['Claire'])
    )
  })

  it('shows members’ annotations offline, from what was kept on disk', async () => {
    const { server, owner, annotator, groupId } = await seminar()
    annotator.groups.localChanges([annotator.engine.put(annotation('m1', D1, 'gardée'))])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(owner.groups, D1)).toEqual(['Marc: m1 gardée']))
    await owner.groups.close()
    await server.close()
    const again = await device(server.httpUrl, owner.who, owner.dir)
    const state = await again.groups.state()
    expect(state).toMatchObject({ available: true, offline: true })
    expect(state.groups[0]!.members.map((member) => member.name).sort()).toEqual(['Claire', 'Lin', 'Marc'])
    expect(notes(again.groups, D1)).toEqual(['Marc: m1 gardée'])
  })

  it('follows the engine to another account: the first one’s groups go, the other’s come', async () => {
    const { server, owner, annotator, groupId } = await seminar()
    annotator.groups.localChanges([annotator.engine.put(annotation('m1', D1, 'de Marc'))])
    expect(await annotator.groups.share(D1, groupId, true)).toEqual({ ok: true })
    await eventually(() => expect(notes(owner.groups, D1)).toEqual(['Marc: m1 de Marc']))
    // The same device, connected to Marc's account instead of Claire's.
    owner.engine.reconnect({ server: server.httpUrl, account: annotator.who.account, token: annotator.who.token })
    await owner.groups.settled()
    await eventually(async () => expect((await owner.groups.state()).me?.name).toBe('Marc'))
    // As Marc, the device shows others' annotations: Claire shares none, and Marc's own are not "members'".
    expect(notes(owner.groups, D1)).toEqual([])
    owner.engine.reconnect(null)
    await owner.groups.settled()
    expect(await owner.groups.state()).toEqual({ available: false, me: null, offline: false, groups: [] })
  })

  it('answers that nothing is connected while the engine has no connection', async () => {
    const folder = await dataFolder()
    const groups = createGroupSync({ dir: folder, sync: engineOf(null) })
    onCleanup(() => groups.close())
    expect(await groups.state()).toEqual({ available: false, me: null, offline: false, groups: [] })
    expect(await groups.create('Groupe')).toMatchObject({ ok: false, code: 'off' })
    expect(groups.annotations(D1)).toEqual([])
  })
})
