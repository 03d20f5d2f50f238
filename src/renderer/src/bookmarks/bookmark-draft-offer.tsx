// Where a bookmark is shown (its card, its entry in the Signets tab) and a draft of its note and tags
// was kept: the offer to resume it in the editor, or to discard it.

import type { Bookmark } from '../db/bookmark'
import { bookmarkDraftFields, type BookmarkDraftFields, type Draft } from '../db/draft'
import { deleteDraft } from '../db/drafts-store'
import { DraftOffer } from '../drafts/draft-offer'
import { useStoredDraft } from '../drafts/use-stored-draft'
import { formatTagInput } from './bookmark-entries'

/** The editor's fields as the bookmark has them saved. */
export const bookmarkFields = (bookmark: Bookmark): BookmarkDraftFields => ({
  note: bookmark.note,
  tags: formatTagInput(bookmark.tags)
})

/** What a draft shows of itself in an offer: its note, else its tags. */
export const bookmarkDraftPreview = ({ note, tags }: BookmarkDraftFields): string => note.trim() || tags.trim()

interface BookmarkDraftOfferProps {
  bookmark: Bookmark
  /** Opens the editor on the draft. */
  onResume(draft: Draft<BookmarkDraftFields>): void
}

/** The offer of the newest kept draft of `bookmark`'s note and tags; nothing when there is none. */
export function BookmarkDraftOffer({ bookmark, onResume }: BookmarkDraftOfferProps) {
  const stored = useStoredDraft({ kind: 'bookmark', targetKey: bookmark.targetKey }, bookmark, bookmarkDraftFields)
  if (!stored) return null
  return (
    <DraftOffer
      stored={stored}
      preview={bookmarkDraftPreview(stored.draft.fields)}
      onResume={() => onResume(stored.draft)}
      onDiscard={() => deleteDraft(stored.draft.id)}
    />
  )
}
