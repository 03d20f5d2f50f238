// Updates through electron-updater, never behind the user's back: off until a feed is set (settings or
// FOLIO_UPDATE_FEED, https only), nothing downloaded until asked, nothing installed until asked; every step
// is a state the UI shows (checking, available with its version, none, downloading, ready, error).

import type { AppUpdater } from 'electron-updater'
// The events' types are not exported from the package's root.
import type { AppUpdaterEvents } from 'electron-updater/out/AppUpdater'

/** Where the update feed may come from: the settings' value and the environment. */
export interface FeedSources {
  settingsFeed?: string | null
  env?: Readonly<Record<string, string | undefined>>
}

/** The feed in use, or why there is none. */
export type Feed = { ok: true; url: string } | { ok: false; reason: string | null }

/** The longest feed address accepted (an address, not a document). */
export const MAX_FEED_LENGTH = 2048

/**
 * The update feed: FOLIO_UPDATE_FEED when set (a deployment's or a test's choice for this launch), else the
 * settings' feed; refused unless it is an https:// address without credentials.
 */
export function resolveFeed({ settingsFeed, env = process.env }: FeedSources): Feed {
  const raw = (env.FOLIO_UPDATE_FEED ?? '').trim() || (settingsFeed ?? '').trim()
  if (raw === '') return { ok: false, reason: null }
  if (raw.length > MAX_FEED_LENGTH) return { ok: false, reason: 'L’adresse des mises à jour est trop longue.' }
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'L’adresse des mises à jour n’est pas une adresse web.' }
  }
  if (url.protocol !== 'https:')
    return { ok: false, reason: 'Les mises à jour ne se font que par une adresse https://.' }
  if (url.username || url.password)
    return { ok: false, reason: 'L’adresse des mises à jour ne doit pas contenir d’identifiants.' }
  return { ok: true, url: url.href }
}

/** What the UI shows about updates. */
export type UpdateState =
  | { status: 'off'; reason: string | null }
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'available'; version: string }
  | { status: 'none' }
  | { status: 'downloading'; version: string; percent: number }
  | { status: 'downloaded'; version: string }
  | { status: 'error'; message: string }

/** The part of electron-updater's AppUpdater used here (its autoUpdater, or a mock in tests). */
export type Updater = Pick<
  AppUpdater,
  'autoDownload' | 'autoInstallOnAppQuit' | 'setFeedURL' | 'checkForUpdates' | 'downloadUpdate' | 'quitAndInstall'
> & {
  on<E extends keyof AppUpdaterEvents>(event: E, listener: AppUpdaterEvents[E]): unknown
}

export interface Updates {
  /** The state now. */
  state(): UpdateState
  /** Looks for an update (unless one is being looked for or downloaded); resolves to the state it ends in. */
  check(): Promise<UpdateState>
  /** Downloads the update found; does nothing unless one is available. */
  download(): Promise<UpdateState>
  /** Quits and installs the downloaded update, with the installer shown; false when none is downloaded. */
  install(): boolean
}

const failed = (error: unknown): UpdateState => ({
  status: 'error',
  message: `La recherche de mise à jour a échoué : ${error instanceof Error ? error.message : String(error)}`
})

/**
 * Updates from `feed` through `updater`, telling `onState` each change. With no feed the updater is never
 * touched (electron-updater is not even loaded: pass `load`, called only when there is a feed).
 */
export async function createUpdates(
  feed: Feed,
  load: () => Promise<Updater>,
  onState: (state: UpdateState) => void = () => {}
): Promise<Updates> {
  let current: UpdateState = feed.ok ? { status: 'idle' } : { status: 'off', reason: feed.reason }
  // Read through a call: the updater's events change the state while a check or a download is awaited.
  const now = (): UpdateState => current
  const set = (next: UpdateState): UpdateState => {
    current = next
    onState(next)
    return next
  }
  if (!feed.ok) {
    const off = current
    return { state: () => off, check: async () => off, download: async () => off, install: () => false }
  }

  const updater = await load()
  updater.autoDownload = false
  updater.autoInstallOnAppQuit = false
  updater.setFeedURL({ provider: 'generic', url: feed.url })
  updater.on('checking-for-update', () => set({ status: 'checking' }))
  updater.on('update-available', ({ version }) => set({ status: 'available', version }))
  updater.on('update-not-available', () => set({ status: 'none' }))
  updater.on('download-progress', ({ percent }) => {
    if (current.status === 'downloading') set({ ...current, percent: Math.max(0, Math.min(100, percent)) })
  })
  updater.on('update-downloaded', ({ version }) => set({ status: 'downloaded', version }))
  updater.on('error', (error) => set(failed(error)))

  return {
    state: () => current,
    async check() {
      if (current.status === 'checking' || current.status === 'downloading' || current.status === 'downloaded')
        return current
      set({ status: 'checking' })
      try {
        const result = await updater.checkForUpdates()
        // No result: electron-updater is inactive (an unpackaged run); say so rather than "up to date".
        if (result === null)
          return set({ status: 'off', reason: 'Les mises à jour ne s’appliquent qu’à l’application installée.' })
        if (now().status === 'checking')
          set(
            result.isUpdateAvailable ? { status: 'available', version: result.updateInfo.version } : { status: 'none' }
          )
      } catch (error) {
        set(failed(error))
      }
      return current
    },
    async download() {
      if (current.status !== 'available') return current
      set({ status: 'downloading', version: current.version, percent: 0 })
      const { version } = current
      try {
        await updater.downloadUpdate()
        if (now().status === 'downloading') set({ status: 'downloaded', version })
      } catch (error) {
        set(failed(error))
      }
      return current
    },
    install() {
      if (current.status !== 'downloaded') return false
      // Not silent: on Windows the installer shows; the app starts again after it.
      updater.quitAndInstall(false, true)
      return true
    }
  }
}

/** electron-updater's updater for this platform, loaded only when a feed is set. */
export async function systemUpdater(): Promise<Updater> {
  const { autoUpdater } = await import('electron-updater')
  return autoUpdater
}
