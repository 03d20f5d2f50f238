// "Copier le lien" on a bookmark bar (the reader's, a copy's): copies the folio:// link a bookmark of `target`
// would give (the bookmarks view's, passage-link-of.ts), said in the notice, as the bar has no room for a line of
// its own. Nothing shows before the archive is open (a link names its archive).

import { useOpenArchive } from '../archive/open-archive-context'
import { copyText } from '../citations/copy-text'
import type { BookmarkTarget } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { useNotice } from '../layout/notice'
import { passageLinkClipboard } from '../links/copy-passage-link'
import { passageLinkOfBookmark } from '../links/passage-link-of'

export function CopyBookmarkLink({ target }: { target: BookmarkTarget }) {
  const { t } = useTranslation()
  const archive = useOpenArchive()
  const notice = useNotice()
  if (!archive) return null
  const copyLink = async () => {
    try {
      const { text, html } = passageLinkClipboard(passageLinkOfBookmark(archive.id, target), target.label)
      await copyText(text, html)
      notice.show(t('passageLink.copied'))
    } catch (error) {
      notice.fail(error)
    }
  }
  return (
    <button
      type="button"
      className="link-button reader-bookmark-bar-link"
      title={t('passageLink.copyHint')}
      onClick={() => void copyLink()}
    >
      {t('passageLink.copy')}
    </button>
  )
}
