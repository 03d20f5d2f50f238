// Inside an editor whose saved record changed after its text started from it (a save in another
// window, or a resumed old draft): both versions in view, and the user chooses — never a silent overwrite.

import { formatIsoDateTime } from '../i18n/format'
import { useTranslation } from '../i18n/i18n'

interface DraftConflictProps {
  /** The saved version's note and tags, as the editor would show them. */
  savedNote: string
  savedTags: readonly string[]
  savedAt: string
  onKeepMine(): void
  onTakeSaved(): void
}

/** The saved version beside the editor's text, with "Garder mon brouillon" / "Prendre la version enregistrée". */
export function DraftConflict({ savedNote, savedTags, savedAt, onKeepMine, onTakeSaved }: DraftConflictProps) {
  const { t } = useTranslation()
  return (
    <div className="draft-conflict" role="alert">
      <p className="draft-offer-text">{t('drafts.conflict', { date: formatIsoDateTime(savedAt) })}</p>
      <figure className="draft-saved-version">
        <figcaption>{t('drafts.savedVersion')}</figcaption>
        <p className="draft-saved-note">{savedNote || t('drafts.emptyNote')}</p>
        {savedTags.length ? (
          <p className="draft-saved-tags">{t('drafts.savedTags', { tags: savedTags.join(', ') })}</p>
        ) : null}
      </figure>
      <div className="draft-actions">
        <button type="button" className="primary-button" onClick={onKeepMine}>
          {t('drafts.keepMine')}
        </button>
        <button type="button" className="secondary-button" onClick={onTakeSaved}>
          {t('drafts.takeSaved')}
        </button>
      </div>
    </div>
  )
}
