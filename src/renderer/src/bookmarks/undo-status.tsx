// The live line under a bookmark list or card: "removed — Annuler" while an undo is possible, and
// the last write error, announced to screen readers.

import type { ReactNode } from 'react'

interface UndoStatusProps {
  /** What was removed, or null when there is nothing to undo. */
  message: ReactNode | null
  undoLabel: string
  onUndo(): void
  error: string | null
}

export function UndoStatus({ message, undoLabel, onUndo, error }: UndoStatusProps) {
  return (
    <>
      <div role="status" className="bookmark-status">
        {message ? (
          <>
            {message}{' '}
            <button type="button" className="link-button" onClick={onUndo}>
              {undoLabel}
            </button>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
