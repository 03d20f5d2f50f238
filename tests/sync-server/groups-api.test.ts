// The groups API over HTTP, as a client calls it: create, list with members, invite by code, join, leave,
// remove a member (whose open connections to the group close at once), change a role (applied at once to what
// is open); and the refusals a client must be able to tell apart, each a JSON error with its status.

import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { api, dataFolder, eventually, groupOf, mustOpen, openDocument, person, startServer } from './helpers'

describe('the groups API', () => {
  it('creates a group, invites by a single-use code, lists members with names and roles', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'Alice')
    const bob = await person(dataDir, 'Bob')
    const carol = await person(dataDir, 'Carol')

    const created = await api(server.httpUrl, 'POST', '/groups', alice.token, { name: 'Séminaire 1950' })
    expect(created.status).toBe(201)
    const group = created.body.group as { id: string }
    expect(created.body.group).toEqual({
      id: group.id,
      name: 'Séminaire 1950',
      role: 'owner',
      members: [{ account: alice.account, name: 'Alice', role: 'owner' }]
    })

    const invite = await api(server.httpUrl, 'POST', `/groups/${group.id}/invites`, alice.token, { role: 'annotate' })
    expect(invite.status).toBe(201)
    expect(invite.body).toMatchObject({ role: 'annotate', code: expect.stringMatching(/^[A-Za-z0-9_-]{22}$/) })
    const inDays = (Date.parse(invite.body.expiresAt as string) - Date.now()) / 86_400_000
    expect(inDays).toBeGreaterThan(6.9)
    expect(inDays).toBeLessThanOrEqual(7)

    const joined = await api(server.httpUrl, 'POST', '/groups/join', bob.token, { code: invite.body.code })
    expect(joined.status).toBe(200)
    expect((joined.body.group as { role: string }).role).toBe('annotate')
    // The code served once: Carol cannot use it again.
    const again = await api(server.httpUrl, 'POST', '/groups/join', carol.token, { code: invite.body.code })
    expect(again).toMatchObject({ status: 404, body: { error: 'bad-code' } })

    const listed = await api(server.httpUrl, 'GET', '/groups', bob.token)
    expect(listed).toEqual({
      status: 200,
      body: {
        groups: [
          {
            id: group.id,
            name: 'Séminaire 1950',
            role: 'annotate',
            members: [
              { account: alice.account, name: 'Alice', role: 'owner' },
              { account: bob.account, name: 'Bob', role: 'annotate' }
            ]
          }
        ]
      }
    })
    expect(await api(server.httpUrl, 'GET', '/groups', carol.token)).toEqual({ status: 200, body: { groups: [] } })
    expect(await api(server.httpUrl, 'GET', '/me', carol.token)).toEqual({
      status: 200,
      body: { account: carol.account, name: 'Carol', expiresAt: null }
    })
  })

  it('lets only an owner invite, remove and change roles', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const bob = await person(dataDir, 'bob')
    const carol = await person(dataDir, 'carol')
    const stranger = await person(dataDir, 'stranger')
    const group = await groupOf(server.httpUrl, owner, [
      { who: bob, role: 'annotate' },
      { who: carol, role: 'read' }
    ])
    const forbidden = { status: 403, body: { error: 'forbidden' } }
    expect(await api(server.httpUrl, 'POST', `/groups/${group}/invites`, bob.token, { role: 'owner' })).toMatchObject(
      forbidden
    )
    expect(await api(server.httpUrl, 'DELETE', `/groups/${group}/members/${carol.account}`, bob.token)).toMatchObject(
      forbidden
    )
    expect(
      await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${bob.account}`, bob.token, { role: 'owner' })
    ).toMatchObject(forbidden)
    // Someone outside the group learns nothing of it, not even that it exists.
    expect(
      await api(server.httpUrl, 'POST', `/groups/${group}/invites`, stranger.token, { role: 'read' })
    ).toMatchObject({
      status: 404,
      body: { error: 'not-found' }
    })
    // A group keeps an owner: the last one can neither leave while others remain nor step down.
    expect(await api(server.httpUrl, 'POST', `/groups/${group}/leave`, owner.token)).toMatchObject({
      status: 409,
      body: { error: 'last-owner' }
    })
    expect(
      await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${owner.account}`, owner.token, { role: 'read' })
    ).toMatchObject({ status: 409, body: { error: 'last-owner' } })
  })

  it('closes a removed member’s connections to the group, and refuses them after', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const bob = await person(dataDir, 'bob')
    const group = await groupOf(server.httpUrl, owner, [{ who: bob, role: 'annotate' }])
    const bobsOwn = await mustOpen(server.url, `group:${group}:${bob.account}`, bob.token)
    const bobReadsOwner = await mustOpen(server.url, `group:${group}:${owner.account}`, bob.token)
    const ownerReadsBob = await mustOpen(server.url, `group:${group}:${bob.account}`, owner.token)
    const bobsPrivate = await mustOpen(server.url, `account:${bob.account}`, bob.token)

    const removed = await api(server.httpUrl, 'DELETE', `/groups/${group}/members/${bob.account}`, owner.token)
    expect(removed.status).toBe(200)
    expect((removed.body.group as { members: unknown[] }).members).toHaveLength(1)
    expect(await bobsOwn.closed).toBe('forbidden')
    expect(await bobReadsOwner.closed).toBe('forbidden')
    // His annotations left the group with him: the owner's view of them is closed too.
    expect(await ownerReadsBob.closed).toBe('forbidden')
    expect(await openDocument(server.url, `group:${group}:${owner.account}`, bob.token)).toEqual({
      ok: false,
      reason: 'forbidden'
    })
    // His private data is none of the group's business: still open, still syncing.
    bobsPrivate.annotations.set('p1', { note: 'à moi' })
    const elsewhere = await mustOpen(server.url, `account:${bob.account}`, bob.token)
    await eventually(() => expect(elsewhere.annotations.get('p1')).toEqual({ note: 'à moi' }))
  })

  it('applies a role change to open connections at once', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const bob = await person(dataDir, 'bob')
    const group = await groupOf(server.httpUrl, owner, [{ who: bob, role: 'annotate' }])
    const name = `group:${group}:${bob.account}`
    const bobWrites = await mustOpen(server.url, name, bob.token)
    const ownerReads = await mustOpen(server.url, name, owner.token)
    bobWrites.annotations.set('b1', { note: 'avant' })
    await eventually(() => expect(ownerReads.annotations.get('b1')).toEqual({ note: 'avant' }))

    const changed = await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${bob.account}`, owner.token, {
      role: 'read'
    })
    expect(changed.status).toBe(200)
    bobWrites.annotations.set('b2', { note: 'après, en lecture seule' })
    await eventually(() => expect(bobWrites.refusedWrites()).toBe(1))
    // Bob still reads the group: the owner's own document reaches him, his writes no longer reach anyone.
    const ownerWrites = await mustOpen(server.url, `group:${group}:${owner.account}`, owner.token)
    const bobReads = await mustOpen(server.url, `group:${group}:${owner.account}`, bob.token)
    ownerWrites.annotations.set('o1', { note: 'marque' })
    await eventually(() => expect(bobReads.annotations.get('o1')).toEqual({ note: 'marque' }))
    const fresh = await mustOpen(server.url, name, owner.token)
    expect(fresh.annotations.toJSON()).toEqual({ b1: { note: 'avant' } })

    // Made annotator again, he writes through the same connection; what his client kept of his read-only time
    // comes with it (the server had dropped it, his client had not).
    const restored = await api(server.httpUrl, 'PATCH', `/groups/${group}/members/${bob.account}`, owner.token, {
      role: 'annotate'
    })
    expect(restored.status).toBe(200)
    bobWrites.annotations.set('b3', { note: 'de nouveau annotateur' })
    await eventually(() => expect(fresh.annotations.get('b3')).toEqual({ note: 'de nouveau annotateur' }))
    expect(fresh.annotations.get('b2')).toEqual({ note: 'après, en lecture seule' })
  })

  it('lets a member leave, and removes a group its last member leaves', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const owner = await person(dataDir, 'owner')
    const bob = await person(dataDir, 'bob')
    const group = await groupOf(server.httpUrl, owner, [{ who: bob, role: 'read' }])
    const open = await mustOpen(server.url, `group:${group}:${owner.account}`, bob.token)
    expect(await api(server.httpUrl, 'POST', `/groups/${group}/leave`, bob.token)).toEqual({
      status: 200,
      body: { left: group }
    })
    expect(await open.closed).toBe('forbidden')
    expect((await api(server.httpUrl, 'GET', '/groups', bob.token)).body.groups).toEqual([])
    expect((await api(server.httpUrl, 'POST', `/groups/${group}/leave`, owner.token)).status).toBe(200)
    expect((await api(server.httpUrl, 'GET', '/groups', owner.token)).body.groups).toEqual([])
  })

  it('answers bad requests with a clear JSON error and status', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const url = server.httpUrl
    expect(await api(url, 'GET', '/groups')).toMatchObject({ status: 401, body: { error: 'token' } })
    expect(await api(url, 'GET', '/groups', 'wrong')).toMatchObject({ status: 401, body: { error: 'token' } })
    expect(await api(url, 'POST', '/groups', alice.token, '{"name": ')).toMatchObject({
      status: 400,
      body: { error: 'malformed' }
    })
    expect(await api(url, 'POST', '/groups', alice.token, { name: '' })).toMatchObject({
      status: 400,
      body: { error: 'invalid', message: expect.stringContaining('name') }
    })
    expect(await api(url, 'POST', '/groups', alice.token, { name: 'ok', admin: true })).toMatchObject({
      status: 400,
      body: { error: 'invalid' }
    })
    expect(await api(url, 'POST', '/groups', alice.token, { name: 'a\u0000b' })).toMatchObject({
      status: 400,
      body: { error: 'invalid' }
    })
    expect(await api(url, 'POST', '/groups/join', alice.token, { code: 'x'.repeat(22) })).toMatchObject({
      status: 404,
      body: { error: 'bad-code' }
    })
    expect(await api(url, 'POST', '/groups/join', alice.token, { code: '../../etc' })).toMatchObject({
      status: 400,
      body: { error: 'invalid' }
    })
    expect(await api(url, 'POST', '/groups', alice.token, { name: 'x'.repeat(70 * 1024) })).toMatchObject({
      status: 413,
      body: { error: 'too-large' }
    })
    expect(await api(url, 'PUT', '/groups', alice.token, {})).toMatchObject({ status: 405, body: { error: 'method' } })
    expect(await api(url, 'GET', '/nothing', alice.token)).toMatchObject({ status: 404, body: { error: 'not-found' } })
    const created = await api(url, 'POST', '/groups', alice.token, { name: 'g' })
    const id = (created.body.group as { id: string }).id
    expect(await api(url, 'POST', `/groups/${id}/invites`, alice.token, { role: 'admin' })).toMatchObject({
      status: 400,
      body: { error: 'invalid' }
    })
    expect(
      await api(url, 'POST', `/groups/${id}/invites`, alice.token, { role: 'read', expiresInDays: 365 })
    ).toMatchObject({ status: 400, body: { error: 'invalid' } })
  })

  it('refuses a body sent without a declared length past 64 KB without reading it all', async () => {
    const dataDir = await dataFolder()
    const server = await startServer({ dataDir })
    const alice = await person(dataDir, 'alice')
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${server.httpUrl}/groups`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${alice.token}`, 'Content-Type': 'application/json' }
      })
      req.on('response', (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }))
      })
      req.on('error', reject)
      // Chunked, 1 MB in all: the server answers after 64 KB and closes the connection.
      const chunk = Buffer.alloc(16 * 1024, 'a')
      for (let i = 0; i < 64; i++) req.write(chunk)
      req.end()
    })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'too-large' })
  })
})
