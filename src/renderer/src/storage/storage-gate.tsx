// Holds the app back until the user's database is open: a safety backup is written first when a schema
// migration is due. If that backup fails, says so and lets the user retry or go on without it. A database
// already at the current schema (the boot step saw it) lets the app start while it opens.

import type { ReactNode } from 'react'
import { CURRENT_SCHEMA_VERSION } from '../db/folio-db'
import { useTranslation } from '../i18n/i18n'
import { useHandOver, useStartup } from '../startup/startup'
import { openWithoutBackup, retryStorage, useStorageStatus } from './storage-startup'

export function StorageGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const status = useStorageStatus()
  const { databaseCurrent } = useStartup()
  const failed = status.state === 'backup-failed' || status.state === 'open-failed'
  // A problem screen replaces the app: the first screen, if any, gives way to it.
  useHandOver(failed)
  // The boot step found the database at the current schema: nothing to migrate, so the app starts at once
  // while Dexie opens it (no safety backup is due).
  if (status.state === 'ready' || (status.state === 'opening' && databaseCurrent)) return <>{children}</>
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
        <button type="button" className="secondary-button" onClick={() => void retryStorage()} autoFocus>
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
