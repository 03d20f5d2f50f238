// "Partager avec un groupe" for the open document: one box per group the user is in. Ticked, the annotations of
// this document (and those made later) go to that group; unticked, they leave it. A group where the user may only
// read shows its box disabled — the server would drop a share — unless the document is shared there from before
// their role went down: unticking it takes it back (the server allows a reader that, and nothing more). An owner
// may also take another member's share of this document out of the group (their annotations of it leave).

import { useEffect, useState } from 'react'
import type { GroupsState } from '../../../shared/sync/group-types'
import { useTranslation } from '../i18n/i18n'
import { getFolioPageApi } from '../ipc/folio-client'
import { groupErrorText } from './group-errors'

/** A member whose annotations of the document reach the user through a group. */
export interface Sharer {
  groupId: string
  account: string
  name: string
}

export function ShareControl({
  documentId,
  groups,
  sharers = []
}: {
  documentId: string
  groups: GroupsState
  sharers?: readonly Sharer[]
}) {
  const { t } = useTranslation()
  const api = getFolioPageApi()
  const [busy, setBusy] = useState<string | null>(null)
  // The box shows the user's choice at once; main's next list of groups confirms it (or it goes back, said why).
  const [chosen, setChosen] = useState<ReadonlyMap<string, boolean>>(new Map())
  useEffect(() => {
    setChosen((now) => {
      const left = [...now].filter(
        ([id, value]) => groups.groups.find((g) => g.id === id)?.shared.includes(documentId) !== value
      )
      return left.length === now.size ? now : new Map(left)
    })
  }, [documentId, groups])
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)

  const toggle = async (groupId: string, name: string, shared: boolean) => {
    if (!api) return
    setBusy(groupId)
    setChosen((now) => new Map(now).set(groupId, shared))
    try {
      const result = await api.shareDocument(documentId, groupId, shared)
      if (!result.ok)
        setChosen((now) => {
          const next = new Map(now)
          next.delete(groupId)
          return next
        })
      setMessage(
        result.ok
          ? { text: t(shared ? 'groups.share.shared' : 'groups.share.unshared', { group: name }), error: false }
          : { text: groupErrorText(result, t), error: true }
      )
    } finally {
      setBusy(null)
    }
  }

  const withdraw = async (sharer: Sharer, group: string) => {
    if (!api) return
    setBusy(sharer.groupId)
    try {
      const result = await api.withdrawMemberShare(sharer.groupId, sharer.account, documentId)
      setMessage(
        result.ok
          ? { text: t('groups.share.withdrawn', { name: sharer.name, group }), error: false }
          : { text: groupErrorText(result, t), error: true }
      )
    } finally {
      setBusy(null)
    }
  }
  // One button per member and group where the user is an owner, whatever number of annotations they share.
  const owned = new Map(groups.groups.filter((group) => group.role === 'owner').map((group) => [group.id, group.name]))
  const withdrawable = [
    ...new Map(
      sharers
        .filter((sharer) => owned.has(sharer.groupId))
        .map((sharer) => [`${sharer.groupId}\n${sharer.account}`, sharer])
    ).values()
  ]

  return (
    <fieldset className="group-share">
      <legend>{t('groups.share.title')}</legend>
      {groups.groups.map((group) => {
        const shared = chosen.get(group.id) ?? group.shared.includes(documentId)
        const readOnly = group.role === 'read'
        return (
          <label key={group.id} className={readOnly && !shared ? 'is-read-only' : undefined}>
            <input
              type="checkbox"
              checked={shared}
              disabled={(readOnly && !shared) || busy !== null}
              onChange={(event) => void toggle(group.id, group.name, event.target.checked)}
            />
            {readOnly
              ? t(shared ? 'groups.share.readOnlyShared' : 'groups.share.readOnly', { group: group.name })
              : group.name}
          </label>
        )
      })}
      {withdrawable.map((sharer) => (
        <button
          key={`${sharer.groupId}\n${sharer.account}`}
          type="button"
          className="link-button is-danger"
          disabled={busy !== null}
          onClick={() => void withdraw(sharer, owned.get(sharer.groupId)!)}
        >
          {t('groups.share.withdraw', { name: sharer.name, group: owned.get(sharer.groupId) })}
        </button>
      ))}
      <p className="group-hint">{t('groups.share.hint')}</p>
      {message ? (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'group-error' : 'group-done'}>
          {message.text}
        </p>
      ) : null}
    </fieldset>
  )
}
