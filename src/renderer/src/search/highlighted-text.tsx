// Text with some ranges marked (<mark>): the matched words of a search result's snippet or title.

import type { HighlightRange } from '../../../shared/search/types'

export function HighlightedText({ text, highlights }: { text: string; highlights: readonly HighlightRange[] }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [i, range] of highlights.entries()) {
    if (range.start > at) parts.push(text.slice(at, range.start))
    parts.push(<mark key={i}>{text.slice(range.start, range.end)}</mark>)
    at = range.end
  }
  if (at < text.length) parts.push(text.slice(at))
  return <>{parts}</>
}
