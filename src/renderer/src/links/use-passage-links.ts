// The app's way of following a passage link (folio://…): opened and revealed by the link opener, and the outcome
// said in the notice when the passage moved, is gone, or the link was refused. A link given as text (pasted,
// handed over by the system) is read first.

import { useCallback } from 'react'
import { parsePassageLink, type PassageLink } from '../../../shared/links/passage-link'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { passageOutcomeNotice, usePassageLinkOpener, type OpenDocumentState } from './open-passage-link'

export interface PassageLinks {
  follow(link: PassageLink): void
  followText(text: string): void
}

export function usePassageLinks(state: OpenDocumentState): PassageLinks {
  const { t } = useTranslation()
  const notice = useNotice()
  const open = usePassageLinkOpener(state)
  const say = useCallback(
    (said: { key: string; kind: 'info' | 'error' } | null) => said && notice.show(t(said.key as never), said.kind),
    [notice, t]
  )
  const follow = useCallback(
    (link: PassageLink) =>
      void open(link).then(
        (outcome) => say(passageOutcomeNotice(outcome)),
        (error: unknown) => notice.fail(error)
      ),
    [open, say, notice]
  )
  const followText = useCallback(
    (text: string) => {
      const read = parsePassageLink(text)
      if (read.ok) follow(read.link)
      else say(passageOutcomeNotice({ kind: 'unread', reason: read.reason }))
    },
    [follow, say]
  )
  return { follow, followText }
}
