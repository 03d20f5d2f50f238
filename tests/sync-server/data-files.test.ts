// The accounts and groups files changed by several processes at once (the command line and the instances sharing
// a data folder): every change kept, the file always whole, and a lock left by a killed process not blocking.

import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { accountBook, createAccount, listAccounts } from '../../src/sync-server/accounts'
import { groupBook, MAX_GROUPS_PER_ACCOUNT } from '../../src/sync-server/groups'
import { dataFolder } from './helpers'

describe('the data files', () => {
  it('keep every one of many changes made at once', async () => {
    const dataDir = await dataFolder()
    const made = await Promise.all(Array.from({ length: 20 }, (_, i) => createAccount(dataDir, `user ${i}`)))
    expect((await listAccounts(dataDir)).map((entry) => entry.account).sort()).toEqual(
      made.map((entry) => entry.account).sort()
    )
    // Two books stand for two server instances on the same folder.
    const [one, two] = [groupBook(dataDir), groupBook(dataDir)]
    await Promise.all(made.map((entry, i) => (i % 2 ? one : two).create(entry.account, `groupe ${i}`)))
    expect((await one.all()).map((group) => group.name).sort()).toEqual(made.map((_, i) => `groupe ${i}`).sort())
    expect(JSON.parse(await readFile(join(dataDir, 'groups.json'), 'utf8')).groups).toHaveLength(20)
  })

  it('keep an account to 200 groups, made or joined', async () => {
    const dataDir = await dataFolder()
    const [alice, bob] = [await createAccount(dataDir, 'alice'), await createAccount(dataDir, 'bob')]
    const book = groupBook(dataDir)
    for (let i = 0; i < MAX_GROUPS_PER_ACCOUNT; i++) await book.create(alice.account, `g${i}`)
    await expect(book.create(alice.account, 'one more')).rejects.toMatchObject({ status: 409, code: 'too-many-groups' })
    const bobs = await book.create(bob.account, 'de Bob')
    const { code } = await book.invite(bob.account, bobs.id, 'read', 1)
    await expect(book.join(alice.account, code)).rejects.toMatchObject({ code: 'too-many-groups' })
    // Leaving one makes room again.
    await book.leave(alice.account, (await book.all())[0]!.id)
    expect((await book.join(alice.account, code)).members.map((member) => member.account)).toContain(alice.account)
  })

  it('take over a lock left by a process that died holding it', async () => {
    const dataDir = await dataFolder()
    const lock = join(dataDir, 'accounts.json.lock')
    await mkdir(lock)
    const longAgo = new Date(Date.now() - 60_000)
    await utimes(lock, longAgo, longAgo)
    const made = await createAccount(dataDir, 'after the crash')
    expect((await listAccounts(dataDir)).map((entry) => entry.account)).toEqual([made.account])
  })

  it('never store a token, and tell a wrong token from an expired one', async () => {
    const dataDir = await dataFolder()
    const current = await createAccount(dataDir, 'current', { expiresInDays: 30 })
    const stale = await createAccount(dataDir, 'stale', { expiresInDays: 1 })
    const text = await readFile(join(dataDir, 'accounts.json'), 'utf8')
    expect(text).not.toContain(current.token)
    expect(text).not.toContain(stale.token)
    const file = JSON.parse(text)
    file.accounts[1].expiresAt = new Date(Date.now() - 1).toISOString()
    await writeFile(join(dataDir, 'accounts.json'), JSON.stringify(file))
    const book = accountBook(dataDir)
    expect(await book.check(current.token)).toMatchObject({ ok: true, account: { id: current.account } })
    expect(await book.check(stale.token)).toEqual({ ok: false, reason: 'expired' })
    expect(await book.check(`${current.token}x`)).toEqual({ ok: false, reason: 'token' })
    expect(await book.check('x'.repeat(100_000))).toEqual({ ok: false, reason: 'token' })
  })

  it('refuse a damaged file rather than start from nothing', async () => {
    const dataDir = await dataFolder()
    await writeFile(join(dataDir, 'groups.json'), '{"version": 1, "groups": [{"id": "x"}]}')
    await expect(groupBook(dataDir).all()).rejects.toThrow(/not a file this server wrote/)
  })
})
