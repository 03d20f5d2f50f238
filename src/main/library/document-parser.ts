// What turns a library copy's bytes into a document. In the app it is the parse workers' pool
// (parse-worker-pool.ts), so that no parse runs on main's event loop; tests may pass any function of this shape.

import type { ArticleDocument } from '../../shared/archive/document'
import type { UserDocumentKind } from './library-manifest'

/**
 * Parses a user document as readUserDocument does, answering later.
 * Rejects with ArticleParseError (a refusal for the user, 'too-complex' when it took too long) or an Error.
 */
export type DocumentParser = (
  bytes: Uint8Array,
  kind: UserDocumentKind,
  id: string,
  originalName: string
) => Promise<ArticleDocument>
