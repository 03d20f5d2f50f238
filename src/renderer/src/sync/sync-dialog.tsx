// The sync dialog: the server's address, the account and its token, "Connecter" (a safety backup first, then what
// the device has goes up and what the server has comes down), the status in words, and "Déconnecter". An invite
// link naming a server fills its address in (groups/invite-link-dialog.tsx): the user still connects themself.

import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { syncServerProblem } from '../../../shared/sync/sync-schemas'
import { SYNC_LIMITS } from '../../../shared/sync/sync-types'
import { useTranslation } from '../i18n/i18n'
import type { SyncControls } from './sync-context'
import { longStatus } from './sync-status-text'

export function SyncDialog({
  sync,
  onClose,
  initialServer = ''
}: {
  sync: SyncControls
  onClose(): void
  /** The address the form starts with (an invite link's server). */
  initialServer?: string
}) {
  const { t } = useTranslation()
  const ids = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const [server, setServer] = useState(initialServer)
  const [account, setAccount] = useState('')
  const [token, setToken] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const connection = sync.state?.connection ?? null
  const status = sync.state?.status ?? { state: 'off' as const }

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const problem = syncServerProblem(server.trim())
    if (problem) return setMessage({ text: `${t('sync.server')} : ${problem}`, error: true })
    setBusy(true)
    setMessage(null)
    try {
      const result = await sync.connect({ server: server.trim(), account: account.trim(), token: token.trim() })
      if (result.ok) {
        setToken('')
        setMessage({ text: t('sync.connected', { count: result.uploaded }), error: false })
      } else setMessage({ text: result.message, error: true })
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
    } finally {
      setBusy(false)
    }
  }

  const disconnect = async () => {
    setBusy(true)
    try {
      await sync.disconnect()
      setMessage({ text: t('sync.disconnected'), error: false })
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog sync-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <h2 id={`${ids}-title`}>{t('sync.title')}</h2>
      {connection ? (
        <>
          <p>{t('sync.where', { account: connection.account, server: connection.server })}</p>
          <p role="status" className={`sync-dialog-status sync-${status.state}`}>
            {longStatus(status, t)}
          </p>
        </>
      ) : (
        <form className="sync-form" onSubmit={(event) => void submit(event)}>
          <p className="sync-dialog-hint">{t('sync.intro')}</p>
          <label>
            {t('sync.server')}
            <input
              type="url"
              required
              maxLength={SYNC_LIMITS.server}
              placeholder="https://sync.example.org"
              value={server}
              onChange={(event) => setServer(event.target.value)}
            />
          </label>
          <label>
            {t('sync.account')}
            <input
              required
              maxLength={SYNC_LIMITS.account}
              autoComplete="username"
              value={account}
              onChange={(event) => setAccount(event.target.value)}
            />
          </label>
          <label>
            {t('sync.token')}
            <input
              type="password"
              required
              maxLength={SYNC_LIMITS.token}
              autoComplete="current-password"
              value={token}
              onChange={(event) => setToken(event.target.value)}
            />
          </label>
          <p className="sync-dialog-hint">{t('sync.firstBackup')}</p>
          <button type="submit" disabled={busy}>
            {busy ? t('sync.connecting') : t('sync.connect')}
          </button>
        </form>
      )}
      {message ? (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'sync-dialog-error' : 'sync-dialog-done'}
        >
          {message.text}
        </p>
      ) : null}
      <div className="dialog-actions">
        {connection ? (
          <button type="button" disabled={busy} onClick={() => void disconnect()}>
            {t('sync.disconnect')}
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={onClose}>
          {t('sync.close')}
        </button>
      </div>
    </dialog>
  )
}
