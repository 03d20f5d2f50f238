// The formatted citation of a reference in a style and in the UI language's citation locale, for a card:
// formatted when the browser is idle (the first use of a style takes a second or two), then cached.

import { useEffect, useState } from 'react'
import type { Reference } from '../../../shared/archive/document'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import { useTranslation } from '../i18n/i18n'
import { cachedCitation, formatCitation, idle, type FormattedCitation } from './citation-loader'

export type CitationState =
  | { status: 'loading' }
  | { status: 'ready'; citation: FormattedCitation | null }
  | { status: 'failed'; message: string }

/**
 * The reference's entry in `style`: loading, ready (null when the style prints nothing), or failed.
 * Loading while `style` is undefined (the settings not read yet). It follows the UI language
 * ("Accessed"/"consulté le", "and"/"et"…): a switch formats it again.
 */
export function useCitation(reference: Reference, style: CitationStyleId | undefined): CitationState {
  const { i18n } = useTranslation()
  const language = i18n.language
  const [state, setState] = useState<{ key: string; value: CitationState } | null>(null)
  const key = `${style}|${language}|${reference.id}`

  useEffect(() => {
    if (!style || cachedCitation(reference, style) !== undefined) return
    let live = true
    idle()
      .then(() => (live ? formatCitation(reference, style) : null))
      .then(
        (citation) => live && setState({ key, value: { status: 'ready', citation } }),
        (error: unknown) =>
          live &&
          setState({
            key,
            value: { status: 'failed', message: error instanceof Error ? error.message : String(error) }
          })
      )
    return () => {
      live = false
    }
  }, [reference, style, key])

  const cached = style && cachedCitation(reference, style)
  if (cached !== undefined) return { status: 'ready', citation: cached }
  return state?.key === key ? state.value : { status: 'loading' }
}
