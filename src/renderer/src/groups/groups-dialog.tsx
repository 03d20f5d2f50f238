// The groups dialog: create a group, join one by its invite code or link, and for each group its members with
// their role; an owner invites (a role, then the code or the link to pass on), changes a member's role and removes
// a member; anyone leaves. Every action goes to the server through main; what it refuses is said in words. A link
// pasted for another server is not sent anywhere: the invite link dialog asks first.

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { GROUP_ROLES, MAX_GROUP_NAME, type GroupInfo, type GroupRole } from '../../../shared/sync/group-types'
import { formatInviteLink, isInviteLink, parseInviteLink, sameServer } from '../../../shared/sync/invite-link'
import { useTranslation } from '../i18n/i18n'
import { getFolioPageApi } from '../ipc/folio-client'
import { useSync } from '../sync/sync-context'
import { groupErrorText, inviteCodeIn } from './group-errors'
import { InviteLinkDialog } from './invite-link-dialog'
import { useGroups } from './use-groups'

type Message = { text: string; error: boolean } | null
type Run = (
  work: () => Promise<{ ok: true } | { ok: false; code: string; message: string }>,
  done?: string
) => Promise<boolean>

export function GroupsDialog({ onClose, initialCode = '' }: { onClose(): void; initialCode?: string }) {
  const { t } = useTranslation()
  const ids = useId()
  const dialog = useRef<HTMLDialogElement>(null)
  const joinButton = useRef<HTMLButtonElement>(null)
  const api = getFolioPageApi()
  const server = useSync()?.state?.connection?.server ?? null
  const { groups, reload } = useGroups()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<Message>(null)
  const [name, setName] = useState('')
  const [code, setCode] = useState(initialCode)
  /** A pasted invite link naming another server: asked about, never sent. */
  const [elsewhere, setElsewhere] = useState<string | null>(null)
  const available = groups?.available === true

  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  // Opened from an invite link: "Rejoindre" is the next step, once the groups (and the form) are shown.
  useEffect(() => {
    if (initialCode && available) joinButton.current?.focus()
  }, [initialCode, available])
  const takeCode = useCallback((found: string) => {
    setCode(found)
    setElsewhere(null)
    setMessage(null)
  }, [])

  const run: Run = async (work, done) => {
    setBusy(true)
    setMessage(null)
    try {
      const result = await work()
      if (!result.ok) setMessage({ text: groupErrorText(result, t), error: true })
      else if (done) setMessage({ text: done, error: false })
      await reload()
      return result.ok
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true })
      return false
    } finally {
      setBusy(false)
    }
  }

  const create = async (event: FormEvent) => {
    event.preventDefault()
    if (!api || !name.trim()) return
    if (await run(() => api.createGroup(name.trim()), t('groups.create.done', { name: name.trim() }))) setName('')
  }
  const join = async (event: FormEvent) => {
    event.preventDefault()
    if (!api) return
    let found: string | null
    if (isInviteLink(code)) {
      const read = parseInviteLink(code)
      if (!read.ok)
        return setMessage({
          text: t('groups.join.badLink', { why: t(`groups.inviteLink.problems.${read.reason}`) }),
          error: true
        })
      if (!server || !sameServer(server, read.link.server)) {
        setElsewhere(code)
        return setMessage({ text: t('groups.join.otherServer', { server: read.link.server }), error: true })
      }
      found = read.link.code
    } else found = inviteCodeIn(code)
    if (!found) return setMessage({ text: t('groups.join.badCode'), error: true })
    if (await run(() => api.joinGroup(found), t('groups.join.done'))) setCode('')
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog groups-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => {
        event.preventDefault()
        if (!busy) onClose()
      }}
    >
      <h2 id={`${ids}-title`}>{t('groups.title')}</h2>
      {groups && !groups.available ? <p className="group-hint">{t('groups.notConnected')}</p> : null}
      {groups?.available ? (
        <>
          {groups.offline ? <p className="group-hint">{t('groups.offline')}</p> : null}
          <div className="groups-forms">
            <form onSubmit={(event) => void create(event)}>
              <label>
                {t('groups.create.label')}
                <input
                  required
                  maxLength={MAX_GROUP_NAME}
                  value={name}
                  onChange={(event) => setName(event.target.value)}
                />
              </label>
              <button type="submit" disabled={busy}>
                {t('groups.create.submit')}
              </button>
            </form>
            <form onSubmit={(event) => void join(event)}>
              <label>
                {t('groups.join.label')}
                <input required maxLength={2_000} value={code} onChange={(event) => setCode(event.target.value)} />
              </label>
              <button type="submit" ref={joinButton} disabled={busy}>
                {t('groups.join.submit')}
              </button>
              <p className="group-hint">{t('groups.join.hint')}</p>
            </form>
          </div>
          {groups.groups.length === 0 ? <p className="muted">{t('groups.none')}</p> : null}
          {groups.groups.map((group) => (
            <GroupSection
              key={group.id}
              group={group}
              me={groups.me?.account ?? null}
              server={server}
              busy={busy}
              run={run}
            />
          ))}
        </>
      ) : null}
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'group-error' : 'group-done'}>
          {message.text}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" disabled={busy} onClick={onClose}>
          {t('groups.close')}
        </button>
      </div>
      {elsewhere ? (
        <InviteLinkDialog text={elsewhere} onClose={() => setElsewhere(null)} onSameServer={takeCode} />
      ) : null}
    </dialog>
  )
}

