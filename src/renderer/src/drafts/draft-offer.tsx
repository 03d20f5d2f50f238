// "A draft was kept": shown where an annotation or a bookmark is shown or edited when a draft of it
// exists, with "Reprendre le brouillon" / "Abandonner" — and, when the saved note changed since, saying so.

import type { DraftFields } from '../db/draft'
import { formatIsoDateTime } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'
import { useKeepOnFailure } from '../layout/use-keep-on-failure'
import type { StoredDraft } from './use-stored-draft'

/** Long drafts are previewed by their start only. */
const PREVIEW = 160

interface DraftOfferProps<F extends DraftFields> {
  stored: StoredDraft<F>
  /** The draft's text as the user will recognise it (its note, else its tags). */
  preview: string
  onResume(): void
  /** Deletes the draft; when that fails the offer stays and says why. */
  onDiscard(): Promise<unknown>
}

/** The offer of a kept draft. */
export function DraftOffer<F extends DraftFields>({ stored, preview, onResume, onDiscard }: DraftOfferProps<F>) {
  const { t } = useTranslation()
  const { saving, error, run } = useKeepOnFailure()
  const date = formatIsoDateTime(stored.draft.updatedAt)
  const shown = preview.length > PREVIEW ? `${preview.slice(0, PREVIEW)}…` : preview
  return (
    <div
      className={stored.stale ? 'draft-offer is-stale' : 'draft-offer'}
      role="group"
      aria-label={t('drafts.offerLabel')}
    >
      <p className="draft-offer-text">
        {stored.stale ? t('drafts.offerStale', { date }) : t('drafts.offer', { date })}
      </p>
      {shown ? <p className="draft-preview">{shown}</p> : null}
      <div className="draft-actions">
        <button type="button" className="primary-button" onClick={onResume}>
          {t('drafts.resume')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={saving}
          onClick={() => void run(async () => ({ discarded: await onDiscard() }))}
        >
          {t('drafts.discard')}
        </button>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
