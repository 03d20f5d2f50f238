// The one cleaning of the tags a user types, for annotations and bookmarks alike: whitespace folded,
// empty and duplicate tags (whatever their case) dropped, the entity's limits enforced.

import { WriteError, type StoreNoun } from './write-error'
import { textLength } from './text-length'

/** An entity's tag limits, and whose refusals they are (`annotation-tag-too-long`…). */
export interface TagRule {
  /** Longest tag, in characters. */
  tag: number
  /** Most tags on one record. */
  tags: number
  noun: StoreNoun
}

/** The tag rule of an entity with these limits (its `ANNOTATION_LIMITS`, `BOOKMARK_LIMITS`). */
export const tagRule = (limits: { readonly tag: number; readonly tags: number }, noun: StoreNoun): TagRule => ({
  tag: limits.tag,
  tags: limits.tags,
  noun
})

/**
 * `tags` trimmed and folded, without empty ones and without a second spelling of the same tag (the first
 * is kept). Never longer nor more numerous than its input, so tags that passed the limits once pass again.
 * @throws WriteError when a tag or the number of tags is over the rule's limit.
 */
export function cleanTagList(tags: readonly string[], rule: TagRule): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim()
    if (!tag) continue
    if (textLength(tag) > rule.tag) throw new WriteError(`${rule.noun}-tag-too-long`, { max: rule.tag })
    const key = tag.toLocaleLowerCase('fr')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  if (out.length > rule.tags) throw new WriteError(`${rule.noun}-too-many-tags`, { max: rule.tags })
  return out
}
