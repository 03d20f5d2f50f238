import { EventEmitter } from 'node:events'
import type { UpdateCheckResult, UpdateInfo } from 'electron-updater'
import { describe, expect, it, vi } from 'vitest'
import {
  createUpdates,
  MAX_FEED_LENGTH,
  resolveFeed,
  type UpdateState,
  type Updater
} from '../../../src/main/desktop/updates'

const FEED = 'https://updates.example.org/folio/'

const info = (version: string): UpdateInfo => ({
  version,
  files: [],
  path: `Folio-${version}.AppImage`,
  sha512: '',
  releaseDate: '2026-12-01T00:00:00.000Z'
})

/** electron-updater's autoUpdater as a script: what the feed answers, no network. */
class FakeUpdater extends EventEmitter {
  autoDownload = true
  autoInstallOnAppQuit = true
  feeds: unknown[] = []
  /** The version on the feed; null when the app is up to date; an Error when the feed cannot be read. */
  latest: string | null | Error = null
  /** What electron-updater answers when it is inactive (an unpackaged run). */
  inactive = false
  downloads = 0
  installs: unknown[][] = []

  setFeedURL(options: unknown): void {
    this.feeds.push(options)
  }
  async checkForUpdates(): Promise<UpdateCheckResult | null> {
    if (this.inactive) return null
    this.emit('checking-for-update')
    await Promise.resolve()
    if (this.latest instanceof Error) {
      this.emit('error', this.latest)
      throw this.latest
    }
    const version = this.latest ?? '0.1.0'
    this.emit(this.latest === null ? 'update-not-available' : 'update-available', info(version))
    return { isUpdateAvailable: this.latest !== null, updateInfo: info(version), versionInfo: info(version) }
  }
  async downloadUpdate(): Promise<string[]> {
    this.downloads++
    for (const percent of [12.5, 50, 100]) this.emit('download-progress', { percent })
    this.emit('update-downloaded', info(String(this.latest)))
    return ['/tmp/Folio.AppImage']
  }
  quitAndInstall(...args: unknown[]): void {
    this.installs.push(args)
  }
}

async function updatesWith(fake: FakeUpdater) {
  const states: UpdateState[] = []
  const updater: Updater = fake
  const updates = await createUpdates(
    resolveFeed({ env: { FOLIO_UPDATE_FEED: FEED } }),
    async () => updater,
    (state) => states.push(state)
  )
  return { updates, states }
}

describe('the update feed', () => {
  it('is off when neither the settings nor FOLIO_UPDATE_FEED name one', () => {
    expect(resolveFeed({ env: {} })).toEqual({ ok: false, reason: null })
    expect(resolveFeed({ settingsFeed: '  ', env: { FOLIO_UPDATE_FEED: '' } })).toEqual({ ok: false, reason: null })
  })

  it('comes from the settings, or from FOLIO_UPDATE_FEED for this launch', () => {
    expect(resolveFeed({ settingsFeed: FEED, env: {} })).toEqual({ ok: true, url: FEED })
    expect(resolveFeed({ settingsFeed: 'https://other.example.org/', env: { FOLIO_UPDATE_FEED: FEED } })).toEqual({
      ok: true,
      url: FEED
    })
  })

  it.each([
    ['http://updates.example.org/', /https/],
    ['file:///etc/passwd', /https/],
    ['https://user:secret@updates.example.org/', /identifiants/],
    ['not a url', /adresse web/],
    [`https://example.org/${'a'.repeat(MAX_FEED_LENGTH)}`, /trop longue/]
  ])('refuses %s, saying why', (feed, reason) => {
    const resolved = resolveFeed({ env: { FOLIO_UPDATE_FEED: feed } })
    expect(resolved.ok).toBe(false)
    expect(resolved.ok ? '' : resolved.reason).toMatch(reason)
  })
})

describe('updates', () => {
  it('without a feed, never load electron-updater and stay off', async () => {
    const load = vi.fn(async (): Promise<Updater> => new FakeUpdater())
    const updates = await createUpdates(resolveFeed({ env: {} }), load)
    expect(await updates.check()).toEqual({ status: 'off', reason: null })
    expect(await updates.download()).toEqual({ status: 'off', reason: null })
    expect(updates.install()).toBe(false)
    expect(load).not.toHaveBeenCalled()
  })

  it('with a feed, point the updater at it and do nothing until asked', async () => {
    const fake = new FakeUpdater()
    fake.latest = '0.2.0'
    const check = vi.spyOn(fake, 'checkForUpdates')
    const { updates, states } = await updatesWith(fake)
    expect(fake.feeds).toEqual([{ provider: 'generic', url: FEED }])
    expect(fake.autoDownload).toBe(false)
    expect(fake.autoInstallOnAppQuit).toBe(false)
    expect(updates.state()).toEqual({ status: 'idle' })
    expect(check).not.toHaveBeenCalled()
    expect(states).toEqual([])
  })

  it('say they are checking, then which version is available, and download nothing by themselves', async () => {
    const fake = new FakeUpdater()
    fake.latest = '0.2.0'
    const { updates, states } = await updatesWith(fake)
    expect(await updates.check()).toEqual({ status: 'available', version: '0.2.0' })
    expect(states[0]).toEqual({ status: 'checking' })
    expect(states.at(-1)).toEqual({ status: 'available', version: '0.2.0' })
    expect(fake.downloads).toBe(0)
    expect(updates.install()).toBe(false)
    expect(fake.installs).toEqual([])
  })

  it('say so when the app is up to date, and then have nothing to download', async () => {
    const { updates } = await updatesWith(new FakeUpdater())
    expect(await updates.check()).toEqual({ status: 'none' })
    const fake = new FakeUpdater()
    const { updates: again } = await updatesWith(fake)
    await again.check()
    expect(await again.download()).toEqual({ status: 'none' })
    expect(fake.downloads).toBe(0)
  })

  it('show a feed that cannot be read as an error in French, without throwing', async () => {
    const fake = new FakeUpdater()
    fake.latest = new Error('net::ERR_NAME_NOT_RESOLVED')
    const { updates } = await updatesWith(fake)
    expect(await updates.check()).toEqual({
      status: 'error',
      message: 'La recherche de mise à jour a échoué : net::ERR_NAME_NOT_RESOLVED'
    })
  })

  it('are off in an unpackaged run, rather than claim the app is up to date', async () => {
    const fake = new FakeUpdater()
    fake.inactive = true
    const { updates } = await updatesWith(fake)
    expect(await updates.check()).toMatchObject({ status: 'off', reason: expect.stringMatching(/installée/) })
  })

  it('download when asked, showing progress, and install only when asked, with the installer shown', async () => {
    const fake = new FakeUpdater()
    fake.latest = '0.2.0'
    const { updates, states } = await updatesWith(fake)
    await updates.check()
    expect(await updates.download()).toEqual({ status: 'downloaded', version: '0.2.0' })
    expect(fake.downloads).toBe(1)
    expect(states.filter((state) => state.status === 'downloading').map((state) => state.percent)).toEqual([
      0, 12.5, 50, 100
    ])
    expect(fake.installs).toEqual([])
    expect(updates.install()).toBe(true)
    // isSilent false: the installer is shown; isForceRunAfter true: Folio starts again after it.
    expect(fake.installs).toEqual([[false, true]])
  })
})
