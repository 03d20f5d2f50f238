// The menu actions the app shell owns: the shortcuts help, print and save as PDF (both open Folio's print dialog,
// the chosen one its default button: print/print-dialog.tsx), about, the theme and the reading font size (saved
// like the display settings' own changes), and main's passage links. The others are pressed as their key, or run
// by the part of the app that registered them.

import { useEffect } from 'react'
import { FONT_SIZE_RANGE, type Settings, type Theme } from '../../../shared/settings/settings'
import { saveSetting } from '../db/reading-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { requestPrint } from '../print/print-request'
import { useMainEvents, useMenuAction } from './use-main-events'

interface AppMenu {
  settings: Settings
  openHelp(): void
  /** A folio:// link handed to Folio by the system. */
  openPassageLink(url: string): void
}

const clampFont = (size: number) => Math.min(FONT_SIZE_RANGE.max, Math.max(FONT_SIZE_RANGE.min, size))

export function useAppMenu({ settings, openHelp, openPassageLink }: AppMenu): void {
  const { t } = useTranslation()
  const notice = useNotice()
  const save = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    void saveSetting(key, value).catch((error: unknown) => notice.fail(error))
  const theme = (value: Theme) => () => save('theme', value)

  useMenuAction('shortcuts', openHelp)
  useMenuAction('print', () => requestPrint('print'))
  useMenuAction('savePdf', () => requestPrint('pdf'))
  useMenuAction('about', () => notice.show(t('desktop.about')))
  useMenuAction('theme-system', theme('system'))
  useMenuAction('theme-light', theme('light'))
  useMenuAction('theme-dark', theme('dark'))
  useMenuAction('theme-sepia', theme('sepia'))
  useMenuAction('fontLarger', () => save('fontSize', clampFont(settings.fontSize + FONT_SIZE_RANGE.step)))
  useMenuAction('fontSmaller', () => save('fontSize', clampFont(settings.fontSize - FONT_SIZE_RANGE.step)))
  // Ctrl+P (⌘P) where no menu takes it first (the page alone, a menu hidden): Folio's print dialog, never the
  // browser's own print of the whole window.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'p') return
      event.preventDefault()
      requestPrint('print')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  useMainEvents({
    unhandled: (action) => notice.show(t('desktop.unavailable', { action })),
    openPassageLink
  })
}
