// The header's sync button: the status, always visible and true once the device is connected (synced at what
// time, syncing, offline, refused), and the sync dialog it opens.

import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../i18n/i18n'
import { useSync } from './sync-context'
import { longStatus, shortStatus } from './sync-status-text'

const SyncDialog = lazy(() => import('./sync-dialog').then((module) => ({ default: module.SyncDialog })))

export function SyncButton() {
  const { t } = useTranslation()
  const sync = useSync()
  const [open, setOpen] = useState(false)
  if (!sync) return null
  const status = sync.state?.status ?? { state: 'off' as const }
  return (
    <>
      <button
        type="button"
        className={`header-button sync-button sync-${status.state}`}
        aria-haspopup="dialog"
        title={sync.state?.connection ? longStatus(status, t) : t('sync.openHint')}
        onClick={() => setOpen(true)}
      >
        <span className="sync-dot" aria-hidden="true" />
        {/* Live, not a status role: a role inside a button would leave the button without its name. */}
        <span aria-live="polite" className="sync-status-text">
          {shortStatus(status, t)}
        </span>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SyncDialog sync={sync} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
