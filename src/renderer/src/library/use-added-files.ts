// Says what became of files handed to Folio (a drop, a launch's) and shows them: the notice's lines, the lists of
// documents and copies read again, and the first document added opened in the reader.

import { useCallback } from 'react'
import { useNavigation } from '../layout/navigation'
import { useNotice } from '../layout/notice'
import { copiesAdded } from './added-copies'
import { addedFilesNotice, type FileOutcome } from './added-files-notice'
import type { UserLibraryState } from './use-library'

/** The function to call with the outcomes of files handed to Folio (nothing happens for none). */
export function useReportAddedFiles(library: Pick<UserLibraryState, 'refresh'>): (outcomes: FileOutcome[]) => void {
  const notice = useNotice()
  const { openDocument } = useNavigation()
  const { refresh } = library
  return useCallback(
    (outcomes: FileOutcome[]) => {
      if (outcomes.length === 0) return
      const said = addedFilesNotice(outcomes)
      if (said.documents) refresh()
      if (said.copies) copiesAdded()
      if (said.open) openDocument(said.open)
      notice.show(said.message, said.error ? 'error' : 'info')
    },
    [notice, openDocument, refresh]
  )
}
