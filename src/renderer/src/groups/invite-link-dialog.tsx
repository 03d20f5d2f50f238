// What opening a group's invite link does (a launch, a second launch, a link pasted in the join field): read as
// shared/sync/invite-link.ts reads it, then — when it names the server this device is connected to — the groups
// dialog with its code filled in, to join with one click. Any other server is only shown: Folio contacts no server
// the user has not set up, so they are asked, and connect themself (the sync dialog, its address filled in).

import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { parseInviteLink, sameServer, type ParsedInviteLink } from '../../../shared/sync/invite-link'
import { useTranslation } from '../i18n/i18n'
import { useSync } from '../sync/sync-context'
import { SyncDialog } from '../sync/sync-dialog'
import { GroupsDialog } from './groups-dialog'

export function InviteLinkDialog({
  text,
  onClose,
  onSameServer
}: {
  text: string
  onClose(): void
  /** What to do with the code when the link names this device's server; by default, the groups dialog opens. */
  onSameServer?(code: string): void
}) {
  const sync = useSync()
  const read = useMemo(() => parseInviteLink(text), [text])
  // While the user sets a connection up (the sync dialog), nothing switches under them: its end decides.
  const [connecting, setConnecting] = useState(false)
  const connection = sync?.state?.connection ?? null
  const code = read.ok && connection !== null && sameServer(connection.server, read.link.server) ? read.link.code : null
  const here = code !== null && !connecting
  useEffect(() => {
    if (here && onSameServer) onSameServer(code)
  }, [here, code, onSameServer])
  // Until main has said what the device is connected to, nothing to decide.
  if (!sync?.state) return null
  if (here) return onSameServer ? null : <GroupsDialog initialCode={code} onClose={onClose} />
  return <AskFirst read={read} connecting={connecting} setConnecting={setConnecting} onClose={onClose} />
}

function AskFirst({
  read,
  connecting,
  setConnecting,
  onClose
}: {
  read: ParsedInviteLink
  connecting: boolean
  setConnecting(connecting: boolean): void
  onClose(): void
}) {
  const { t } = useTranslation()
  const ids = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const sync = useSync()
  const connection = sync?.state?.connection ?? null

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog invite-link-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        if (!connecting) onClose()
      }}
    >
      <h2 id={`${ids}-title`}>{t('groups.inviteLink.title')}</h2>
      {read.ok ? (
        <>
          <p className="invite-link-server">
            {t('groups.inviteLink.server')} : <code style={{ overflowWrap: 'anywhere' }}>{read.link.server}</code>
          </p>
          <p>
            {connection
              ? t('groups.inviteLink.otherServer', { current: connection.server })
              : t('groups.inviteLink.notConnected')}
          </p>
        </>
      ) : (
        <p role="alert" className="group-error">
          {t('groups.inviteLink.bad', { why: t(`groups.inviteLink.problems.${read.reason}`) })}
        </p>
      )}
      <div className="dialog-actions">
        {read.ok && sync ? (
          <button type="button" onClick={() => setConnecting(true)}>
            {t('groups.inviteLink.connect')}
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          {t('groups.inviteLink.cancel')}
        </button>
      </div>
      {connecting && sync && read.ok ? (
        <SyncDialog sync={sync} initialServer={read.link.server} onClose={() => setConnecting(false)} />
      ) : null}
    </dialog>
  )
}
