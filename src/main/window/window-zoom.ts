// The window's zoom follows the user's zoom setting: main applies it to every window (Electron's
// webContents.setZoomFactor) when the renderer reports a change, and gives it to each new window.

import type { MainSettings } from '../../shared/settings/settings'
import { validZoom } from '../../shared/settings/zoom'

/** What main zooms: an Electron webContents (or, in the E2E harness, a page's emulated metrics). */
export interface Zoomable {
  getZoomFactor(): number
  setZoomFactor(factor: number): void
}

/** Where the settings come from: main's SettingsStore. */
export interface ZoomSettingSource {
  onChange(listener: (settings: MainSettings) => void): () => void
}

/** Sets `factor` on each target that does not have it already (the page is not re-laid out for nothing). */
export function applyZoom(targets: Iterable<Zoomable>, factor: number): void {
  const zoom = validZoom(factor)
  for (const target of targets) {
    if (Math.abs(target.getZoomFactor() - zoom) > 1e-6) target.setZoomFactor(zoom)
  }
}

/** Keeps every window of `targets()` at the zoom setting from now on; returns the unsubscribe. */
export function followZoomSetting(settings: ZoomSettingSource, targets: () => Iterable<Zoomable>): () => void {
  return settings.onChange(({ zoom }) => applyZoom(targets(), zoom))
}
