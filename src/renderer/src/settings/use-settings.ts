// The user's settings, live from IndexedDB (a change in one window shows in the others), and the
// effects that apply them: theme, reading font size and measure, UI language.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { DEFAULT_SETTINGS, type Settings } from '../db/reading'
import { readSettings } from '../db/reading-store'
import i18next from '../i18n/i18n'

/** The settings (defaults until the first read). */
export function useSettings(): Settings {
  return useLiveQuery(() => readSettings(), []) ?? DEFAULT_SETTINGS
}

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)'
  const [dark, setDark] = useState(() => window.matchMedia(query).matches)
  useEffect(() => {
    const media = window.matchMedia(query)
    const onChange = () => setDark(media.matches)
    media.addEventListener('change', onChange)
    return () => media.removeEventListener('change', onChange)
  }, [])
  return dark
}

/** Applies the settings to the page: `data-theme` on <html>, CSS variables, the i18n language. */
export function useApplySettings(settings: Settings): void {
  const prefersDark = usePrefersDark()
  const theme = settings.theme === 'system' ? (prefersDark ? 'dark' : 'light') : settings.theme
  useEffect(() => {
    const root = document.documentElement
    root.dataset.theme = theme
    root.style.setProperty('--reading-size', `${settings.fontSize}px`)
    root.style.setProperty('--reading-width', `${settings.lineWidth}ch`)
  }, [theme, settings.fontSize, settings.lineWidth])
  useEffect(() => {
    document.documentElement.lang = settings.language
    if (i18next.language !== settings.language) void i18next.changeLanguage(settings.language)
  }, [settings.language])
}
