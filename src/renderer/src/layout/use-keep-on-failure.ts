// Runs a save for a form that must never lose what the user typed: while it runs `saving` is true;
// when it fails the form stays as it is and `error` says why (the WriteError's words).

import { useCallback, useState } from 'react'
import { errorText } from './write-error-text'

export interface KeepOnFailure {
  saving: boolean
  error: string | null
  /** Runs `action`; resolves to what it returned when it succeeded, to null when it failed. */
  run<T extends object>(action: () => Promise<T>): Promise<T | null>
}

/** State and runner for a save that keeps the form's content on failure. */
export function useKeepOnFailure(): KeepOnFailure {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async <T extends object>(action: () => Promise<T>) => {
    setSaving(true)
    setError(null)
    try {
      return await action()
    } catch (failure) {
      setError(errorText(failure))
      return null
    } finally {
      setSaving(false)
    }
  }, [])
  return { saving, error, run }
}
