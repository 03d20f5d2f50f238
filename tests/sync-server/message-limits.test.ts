// The envelope reader that sits before Hocuspocus: it must never throw, whatever the bytes, and reads only the
// first few of them, so a message of any size costs the same to sort.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { carriesContent, readEnvelope, updateDecodes } from '../../src/sync-server/message-limits'
import { varBytes, varUint } from './helpers'

const message = (...parts: number[][]) => Uint8Array.from(parts.flat())

describe('readEnvelope', () => {
  it('reads the document name, the type and the sync step', () => {
    const update = Y.encodeStateAsUpdate(new Y.Doc())
    const data = message(varBytes('account:0123456789abcdef'), varUint(0), varUint(2), varBytes(update))
    expect(readEnvelope(data)).toMatchObject({ documentName: 'account:0123456789abcdef', type: 0, syncStep: 2 })
    expect(carriesContent(readEnvelope(data)!)).toBe(true)
    expect(updateDecodes(data, readEnvelope(data)!)).toBe(true)
  })

  it('refuses names that are not UTF-8, cut short, or longer than any document name', () => {
    expect(readEnvelope(Uint8Array.from([2, 0xc3, 0x28, 0]))).toBeNull()
    expect(readEnvelope(Uint8Array.from([10, 0x61]))).toBeNull()
    expect(readEnvelope(message(varBytes('x'.repeat(300)), varUint(0)))).toBeNull()
    expect(readEnvelope(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff]))).toBeNull()
  })

  it('never throws, on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const envelope = readEnvelope(bytes)
        if (envelope) expect(typeof updateDecodes(bytes, envelope)).toBe('boolean')
      }),
      { numRuns: 2000 }
    )
  })

  it('reads no more of a large message than of a small one', () => {
    // A 16 MB message behind a proxy that counts the bytes the reader looks at one by one: a handful.
    const head = message(varBytes('account:0123456789abcdef'), varUint(1))
    const data = new Uint8Array(16 * 1024 * 1024)
    data.set(head)
    let touched = 0
    const counting = new Proxy(data, {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) touched++
        const value: unknown = Reflect.get(target, key, target)
        return typeof value === 'function' ? value.bind(target) : value
      }
    })
    expect(readEnvelope(counting)).toMatchObject({ type: 1 })
    expect(touched).toBeLessThan(16)
  })
})
