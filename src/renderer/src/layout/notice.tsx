// Short messages at the bottom of the window: confirmations, errors, and "Annuler" for undoable
// actions. Errors stay until dismissed; other notices fade after a few seconds. The one way to undo a
// removal in Folio (an annotation, a bookmark): the notice's "Annuler", or Ctrl+Z while it is the last
// thing removed, even after the notice has faded.

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { WriteError } from '../db/write-error'
import { useTranslation } from '../i18n/i18n'
import { errorText } from './write-error-text'

export type NoticeKind = 'info' | 'error'

export interface NoticeAction {
  label: string
  run(): void
}

interface Notice {
  id: number
  message: string
  kind: NoticeKind
  action?: NoticeAction
}

/** A removal that can be taken back. */
export interface Undoable {
  /** What was removed ("Annotation supprimée."). */
  message: string
  /** Puts it back; rejects with a readable error when it cannot. */
  undo(): Promise<unknown>
  /** Said once it is back. */
  undone: string
  /** 'error' when the removal went only part way (the message says what is left): it stays until dismissed. */
  kind?: NoticeKind
}

export interface Notices {
  show(message: string, kind?: NoticeKind, action?: NoticeAction): void
  /** Says why something failed (a WriteError's words, or any error's message), as an error. */
  fail(error: unknown): void
  /** Says what was removed, with "Annuler"; Ctrl+Z does the same until something else is removed. */
  offerUndo(removal: Undoable): void
  dismiss(): void
}

const NoticeContext = createContext<Notices | null>(null)
const INFO_MS = 8000

export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [notice, setNotice] = useState<Notice | null>(null)
  const timer = useRef<number | undefined>(undefined)
  const counter = useRef(0)

  const dismiss = useCallback(() => {
    window.clearTimeout(timer.current)
    setNotice(null)
  }, [])
  const show = useCallback((message: string, kind: NoticeKind = 'info', action?: NoticeAction) => {
    window.clearTimeout(timer.current)
    counter.current += 1
    setNotice({ id: counter.current, message, kind, action })
    if (kind === 'info') timer.current = window.setTimeout(() => setNotice(null), INFO_MS)
  }, [])
  const undoable = useRef<Undoable | null>(null)
  const undo = useCallback(
    function undo(removal: Undoable) {
      if (undoable.current === removal) undoable.current = null
      const shown = counter.current
      removal.undo().then(
        // Said unless a newer notice came meanwhile (another removal's "Annuler" must not be covered).
        () => counter.current === shown && show(removal.undone),
        (error: unknown) => {
          // Not put back (the database was busy, the disk full): it can still be, from the error or Ctrl+Z.
          undoable.current ??= removal
          const failure = error instanceof WriteError ? error.failure : 'failed'
          const message = t(`notice.notUndone.${failure}`, { detail: errorText(error) })
          show(message, 'error', { label: t('notice.undo'), run: () => undo(removal) })
        }
      )
    },
    [show, t]
  )
  const offerUndo = useCallback(
    (removal: Undoable) => {
      undoable.current = removal
      show(removal.message, removal.kind ?? 'info', { label: t('notice.undo'), run: () => undo(removal) })
    },
    [show, t, undo]
  )
  useUndoShortcut(undoable, undo)
  const fail = useCallback((error: unknown) => show(errorText(error), 'error'), [show])
  const value = useMemo(() => ({ show, fail, offerUndo, dismiss }), [show, fail, offerUndo, dismiss])

  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div
        className="notice-area"
        role={notice?.kind === 'error' ? 'alert' : 'status'}
        aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'}
      >
        {notice ? (
          <div key={notice.id} className={`notice is-${notice.kind}`}>
            <span className="notice-message">{notice.message}</span>
            {notice.action ? (
              <button
                type="button"
                className="notice-action"
                onClick={() => {
                  notice.action?.run()
                  dismiss()
                }}
              >
                {notice.action.label}
              </button>
            ) : null}
            <button type="button" className="notice-close" aria-label={t('notice.close')} onClick={dismiss}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </NoticeContext.Provider>
  )
}

/** Ctrl+Z (⌘Z) takes back the last removal, unless the user is typing (then the field's own undo applies). */
function useUndoShortcut(undoable: { readonly current: Undoable | null }, undo: (removal: Undoable) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const removal = undoable.current
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.shiftKey ||
        event.altKey ||
        event.key.toLowerCase() !== 'z' ||
        !removal
      )
        return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      undo(removal)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undoable, undo])
}

/** Shows notices; only valid under {@link NoticeProvider}. */
export function useNotice(): Notices {
  const notices = useContext(NoticeContext)
  if (!notices) throw new Error('useNotice outside NoticeProvider')
  return notices
}
