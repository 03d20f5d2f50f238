// Groups in the notes panel: "Groupes…" (the groups dialog), the filter (all, mine, members', one member's), the
// open document's sharing, and the other members' annotations of it with their names, in reading order. The
// user's own cards step back under a members-only filter (groups.css, by the `data-mine` mark of this section).

import { useState } from 'react'
import type { ArticleDocument } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { setGroupView, showsMember, showsMine, useGroupView, type GroupFilter } from './group-filter'
import { GroupsDialog } from './groups-dialog'
import { MemberCard } from './member-card'
import { ShareControl } from './share-control'
import { useGroups } from './use-groups'
import { authorStyles, useMemberAnnotations } from './use-member-annotations'

export function GroupNotes({ document }: { document: ArticleDocument }) {
  const { t } = useTranslation()
  const { groups } = useGroups()
  const { members, anchors } = useMemberAnnotations(document)
  const { filter, active } = useGroupView()
  const [dialog, setDialog] = useState(false)
  if (!groups) return null

  const inGroups = groups.available && groups.groups.length > 0
  const authors = [...new Map(members.map((member) => [member.author.account, member.author.name])).entries()].sort(
    (a, b) => a[1].localeCompare(b[1])
  )
  const styles = authorStyles(members)
  const groupName = (id: string) => groups.groups.find((group) => group.id === id)?.name ?? null
  const shown = members
    .filter((member) => showsMember(filter, member.author.account))
    .sort((a, b) => (anchors.get(a.key)?.start ?? Infinity) - (anchors.get(b.key)?.start ?? Infinity))

  return (
    <section className="group-notes" data-mine={showsMine(filter) ? 'shown' : 'hidden'} aria-label={t('groups.title')}>
      <div className="group-notes-bar">
        <button type="button" className="link-button" onClick={() => setDialog(true)}>
          {t('groups.open')}
        </button>
        {inGroups ? (
          <select
            aria-label={t('groups.filter.label')}
            value={filter}
            onChange={(event) => setGroupView({ filter: event.target.value as GroupFilter, active: null })}
          >
            <option value="all">{t('groups.filter.all')}</option>
            <option value="mine">{t('groups.filter.mine')}</option>
            <option value="theirs">{t('groups.filter.theirs')}</option>
            {authors.map(([account, name]) => (
              <option key={account} value={`member:${account}`}>
                {t('groups.filter.member', { name })}
              </option>
            ))}
          </select>
        ) : null}
      </div>
      {inGroups ? (
        <ShareControl
          documentId={document.id}
          groups={groups}
          sharers={members.map((member) => ({ groupId: member.groupId, ...member.author }))}
        />
      ) : null}
      {shown.length > 0 ? (
        <>
          <h2 className="panel-heading">{t('groups.memberNotes', { count: shown.length })}</h2>
          {shown.map((member) => (
            <MemberCard
              key={member.key}
              member={member}
              anchor={anchors.get(member.key)}
              style={styles.get(member.author.account) ?? 0}
              active={active === member.key}
              group={groups.groups.length > 1 ? groupName(member.groupId) : null}
              document={document}
            />
          ))}
        </>
      ) : null}
      {dialog ? <GroupsDialog onClose={() => setDialog(false)} /> : null}
    </section>
  )
}
