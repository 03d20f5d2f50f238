import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import packageJson from '../../../package.json'
import { tempDirsPerTest } from '../../fixtures/temp-dirs'

const tempDir = tempDirsPerTest()
const script = join(__dirname, '../../../scripts/start.mjs')

/** Runs `npm start`'s script against a stand-in for node_modules/electron, printing its commands only. */
function start(electronDir: string, env: Record<string, string> = {}) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _, ...inherited } = process.env
  const result = spawnSync(process.execPath, [script], {
    env: { ...inherited, FOLIO_ELECTRON_DIR: electronDir, FOLIO_START_DRY_RUN: '1', ...env },
    encoding: 'utf8'
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** An electron package as npm leaves it: its package.json, and the program if the download worked. */
function electronPackage(downloaded: 'yes' | 'no path.txt' | 'no program') {
  const dir = tempDir('folio-electron-')
  writeFileSync(join(dir, 'package.json'), '{"name":"electron"}')
  if (downloaded === 'no path.txt') return dir
  writeFileSync(join(dir, 'path.txt'), 'electron')
  if (downloaded === 'yes') {
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'electron'), '')
  }
  return dir
}

/** What a new user must be told: what is missing, the command, and that it downloads from Electron's host. */
function expectExplained(stderr: string) {
  expect(stderr).toContain('node ')
  expect(stderr).toMatch(/install\.js`/)
  expect(stderr).toContain('github.com')
  expect(stderr).toContain('ELECTRON_MIRROR')
  // One paragraph, no stack trace.
  expect(stderr.trim().split('\n')).toHaveLength(1)
  expect(stderr).not.toMatch(/\n\s+at |Error:/)
}

describe('npm start', () => {
  it('is this script', () => {
    expect(packageJson.scripts.start).toBe('node scripts/start.mjs')
  })

  it.each(['no path.txt', 'no program'] as const)(
    'explains in one paragraph what is missing and how to install it, and exits with 1 (%s)',
    (state) => {
      const { status, stdout, stderr } = start(electronPackage(state))
      expect(status).toBe(1)
      expect(stdout).toBe('')
      expectExplained(stderr)
      expect(stderr).toMatch(state === 'no path.txt' ? /never downloaded/ : /program is missing \(expected at .*dist/)
    }
  )

  it('says so when the electron package itself is not installed', () => {
    const { status, stderr } = start(join(tempDir('folio-no-electron-'), 'electron'))
    expect(status).toBe(1)
    expect(stderr).toContain('npm install')
  })

  it('builds then opens Folio when Electron’s program is there', () => {
    const { status, stdout, stderr } = start(electronPackage('yes'))
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.trim().split('\n')).toEqual(['electron-vite build', 'electron-vite preview'])
  })

  it('finds the program where ELECTRON_OVERRIDE_DIST_PATH puts it, as Electron does', () => {
    const dir = electronPackage('no program')
    const override = tempDir('folio-override-')
    expect(start(dir, { ELECTRON_OVERRIDE_DIST_PATH: override }).status).toBe(1)
    writeFileSync(join(override, 'electron'), '')
    expect(start(dir, { ELECTRON_OVERRIDE_DIST_PATH: override }).status).toBe(0)
  })
})
