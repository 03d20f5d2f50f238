// What an archive document gives the search: its blocks (passages), references and links as search entries.
// One definition for the renderer's search worker, main's in-memory fallback and the archive build tool.

import type { ArchiveDocumentEntry } from '../archive/archive-types'
import type { SearchEntry } from './types'

/** The id of an entry inside its scope: `scope|kind|id`. */
export const scopedId = (scope: string, kind: string, id: string): string => `${scope}|${kind}|${id}`

/** The scope of a document's entries (replaced whole when the document changes). */
export const documentScope = (docId: string): string => `doc:${docId}`

/** The passages (one per block), references and links of a document. */
export function documentEntries({ id: docId, document }: Pick<ArchiveDocumentEntry, 'id' | 'document'>): SearchEntry[] {
  const scope = documentScope(docId)
  return [
    ...document.blocks.map((block) => ({
      id: scopedId(scope, 'passage', block.id),
      kind: 'passage' as const,
      docId,
      targetId: block.id,
      text: block.text
    })),
    ...document.references.map((reference) => ({
      id: scopedId(scope, 'reference', reference.id),
      kind: 'reference' as const,
      docId,
      targetId: reference.id,
      title: reference.title ?? undefined,
      text: reference.sourceText
    })),
    ...document.links.map((link) => ({
      id: scopedId(scope, 'link', link.id),
      kind: 'link' as const,
      docId,
      targetId: link.id,
      title: link.title,
      text: link.sourceText
    }))
  ]
}
