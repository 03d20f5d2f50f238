// Documents kept on disk: a server stopped and started again on the same data folder gives every client its
// data back, private and shared; and the file layout the documentation describes.

import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dataFolder, eventually, groupOf, mustOpen, person, startServer } from './helpers'

describe('documents on disk', () => {
  it('come back whole after a restart', async () => {
    const dataDir = await dataFolder()
    const alice = await person(dataDir, 'alice')
    const bob = await person(dataDir, 'bob')
    const before = await startServer({ dataDir })
    const group = await groupOf(before.httpUrl, alice, [{ who: bob, role: 'annotate' }])
    const privateDoc = await mustOpen(before.url, `account:${alice.account}`, alice.token)
    const sharedDoc = await mustOpen(before.url, `group:${group}:${bob.account}`, bob.token)
    privateDoc.doc.transact(() => {
      for (let i = 0; i < 500; i++) privateDoc.annotations.set(`a${i}`, { note: `note ${i}`, color: 'yellow' })
    })
    sharedDoc.annotations.set('b1', { note: 'partagée' })
    privateDoc.doc.getMap('settings').set('theme', 'sepia')
    // Once the server has acknowledged them, closing it stores them: none waits for the debounce.
    await eventually(() =>
      expect([privateDoc, sharedDoc].map((open) => open.provider.hasUnsyncedChanges)).toEqual([false, false])
    )
    await before.close()

    const after = await startServer({ dataDir })
    const laptop = await mustOpen(after.url, `account:${alice.account}`, alice.token)
    expect(laptop.annotations.size).toBe(500)
    expect(laptop.annotations.get('a499')).toEqual({ note: 'note 499', color: 'yellow' })
    expect(laptop.doc.getMap('settings').get('theme')).toBe('sepia')
    const alicesView = await mustOpen(after.url, `group:${group}:${bob.account}`, alice.token)
    expect(alicesView.annotations.toJSON()).toEqual({ b1: { note: 'partagée' } })

    expect((await readdir(join(dataDir, 'docs', 'account'))).sort()).toEqual([`${alice.account}.ydoc`])
    expect(await readdir(join(dataDir, 'docs', 'group', group))).toEqual([`${bob.account}.ydoc`])
    expect((await readdir(dataDir)).sort()).toEqual(['accounts.json', 'docs', 'groups.json', 'server.pid'])
  })
})
