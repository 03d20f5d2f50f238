// The bookmark button of a bookmarkable thing: a toggle (aria-pressed) showing ☆ or ★, which the
// Ctrl+D shortcut also presses when focus is inside its card (data-bookmark-toggle).

import { useTranslation } from '../i18n/i18n'
import type { BookmarkToggleState } from './use-bookmark-toggle'

interface BookmarkToggleProps {
  state: BookmarkToggleState
  /** Visible text; defaults to "Signet". */
  label?: string
  /** Extra words after the label (the position in view), shown and read. */
  detail?: string
  /** Tooltip; defaults to "Ajouter / Retirer un signet (Ctrl+D)". */
  hint?: string
}

/** A one-click bookmark toggle. Its name stays the same; aria-pressed says whether the thing is bookmarked. */
export function BookmarkToggle({ state, label, detail, hint }: BookmarkToggleProps) {
  const { t } = useTranslation()
  const pressed = Boolean(state.bookmark)
  return (
    <button
      type="button"
      className="bookmark-toggle"
      aria-pressed={pressed}
      data-bookmark-toggle=""
      disabled={state.target === null}
      title={hint ?? (pressed ? t('bookmarks.toggle.remove') : t('bookmarks.toggle.add'))}
      onClick={() => void state.toggle()}
    >
      <span className="bookmark-icon" aria-hidden="true">
        {pressed ? '★' : '☆'}
      </span>
      <span className="bookmark-toggle-label">{label ?? t('bookmarks.toggle.label')}</span>
      {detail ? <span className="bookmark-toggle-detail">{detail}</span> : null}
    </button>
  )
}
