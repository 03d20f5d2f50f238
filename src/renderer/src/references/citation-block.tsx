// The formatted citation on a reference card: the entry in the chosen style (Chicago author-date
// by default, APA or MLA), a style menu shared by every card, and "Copier la citation" → "Copié".

import { useEffect, useId, useRef, useState } from 'react'
import type { Reference } from '../../../shared/archive/document'
import type { CitationStyleId } from '../../../shared/citations/citation-styles'
import { CITATION_STYLE_IDS } from '../../../shared/settings/settings'
import { setCitationStyle, useCitationStyle } from '../citations/citation-style-preference'
import { CitationMarkup } from '../citations/citation-markup'
import { copyText } from '../citations/copy-text'
import { useCitation } from '../citations/use-citation'
import { useTranslation } from '../i18n/i18n'

const COPIED_MS = 2500

/** The reference's citation with its style menu and copy button. */
export function CitationBlock({ reference }: { reference: Reference }) {
  const { t } = useTranslation()
  const id = useId()
  const style = useCitationStyle()
  const citation = useCitation(reference, style)
  const [copy, setCopy] = useState<{ ok: boolean; message: string } | null>(null)
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const entry = citation.status === 'ready' ? citation.citation : null

  async function copyCitation() {
    if (!entry) return
    clearTimeout(timer.current)
    try {
      await copyText(entry.text, entry.html)
      setCopy({ ok: true, message: t('citations.copied') })
      timer.current = setTimeout(() => setCopy(null), COPIED_MS)
    } catch (error) {
      setCopy({
        ok: false,
        message: t('citations.copyFailed', { message: error instanceof Error ? error.message : String(error) })
      })
    }
  }

  return (
    <section className="card-citation" aria-labelledby={`${id}-heading`}>
      <div className="citation-header">
        <h4 id={`${id}-heading`}>{t('citations.heading')}</h4>
        <label htmlFor={`${id}-style`} className="inline-label">
          {t('citations.style')}
        </label>
        <select
          id={`${id}-style`}
          value={style ?? CITATION_STYLE_IDS[0]}
          disabled={!style}
          onChange={(event) => {
            setCopy(null)
            setCitationStyle(event.target.value as CitationStyleId).catch((error: unknown) =>
              setCopy({
                ok: false,
                message: t('citations.styleNotSaved', {
                  message: error instanceof Error ? error.message : String(error)
                })
              })
            )
          }}
        >
          {CITATION_STYLE_IDS.map((styleId) => (
            <option key={styleId} value={styleId}>
              {t(`citations.styles.${styleId}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="citation-text" aria-busy={citation.status === 'loading'} data-citation-style={style}>
        {citation.status === 'loading' ? <span className="muted">{t('citations.formatting')}</span> : null}
        {citation.status === 'failed' ? (
          <span className="form-error">{t('citations.failed', { message: citation.message })}</span>
        ) : null}
        {citation.status === 'ready' && entry ? <CitationMarkup html={entry.html} text={entry.text} /> : null}
        {citation.status === 'ready' && !entry ? <span className="muted">{t('citations.empty')}</span> : null}
      </p>
      <div className="citation-actions">
        <button type="button" className="secondary-button" disabled={!entry} onClick={() => void copyCitation()}>
          {t('citations.copy')}
        </button>
        <span role="status" className={copy?.ok === false ? 'copy-status form-error' : 'copy-status'}>
          {copy?.message}
        </span>
      </div>
    </section>
  )
}
