// The "Affichage" menu: theme (system, light, dark, sepia), reading font size and line width,
// and the UI language. Every change is saved at once and applies to every open window.

import { useEffect, useRef, useState } from 'react'
import { FONT_SIZE_RANGE, LANGUAGES, LINE_WIDTH_RANGE, THEMES, type Settings } from '../../../shared/settings/settings'
import { saveSetting } from '../db/reading-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'

interface RangeSettingProps {
  label: string
  range: { min: number; max: number; step: number }
  value: number
  onChange(value: number): void
}

function RangeSetting({ label, range, value, onChange }: RangeSettingProps) {
  return (
    <label>
      {label}
      <input
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
    </label>
  )
}

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

  const save = <K extends keyof Settings>(key: K, value: Settings[K]) => saveSetting(key, value).catch(notice.fail)

  return (
    <div className="display-settings">
      <button
        type="button"
        className="header-button"
        aria-expanded={open}
        aria-controls="display-panel"
        onClick={() => setOpen(!open)}
      >
        {t('settings.button')}
      </button>
      {open ? (
        <div id="display-panel" ref={panel} className="display-panel" role="group" aria-label={t('settings.label')}>
          <label>
            {t('settings.theme')}
            <select
              value={settings.theme}
              onChange={(event) => void save('theme', event.target.value as Settings['theme'])}
            >
              {THEMES.map((theme) => (
                <option key={theme} value={theme}>
                  {t(`settings.themes.${theme}`)}
                </option>
              ))}
            </select>
          </label>
          <RangeSetting
            label={t('settings.fontSize', { size: settings.fontSize })}
            range={FONT_SIZE_RANGE}
            value={settings.fontSize}
            onChange={(value) => void save('fontSize', value)}
          />
          <RangeSetting
            label={t('settings.lineWidth', { width: settings.lineWidth })}
            range={LINE_WIDTH_RANGE}
            value={settings.lineWidth}
            onChange={(value) => void save('lineWidth', value)}
          />
          <label>
            {t('settings.language')}
            <select
              value={settings.language}
              onChange={(event) => void save('language', event.target.value as Settings['language'])}
            >
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
