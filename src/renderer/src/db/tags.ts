// The one cleaning of the tags a user types, for annotations and bookmarks alike: whitespace folded,
// empty and duplicate tags (whatever their case) dropped, the entity's limits enforced.

import i18next from '../i18n/i18n'
import { WriteError } from './write-error'
import { textLength } from './text-length'

/** What carries tags: its limits and its refusals' words are its own. */
export type TagNoun = 'annotation' | 'bookmark'

/** An entity's tag limits, and whose refusals they are. */
export interface TagRule {
  /** Longest tag, in characters. */
  tag: number
  /** Most tags on one record. */
  tags: number
  noun: TagNoun
}

/** The tag rule of an entity with these limits (its `ANNOTATION_LIMITS`, `BOOKMARK_LIMITS`). */
export const tagRule = (limits: { readonly tag: number; readonly tags: number }, noun: TagNoun): TagRule => ({
  tag: limits.tag,
  tags: limits.tags,
  noun
})

/** A refusal in the entity's own words (`annotations.errors.…`, `bookmarks.errors.…`). */
const refusal = (rule: TagRule, key: 'tagTooLong' | 'tooManyTags', max: number): WriteError =>
  new WriteError(i18next.t(`${rule.noun}s.errors.${key}`, { max }))

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
    if (textLength(tag) > rule.tag) throw refusal(rule, 'tagTooLong', rule.tag)
    const key = tag.toLocaleLowerCase('fr')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  if (out.length > rule.tags) throw refusal(rule, 'tooManyTags', rule.tags)
  return out
}
