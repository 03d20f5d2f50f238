// Runs a save for a form that must never lose what the user typed: while it runs `saving` is true;
// when it fails the form stays as it is and `error` says why (the WriteError's message).

import { useCallback, useState } from 'react'

export interface KeepOnFailure {
  saving: boolean
  error: string | null
  /** Runs `action`; resolves true when it succeeded. */
  run(action: () => Promise<unknown>): Promise<boolean>
}

/** State and runner for a save that keeps the form's content on failure. */
export function useKeepOnFailure(): KeepOnFailure {
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setSaving(true)
    setError(null)
    try {
      await action()
      return true
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
      return false
    } finally {
      setSaving(false)
    }
  }, [])
  return { saving, error, run }
}
