import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FOLIO_FUSES, folioFuseConfig, packedBinaryPath, type PackedApp } from '../../../src/main/desktop/fuses'

// The hook electron-builder runs, loaded as electron-builder loads it (CommonJS).
const afterPack = createRequire(import.meta.url)('../../../build/after-pack.cjs') as (app: PackedApp) => Promise<void>

/** @electron/fuses' sentinel (its src/constants.ts): the fuse wire follows it as version, length, one byte a fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
// @electron/fuses' FuseState: ENABLE '1', DISABLE '0' (not exported by the package).
const ON = 0x31
const OFF = 0x30
// Electron's own defaults: Node mode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off.
const ELECTRON_DEFAULTS = [ON, OFF, ON, ON, OFF, OFF, OFF, ON]

/** A stand-in for an Electron binary: machine code around one fuse wire per slice (two in a universal build). */
function fakeBinary(slices = 1): Buffer {
  const code = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256))
  const wire = Buffer.concat([
    Buffer.from(SENTINEL, 'latin1'),
    Buffer.from([1, ELECTRON_DEFAULTS.length]),
    Buffer.from(ELECTRON_DEFAULTS)
  ])
  return Buffer.concat(
    Array.from({ length: slices }, () => [code, wire])
      .flat()
      .concat(code)
  )
}

let outDir = ''
beforeEach(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'folio-fuses-'))
})
afterEach(() => rm(outDir, { recursive: true, force: true }))

const packed = (electronPlatformName: string): PackedApp => ({
  appOutDir: outDir,
  electronPlatformName,
  packager: { appInfo: { productFilename: 'Folio' }, executableName: 'folio' }
})

async function writeBinary(file: string, slices = 1): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, fakeBinary(slices))
}

describe('Electron fuses of the packaged app', () => {
  it('turn off Node mode, NODE_OPTIONS and --inspect, and turn on cookie encryption and ASAR-only, checked loading', () => {
    expect(FOLIO_FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true
    })
    const config = folioFuseConfig()
    expect(config[FuseV1Options.RunAsNode]).toBe(false)
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
  })

  it('are written into the binary each platform runs', () => {
    expect(packedBinaryPath(packed('linux'))).toBe(join(outDir, 'folio'))
    expect(packedBinaryPath(packed('win32'))).toBe(join(outDir, 'Folio.exe'))
    expect(packedBinaryPath(packed('darwin'))).toBe(join(outDir, 'Folio.app'))
    expect(() => packedBinaryPath(packed('beos'))).toThrow(/Plateforme inconnue/)
  })

  it.each([
    ['linux', 'folio'],
    ['win32', 'Folio.exe'],
    ['darwin', 'Folio.app/Contents/Frameworks/Electron Framework.framework/Electron Framework']
  ])('are flipped by the afterPack hook in a %s binary, and nothing else in it changes', async (platform, file) => {
    const binary = join(outDir, file)
    await writeBinary(binary)
    const before = await readFile(binary)

    await afterPack(packed(platform))

    const wire = await getCurrentFuseWire(binary.includes('.app') ? join(outDir, 'Folio.app') : binary)
    expect(wire[FuseV1Options.RunAsNode]).toBe(OFF)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ON)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(OFF)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(OFF)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ON)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ON)
    // The fuses Folio does not name keep Electron's defaults.
    expect(wire[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(OFF)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(ON)

    const after = await readFile(binary)
    expect(after.length).toBe(before.length)
    const wireStart = before.indexOf(SENTINEL) + SENTINEL.length + 2
    const changed = [...after.keys()].filter((i) => after[i] !== before[i])
    expect(changed).toEqual([0, 1, 2, 3, 4, 5].map((fuse) => wireStart + fuse))
  })

  it('are flipped in both slices of a universal macOS binary', async () => {
    await writeBinary(join(outDir, 'Folio.app/Contents/Frameworks/Electron Framework.framework/Electron Framework'), 2)
    const { flipFolioFuses } = await import('../../../src/main/desktop/fuses')
    await expect(flipFolioFuses(packed('darwin'))).resolves.toBe(2)
  })

  it('stop the packaging when the binary has no fuse wire, rather than ship an app without them', async () => {
    await writeFile(join(outDir, 'folio'), Buffer.from('not electron'))
    await expect(afterPack(packed('linux'))).rejects.toThrow(/sentinel/)
  })
})
