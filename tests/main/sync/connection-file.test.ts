// The connection a device reconnects with at start: its token never stored in clear when the platform protects it,
// and a saved token that no longer reads (another keychain, a damaged file) shown as refused, never sent.

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadConnection, saveConnection, type TokenProtection } from '../../../src/main/sync/connection-file'
import { createSyncEngine } from '../../../src/main/sync/sync-engine'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
const connection = { server: 'https://sync.example.org', account: '0123456789abcdef', token: 'x7Qm-secret-token' }
/** A stand-in for safeStorage: reversible, and visibly not the token. */
const reversed: TokenProtection = {
  encrypt: (token) => [...token].reverse().join(''),
  decrypt: (stored) => [...stored].reverse().join('')
}

describe('the saved connection', () => {
  it('keeps the token only as the protection made it, and reads it back', async () => {
    const dir = tempDir('folio-sync-connection-')
    await saveConnection(dir, connection, reversed)
    expect(readFileSync(join(dir, 'connection.json'), 'utf8')).not.toContain(connection.token)
    expect(await loadConnection(dir, reversed)).toEqual(connection)
  })

  it('reads as undecryptable a protected token without its protection, a damaged file, or a bad address', async () => {
    const dir = tempDir('folio-sync-connection-')
    await saveConnection(dir, connection, reversed)
    expect(await loadConnection(dir, null)).toBe('undecryptable')
    const failing: TokenProtection = {
      ...reversed,
      decrypt: () => {
        throw new Error('keychain locked')
      }
    }
    expect(await loadConnection(dir, failing)).toBe('undecryptable')
    writeFileSync(join(dir, 'connection.json'), '{"version":1,')
    expect(await loadConnection(dir, reversed)).toBe('undecryptable')
    await saveConnection(dir, { ...connection, server: 'file:///etc/passwd' }, null)
    expect(await loadConnection(dir, null)).toBe('undecryptable')
  })

  it('makes the engine say refused, with the connection, when the saved token no longer reads', async () => {
    const dir = tempDir('folio-sync-connection-')
    await saveConnection(dir, connection, reversed)
    const engine = createSyncEngine({ dir, protection: null })
    await engine.ready
    expect(engine.state()).toEqual({
      connection: { server: connection.server, account: connection.account },
      status: { state: 'refused', reason: 'other', message: expect.stringContaining('connectez-le à nouveau') }
    })
    expect(engine.credentials()).toBeNull()
    await engine.close()
  })
})
