// The notes panel: the open document's annotations in reading order (being built, issue 3).

import type { ArticleDocument } from '../../../shared/archive/document'

export function NotesPanel({ document }: { document: ArticleDocument }) {
  return <div className="notes-panel" data-document-id={document.id} />
}
