// Results from two indexes as one list: the archive's own (main) and the user's notes, tags, bookmarks and
// documents (the renderer's worker). Both score with the same core, so hits of a kind are merged by score.

import { SEARCH_KINDS, type SearchGroup, type SearchResults } from './types'

/** `a` and `b` (for the same query) merged kind by kind: best hits first, `limit` per kind, totals summed. */
export function mergeResults(a: SearchResults, b: SearchResults, limit: number): SearchResults {
  const groups: SearchGroup[] = []
  for (const kind of SEARCH_KINDS) {
    const of = [a, b].flatMap((results) => results.groups.filter((group) => group.kind === kind))
    if (of.length === 0) continue
    const hits = of
      .flatMap((group) => group.hits)
      .sort((x, y) => y.score - x.score)
      .slice(0, limit)
    groups.push({ kind, total: of.reduce((sum, group) => sum + group.total, 0), hits })
  }
  return { query: a.query, groups }
}
