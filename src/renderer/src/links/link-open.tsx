// "Ouvrir" on a link card: asks the main process to open the link (it checks http/https and asks
// the user first). Without a known address, offline, or when refused, it says so instead.

import { useId, useState } from 'react'
import type { ExternalLink } from '../../../shared/archive/document'
import { useTranslation } from '../i18n/i18n'
import { getFolioApi } from '../ipc/folio-client'
import { preferredUrl } from './link-address'
import { useOnline } from './use-online'

type Outcome = { kind: 'info' | 'error' | 'done'; message: string }

/**
 * The open button and, beside it, what happened or why it cannot open. With no address known, or offline, the
 * button is disabled (aria-disabled, so it stays focusable and its reason is read with it) and the hint says why.
 */
export function LinkOpen({ link, userUrl }: { link: ExternalLink; userUrl: string | null }) {
  const { t } = useTranslation()
  const id = useId()
  const online = useOnline()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const target = preferredUrl(link, userUrl)
  const blocked = !target ? 'noUrl' : !online ? 'offline' : null

  async function open() {
    if (!target || blocked) return
    const api = getFolioApi()
    if (!api) return setOutcome({ kind: 'error', message: t('links.noApi') })
    setOutcome({ kind: 'info', message: t('links.opening') })
    try {
      const result = await api.openExternal(target.url)
      if (result.ok) setOutcome({ kind: 'done', message: t('links.opened', { url: target.url }) })
      else if (result.reason === 'declined') setOutcome({ kind: 'info', message: t('links.declined') })
      else if (result.reason === 'invalid-url') setOutcome({ kind: 'error', message: t('links.invalid') })
      else setOutcome({ kind: 'error', message: t('links.failed', { message: result.message }) })
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t('links.failed', { message: error instanceof Error ? error.message : String(error) })
      })
    }
  }

  return (
    <div className="link-open">
      <button
        type="button"
        className="primary-button"
        aria-describedby={`${id}-hint`}
        aria-disabled={blocked ? true : undefined}
        onClick={() => void open()}
      >
        {t('links.open')}
      </button>
      <span id={`${id}-hint`} className="field-hint">
        {blocked === 'noUrl' ? <strong className="cannot-open">{t('links.noUrl')}</strong> : null}
        {target ? t('links.openHint', { which: t(`links.which.${target.source}`) }) : null}
        {blocked === 'offline' ? <strong className="offline-hint"> {t('links.offline')}</strong> : null}
      </span>
      <p role="status" className={`link-outcome is-${outcome?.kind ?? 'idle'}`}>
        {outcome?.message}
      </p>
    </div>
  )
}