interface SectionProps {
  group: GroupInfo
  me: string | null
  /** The server this device is connected to, as the invite link names it. */
  server: string | null
  busy: boolean
  run: Run
}

/** The invite link of `code` on `server`, or null when the address is not one a link may carry. */
function inviteLinkOf(code: string, server: string | null): string | null {
  if (!server) return null
  try {
    return formatInviteLink({ code, server })
  } catch {
    return null
  }
}

function GroupSection({ group, me, server, busy, run }: SectionProps) {
  const { t, i18n } = useTranslation()
  const api = getFolioPageApi()
  const ids = useId()
  const [role, setRole] = useState<GroupRole>('annotate')
  const [invite, setInvite] = useState<{ code: string; expiresAt: string } | null>(null)
  const [copied, setCopied] = useState<'code' | 'link' | null>(null)
  const owner = group.role === 'owner'
  const roleName = (value: GroupRole) => t(`groups.roles.${value}`)
  if (!api) return null
  const link = invite ? inviteLinkOf(invite.code, server) : null
  const copy = (text: string, what: 'code' | 'link') =>
    void navigator.clipboard.writeText(text).then(
      () => setCopied(what),
      () => setCopied(null)
    )

  const inviteNow = () =>
    run(async () => {
      const result = await api.inviteToGroup(group.id, role)
      if (result.ok) {
        setInvite({ code: result.code, expiresAt: result.expiresAt })
        setCopied(null)
      }
      return result
    })

  return (
    <section className="group-section" aria-labelledby={`${ids}-name`}>
      <h3 id={`${ids}-name`}>{group.name}</h3>
      <p className="group-hint">{t('groups.yourRole', { role: roleName(group.role) })}</p>
      <h4>{t('groups.members')}</h4>
      <ul className="group-members">
        {group.members.map((member) => {
          const shown = member.name ?? member.account
          const isMe = member.account === me
          return (
            <li key={member.account}>
              <span className="group-member-name">
                {shown}
                {isMe ? ` (${t('groups.you')})` : ''}
              </span>
              {owner && !isMe ? (
                <>
                  <select
                    aria-label={t('groups.roleOf', { name: shown })}
                    value={member.role}
                    disabled={busy}
                    onChange={(event) =>
                      void run(() => api.setGroupRole(group.id, member.account, event.target.value as GroupRole))
                    }
                  >
                    {GROUP_ROLES.map((value) => (
                      <option key={value} value={value}>
                        {roleName(value)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="link-button is-danger"
                    aria-label={t('groups.removeLabel', { name: shown })}
                    disabled={busy}
                    onClick={() => void run(() => api.removeGroupMember(group.id, member.account))}
                  >
                    {t('groups.remove')}
                  </button>
                </>
              ) : (
                <span className="group-member-role">{roleName(member.role)}</span>
              )}
            </li>
          )
        })}
      </ul>
      {owner ? (
        <div className="group-invite">
          <label>
            {t('groups.invite.role')}
            <select value={role} onChange={(event) => setRole(event.target.value as GroupRole)}>
              {GROUP_ROLES.map((value) => (
                <option key={value} value={value}>
                  {roleName(value)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" disabled={busy} onClick={() => void inviteNow()}>
            {t('groups.invite.submit')}
          </button>
          {invite ? (
            <div className="group-invite-code">
              <label>
                {t('groups.invite.code', { group: group.name })}
                <input readOnly value={invite.code} onFocus={(event) => event.target.select()} />
              </label>
              <button type="button" onClick={() => copy(invite.code, 'code')}>
                {t('groups.invite.copy')}
              </button>
              {link ? (
                <button type="button" onClick={() => copy(link, 'link')}>
                  {t('groups.invite.copyLink')}
                </button>
              ) : null}
              <p className="group-hint">
                {copied ? `${t(copied === 'code' ? 'groups.invite.copied' : 'groups.invite.linkCopied')} ` : ''}
                {t('groups.invite.expires', {
                  date: new Date(invite.expiresAt).toLocaleDateString(i18n.language, { dateStyle: 'long' })
                })}
              </p>
            </div>
          ) : null}
        </div>
      ) : null}
      <button
        type="button"
        className="link-button is-danger"
        disabled={busy}
        onClick={() => void run(() => api.leaveGroup(group.id))}
      >
        {t('groups.leave')}
      </button>
    </section>
  )
}
