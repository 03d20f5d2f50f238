// The URL the user knows for an archived link: shown as theirs ("ajoutée par vous"), added, changed
// or removed here. Stored in their database (Dexie linkUrls), never in the shipped archive.

import { useId, useRef, useState, type FormEvent } from 'react'
import type { ExternalLink } from '../../../shared/archive/document'
import type { LinkUrl } from '../db/bookmark'
import { clearLinkUrl, setLinkUrl } from '../db/bookmarks-store'
import { useTranslation } from '../i18n/i18n'
import { errorText } from '../layout/write-error-text'

interface LinkUrlFormProps {
  link: ExternalLink
  documentId: string
  userUrl: LinkUrl | null
}

/** "Ajouter une adresse" (or change/remove the user's), with the URL policy's refusal in words. */
export function LinkUrlForm({ link, documentId, userUrl }: LinkUrlFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const opener = useRef<HTMLButtonElement>(null)

  function start() {
    setDraft(userUrl?.url ?? '')
    setError(null)
    setNotice(null)
    setEditing(true)
  }

  function stop(message: string | null) {
    setEditing(false)
    setError(null)
    setNotice(message)
    requestAnimationFrame(() => opener.current?.focus())
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    try {
      await setLinkUrl({ linkId: link.id, documentId }, draft)
      stop(t('links.saved'))
    } catch (failure) {
      setError(errorText(failure))
    }
  }

  async function remove() {
    try {
      await clearLinkUrl(link.id)
      setNotice(t('links.removed'))
    } catch (failure) {
      setNotice(errorText(failure))
    }
  }

  if (editing) {
    return (
      <form
        className="link-url-form"
        noValidate
        onSubmit={(event) => void save(event)}
        onKeyDown={(event) => event.key === 'Escape' && stop(null)}
      >
        <label htmlFor={`${id}-url`}>{t('links.field')}</label>
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder={t('links.placeholder')}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(event) => setDraft(event.target.value)}
          autoFocus
        />
        <p id={`${id}-hint`} className="field-hint">
          {t('links.attachHint')}
        </p>
        {error ? (
          <p id={`${id}-error`} className="form-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary-button">
            {t('links.save')}
          </button>
          <button type="button" className="secondary-button" onClick={() => stop(null)}>
            {t('links.cancel')}
          </button>
        </div>
      </form>
    )
  }

  return (
    <div className="link-url-actions">
      <button ref={opener} type="button" className="link-button" onClick={start}>
        {userUrl ? t('links.edit') : t('links.attach')}
      </button>
      {userUrl ? (
        <button type="button" className="link-button" onClick={() => void remove()}>
          {t('links.remove')}
        </button>
      ) : null}
      <span role="status" className="link-url-notice">
        {notice}
      </span>
    </div>
  )
}
