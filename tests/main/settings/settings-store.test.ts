import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SettingsStore } from '../../../src/main/settings/settings-store'
import { DEFAULT_SETTINGS, mainSettings, type MainSettings } from '../../../src/shared/settings/settings'

const DEFAULTS = mainSettings(DEFAULT_SETTINGS)

describe('main’s copy of the settings', () => {
  let dir: string
  let file: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'folio-settings-'))
    file = join(dir, 'settings.json')
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('starts from the defaults, then keeps what the renderer reports across restarts', async () => {
    const first = new SettingsStore(file)
    expect(await first.get()).toEqual(DEFAULTS)
    const chosen: MainSettings = {
      theme: 'sepia',
      fontSize: 22,
      lineWidth: 60,
      language: 'en',
      openDocument: 'u-0123456789abcdef',
      zoom: 1.5
    }
    await first.remember(chosen)
    expect(await first.get()).toEqual(chosen)
    expect(await new SettingsStore(file).get()).toEqual(chosen)
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('writes reports in order, so the last one wins on disk', async () => {
    const store = new SettingsStore(file)
    await Promise.all([18, 19, 20, 21].map((fontSize) => store.remember({ ...DEFAULT_SETTINGS, fontSize })))
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ fontSize: 21 })
  })

  it("reads a file written before the open document and the zoom were kept (the archive's first, 100 %)", async () => {
    writeFileSync(file, JSON.stringify({ theme: 'dark', fontSize: 20, lineWidth: 60, language: 'en' }))
    expect(await new SettingsStore(file).get()).toEqual({
      theme: 'dark',
      fontSize: 20,
      lineWidth: 60,
      language: 'en',
      openDocument: null,
      zoom: 1
    })
  })

  it('tells its listeners of a report that changes the settings, and of no other', async () => {
    const store = new SettingsStore(file)
    const heard: number[] = []
    const stop = store.onChange((settings) => heard.push(settings.zoom))
    await store.remember({ ...DEFAULTS, zoom: 1.25 })
    await store.remember({ ...DEFAULTS, zoom: 1.25 })
    await store.remember({ ...DEFAULTS, zoom: 2 })
    stop()
    await store.remember({ ...DEFAULTS, zoom: 0.5 })
    expect(heard).toEqual([1.25, 2])
  })

  it('keeps only its own part of the settings (the citation style stays in IndexedDB alone)', async () => {
    const store = new SettingsStore(file)
    await store.remember({ ...DEFAULT_SETTINGS, citationStyle: 'mla', language: 'en' } as MainSettings)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...DEFAULTS, language: 'en' })
    expect(await new SettingsStore(file).get()).toEqual({ ...DEFAULTS, language: 'en' })
  })

  it.each([
    ['truncated JSON', '{"theme":"dark"'],
    ['a field out of range', JSON.stringify({ ...DEFAULT_SETTINGS, fontSize: 900 })],
    ['an unknown language', JSON.stringify({ ...DEFAULT_SETTINGS, language: 'xx' })],
    ['a zoom beyond 200 %', JSON.stringify({ ...DEFAULTS, zoom: 5 })],
    ['not an object', '"dark"']
  ])('falls back to the defaults on %s, keeping the damaged file aside', async (_name, content) => {
    writeFileSync(file, content)
    const store = new SettingsStore(file)
    expect(await store.get()).toEqual(DEFAULTS)
    await store.remember({ ...DEFAULTS, theme: 'dark' })
    const aside = readdirSync(dir).filter((name) => name.startsWith('settings.json.damaged-'))
    expect(aside).toHaveLength(1)
    expect(readFileSync(join(dir, aside[0] ?? ''), 'utf8')).toBe(content)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ theme: 'dark' })
  })

  it('reads a file saved with a UTF-8 byte order mark (as Windows editors do)', async () => {
    const chosen: MainSettings = { ...DEFAULTS, theme: 'sepia', fontSize: 20, language: 'en' }
    writeFileSync(file, `\ufeff${JSON.stringify(chosen)}`)
    expect(await new SettingsStore(file).get()).toEqual(chosen)
    expect(readdirSync(dir)).toEqual(['settings.json'])
  })

  it('keeps the settings in memory when the file cannot be written, and says so', async () => {
    writeFileSync(join(dir, 'a-file'), 'x')
    const store = new SettingsStore(join(dir, 'a-file', 'settings.json'))
    const chosen: MainSettings = { ...DEFAULTS, theme: 'dark' }
    await expect(store.remember(chosen)).rejects.toThrow()
    expect(await store.get()).toEqual(chosen)
  })
})
