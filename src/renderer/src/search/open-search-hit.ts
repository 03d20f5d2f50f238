// Opens what a search result points at: the passage in its document, a reference or link card, the
// passage of a note, or a bookmark's target.

import type { SearchHit } from '../../../shared/search/types'
import { db } from '../db/folio-db'
import type { Navigation } from '../layout/navigation'
import { markHitWords } from './hit-words'

/** Goes to the hit's target; resolves false when it no longer exists. */
export async function openSearchHit(hit: SearchHit, navigation: Navigation): Promise<boolean> {
  const docId = hit.docId
  if (!docId) return false
  switch (hit.kind) {
    case 'passage':
      // Its words marked by the reader that shows them (a copy's: copies/use-hit-word-marks.ts).
      markHitWords(hit)
      navigation.goToBlock(docId, hit.targetId)
      return true
    case 'reference':
    case 'link':
      navigation.goToCard(docId, hit.targetId)
      return true
    case 'note':
    case 'tag': {
      const annotation = await db.annotations.get(hit.targetId)
      if (!annotation) return false
      navigation.showPanelTab('notes')
      if (annotation.target.blockId) navigation.goToBlock(docId, annotation.target.blockId)
      else navigation.openDocument(docId)
      return true
    }
    case 'bookmark': {
      const bookmark = await db.bookmarks.get(hit.targetId)
      if (!bookmark) return false
      if (bookmark.kind === 'reference' || bookmark.kind === 'link') navigation.goToCard(docId, bookmark.targetId)
      else if (bookmark.kind === 'position') navigation.goToBlock(docId, bookmark.targetId)
      else navigation.openDocument(docId)
      return true
    }
  }
}
