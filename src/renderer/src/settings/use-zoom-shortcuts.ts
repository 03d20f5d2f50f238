// Ctrl+plus, Ctrl+minus and Ctrl+0 (⌘ on macOS) zoom the window: the zoom is a setting like the others,
// saved in IndexedDB and reported to main, which applies it to every window and opens the next one with it.

import { useEffect } from 'react'
import { movedZoom, type ZoomMove } from '../../../shared/settings/zoom'
import { readSettings, saveSetting } from '../db/reading-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'

/** The move of a zoom key: "+" and "=" (the plus key without Shift), "-", "0"; the keypad's too. */
export function zoomMoveOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ZoomMove | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  if (event.key === '+' || event.key === '=') return 'in'
  if (event.key === '-' || event.key === '_') return 'out'
  if (event.key === '0') return 'reset'
  return null
}

/**
 * Listens to the zoom keys and says the new zoom in a notice. Each press reads the zoom saved and saves
 * the next step, one press after the other: keys pressed faster than the database answers (or a change
 * made meanwhile in another window) never move from a stale zoom.
 */
export function useZoomShortcuts(): void {
  const { t } = useTranslation()
  const notice = useNotice()
  useEffect(() => {
    let presses = Promise.resolve()
    const onKey = (event: KeyboardEvent) => {
      const move = zoomMoveOf(event)
      if (!move) return
      event.preventDefault()
      presses = presses
        .then(async () => {
          const { zoom } = await readSettings()
          const next = movedZoom(zoom, move)
          if (next === zoom) return
          await saveSetting('zoom', next)
          notice.show(t('layout.zoom', { percent: Math.round(next * 100) }))
        })
        .catch(notice.fail)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [notice, t])
}
