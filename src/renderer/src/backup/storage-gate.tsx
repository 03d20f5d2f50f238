// Holds the app back until the user's database is open: a safety backup is written first when a schema
// migration is due. If that backup fails, says so and lets the user retry or go on without it.

import type { ReactNode } from 'react'
import { CURRENT_SCHEMA_VERSION } from '../db/folio-db'
import { HandOver } from '../first-screen/hand-over'
import { useTranslation } from '../i18n/i18n'
import { openWithoutBackup, retryStorage, useStorageStatus } from './storage-startup'

export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const status = useStorageStatus()
  if (status.state === 'ready') return <>{children}</>
  if (status.state === 'opening') {
    return (
      <main className="loading" aria-busy="true">
        {t('backup.storage.opening')}
      </main>
    )
  }
  const backupFailed = status.state === 'backup-failed'
  return (
    <main className="storage-problem" role="alert">
      <HandOver />
      <h1>{t(backupFailed ? 'backup.storage.backupFailedTitle' : 'backup.storage.openFailedTitle')}</h1>
      <p>
        {backupFailed
          ? t('backup.storage.backupFailed', {
              from: status.fromVersion,
              to: CURRENT_SCHEMA_VERSION,
              message: status.message
            })
          : t('backup.storage.openFailed', { message: status.message })}
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void retryStorage()} autoFocus>
          {t('backup.storage.retry')}
        </button>
        {backupFailed ? (
          <button type="button" className="danger-button" onClick={() => void openWithoutBackup()}>
            {t('backup.storage.continueAnyway')}
          </button>
        ) : null}
      </div>
    </main>
  )
}
