// Short messages at the bottom of the window: confirmations, errors, and "Annuler" for undoable
// actions. Errors stay until dismissed; other notices fade after a few seconds.

import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from '../i18n/i18n'

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

export interface Notices {
  show(message: string, kind?: NoticeKind, action?: NoticeAction): void
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
  const value = useMemo(() => ({ show, dismiss }), [show, dismiss])

  return (
    <NoticeContext.Provider value={value}>
      {children}
      <div className="notice-area" role={notice?.kind === 'error' ? 'alert' : 'status'} aria-live={notice?.kind === 'error' ? 'assertive' : 'polite'}>
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

/** Shows notices; only valid under {@link NoticeProvider}. */
export function useNotice(): Notices {
  const notices = useContext(NoticeContext)
  if (!notices) throw new Error('useNotice outside NoticeProvider')
  return notices
}
