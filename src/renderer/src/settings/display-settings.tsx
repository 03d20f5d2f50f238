// The "Affichage" menu: theme (system, light, dark, sepia), reading font size and line width,
// and the UI language. Every change is saved at once and applies to every open window.

import { useEffect, useRef, useState } from 'react'
import { FONT_SIZE_RANGE, LANGUAGES, LINE_WIDTH_RANGE, THEMES, type Settings } from '../db/reading'
import { saveSetting } from '../db/reading-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'

export function DisplaySettings({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const notice = useNotice()
  const [open, setOpen] = useState(false)
  const panel = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false)
    const onClick = (event: MouseEvent) => {
      if (!panel.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    window.addEventListener('keydown', onKey)
    window.addEventListener('mousedown', onClick)
    return () => {
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('mousedown', onClick)
    }
  }, [open])

  const save = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    saveSetting(key, value).catch((error: unknown) => notice.show(error instanceof Error ? error.message : String(error), 'error'))

  return (
    <div className="display-settings">
      <button type="button" className="header-button" aria-expanded={open} aria-controls="display-panel" onClick={() => setOpen(!open)}>
        {t('settings.button')}
      </button>
      {open ? (
        <div id="display-panel" ref={panel} className="display-panel" role="group" aria-label={t('settings.label')}>
          <label>
            {t('settings.theme')}
            <select value={settings.theme} onChange={(event) => void save('theme', event.target.value as Settings['theme'])}>
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`settings.themes.${theme}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('settings.fontSize', { size: settings.fontSize })}
            <input
              type="range"
              min={FONT_SIZE_RANGE.min}
              max={FONT_SIZE_RANGE.max}
              step={FONT_SIZE_RANGE.step}
              value={settings.fontSize}
              onChange={(event) => void save('fontSize', Number(event.target.value))}
            />
          </label>
          <label>
            {t('settings.lineWidth', { width: settings.lineWidth })}
            <input
              type="range"
              min={LINE_WIDTH_RANGE.min}
              max={LINE_WIDTH_RANGE.max}
              step={LINE_WIDTH_RANGE.step}
              value={settings.lineWidth}
              onChange={(event) => void save('lineWidth', Number(event.target.value))}
            />
          </label>
          <label>
            {t('settings.language')}
            <select value={settings.language} onChange={(event) => void save('language', event.target.value as Settings['language'])}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`settings.languages.${language}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
      ) : null}
    </div>
  )
}
