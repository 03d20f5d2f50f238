// The user's settings, live from IndexedDB (a change in one window shows in the others), and the
// effects that apply them: theme, reading font size and measure, UI language; main applies the zoom.

import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { readingProperties, type Settings } from '../../../shared/settings/settings'
import { readSettings } from '../db/reading-store'
import i18next from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { useStartup } from '../startup/startup'

/**
 * The settings: from the start as the boot step read them, else undefined until the first read (the page keeps
 * what main set up until then).
 */
export function useSettings(): Settings | undefined {
  const { settings } = useStartup()
  return useLiveQuery(() => readSettings(), [], settings ?? undefined)
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

/**
 * Applies the settings to the page (`data-theme` on <html>, CSS variables, the i18n language) once they
 * are read, and reports them to main, which starts the next session (and speaks in its dialogs) with them.
 */
export function useApplySettings(settings: Settings | undefined): void {
  const prefersDark = usePrefersDark()
  const theme = settings && (settings.theme === 'system' ? (prefersDark ? 'dark' : 'light') : settings.theme)
  const { theme: chosen, fontSize, lineWidth, language, openDocument, zoom } = settings ?? {}
  useEffect(() => {
    if (!theme || fontSize === undefined || lineWidth === undefined) return
    const root = document.documentElement
    root.dataset.theme = theme
    for (const [name, value] of Object.entries(readingProperties({ fontSize, lineWidth })))
      root.style.setProperty(name, value)
  }, [theme, fontSize, lineWidth])
  useEffect(() => {
    if (!language) return
    document.documentElement.lang = language
    if (i18next.language !== language) void i18next.changeLanguage(language)
  }, [language])
  useEffect(() => {
    if (
      !chosen ||
      fontSize === undefined ||
      lineWidth === undefined ||
      !language ||
      openDocument === undefined ||
      zoom === undefined
    )
      return
    getFolioApi()
      ?.rememberSettings({ theme: chosen, fontSize, lineWidth, language, openDocument, zoom })
      .catch((error: unknown) => console.warn('Main did not keep the settings', error))
  }, [chosen, fontSize, lineWidth, language, openDocument, zoom])
}
