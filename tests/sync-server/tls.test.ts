// The server given a certificate: wss:// and https:// on one port, with a self-signed certificate made by
// openssl for 127.0.0.1 and trusted by the client as its CA; a client that does not trust it is not served.

import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { get } from 'node:https'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { dataFolder, eventually, openDocument, person, startServer } from './helpers'

const run = promisify(execFile)

async function selfSigned(dir: string): Promise<{ cert: string; key: string }> {
  const cert = join(dir, 'cert.pem')
  const key = join(dir, 'key.pem')
  await run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=127.0.0.1',
      '-days',
      '1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert
    ],
    { timeout: 30_000 }
  )
  return { cert, key }
}

function httpsJson(url: string, ca: Buffer): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (response) => {
      let text = ''
      response.on('data', (chunk: Buffer) => (text += chunk.toString()))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }))
    }).on('error', reject)
  })
}

describe('the sync server over TLS', () => {
  it('serves wss:// and https:// with the certificate it was given', { timeout: 30_000 }, async () => {
    const dataDir = await dataFolder()
    const { cert, key } = await selfSigned(dataDir)
    const server = await startServer({ dataDir, cert, key })
    expect(server.url).toBe(`wss://127.0.0.1:${server.port}`)
    expect(server.httpUrl).toBe(`https://127.0.0.1:${server.port}`)
    const ca = await readFile(cert)
    expect(await httpsJson(`${server.httpUrl}/health`, ca)).toMatchObject({ status: 200, body: { ok: true } })

    // The client trusts this certificate as its CA (a real one would be a public CA's, trusted by default).
    class TrustingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { ca })
      }
    }
    const alice = await person(dataDir, 'alice')
    const name = `account:${alice.account}`
    const one = await openDocument(server.url, name, alice.token, { WebSocket: TrustingWebSocket })
    const two = await openDocument(server.url, name, alice.token, { WebSocket: TrustingWebSocket })
    if (!one.ok || !two.ok) throw new Error('refused over TLS')
    one.open.annotations.set('a', 'chiffrée en route')
    await eventually(() => expect(two.open.annotations.get('a')).toBe('chiffrée en route'))

    // A client that does not trust the certificate never gets to talk to the server.
    const untrusting = new WebSocket(server.url)
    const failure = await new Promise<string>((resolve) => untrusting.on('error', (error) => resolve(error.message)))
    expect(failure).toMatch(/self.signed|certificate/i)
  })
})
