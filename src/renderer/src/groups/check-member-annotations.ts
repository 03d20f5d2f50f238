// The members' annotations as the page takes them: each checked again against the page's own annotation schema
// (backup/record-schemas.ts) and the document it is shown in. Loaded with the first members' annotations.

import type { GroupAnnotation } from '../../../shared/sync/group-types'
import { annotationSchema } from '../backup/record-schemas'
import { memberKey } from './group-filter'
import type { MemberAnnotation } from './use-member-annotations'

/** The members' annotations that pass the page's own schema (the others are dropped, and counted in the console). */
export function checkMemberAnnotations(found: readonly GroupAnnotation[], documentId: string): MemberAnnotation[] {
  const kept: MemberAnnotation[] = []
  let dropped = 0
  for (const { annotation, author, groupId } of found) {
    const parsed = annotationSchema.safeParse(annotation)
    if (!parsed.success || parsed.data.documentId !== documentId) {
      dropped++
      continue
    }
    kept.push({ key: memberKey(author.account, parsed.data.id), annotation: parsed.data, author, groupId })
  }
  if (dropped > 0) console.warn(`Groupes : ${dropped} annotation(s) de membres mal formée(s) ignorée(s)`)
  return kept
}
