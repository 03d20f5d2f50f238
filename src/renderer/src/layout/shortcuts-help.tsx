// The keyboard shortcuts overlay, opened with "?" (when not typing) or from the header: every
// action reachable without a mouse is listed here.

import { useEffect, useRef } from 'react'
import { useTranslation } from '../i18n/i18n'
import type { Messages } from '../i18n/locales/fr'

/** The actions listed, in order; each has its keys (`shortcuts.keys`, named in the UI language:
 * "Maj", "Entrée", "Échap" in French) and its description (`shortcuts.actions`) in the catalogs. */
export const SHORTCUTS = [
  'help',
  'search',
  'find',
  'highlight',
  'note',
  'bookmark',
  'bookmarkDocument',
  'undo',
  'saveNote',
  'close',
  'focus',
  'tabs',
  'library',
  'panel',
  'zoom',
  'print'
] as const satisfies readonly (keyof Messages['shortcuts']['actions'])[]

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog shortcuts-help"
      aria-labelledby="shortcuts-title"
      onCancel={onClose}
      onClose={onClose}
    >
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((action) => (
            <tr key={action}>
              <th scope="row">
                <kbd>{t(`shortcuts.keys.${action}`)}</kbd>
              </th>
              <td>{t(`shortcuts.actions.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="secondary-button" onClick={onClose} autoFocus>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  )
}

/** Opens the overlay on "?" unless the user is typing in a field. */
export function useHelpShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
}
