// The one cleaning of the tags a user types, for annotations and bookmarks alike: whitespace folded,
// empty and duplicate tags (whatever their case) dropped, the entity's limits enforced.

import { WriteError } from './write-error'
import { textLength } from './text-length'

/** An entity's tag limits, and the words of its two refusals. */
export interface TagRule {
  /** Longest tag, in characters. */
  tag: number
  /** Most tags on one record. */
  tags: number
  tooLong(): string
  tooMany(): string
}

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
    if (textLength(tag) > rule.tag) throw new WriteError(rule.tooLong())
    const key = tag.toLocaleLowerCase('fr')
    if (seen.has(key)) continue
    seen.add(key)
    out.push(tag)
  }
  if (out.length > rule.tags) throw new WriteError(rule.tooMany())
  return out
}
