// A failed write, with a message the user can act on. The caller keeps whatever the user typed.

/** Thrown by the db functions when IndexedDB refuses a write (quota, blocked, closed) or input is invalid. */
export class WriteError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause })
    this.name = 'WriteError'
  }
}

/** Turns an IndexedDB/Dexie failure into a WriteError with a clear French message. */
export function toWriteError(error: unknown): WriteError {
  if (error instanceof WriteError) return error
  const name = error instanceof Error ? error.name : ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new WriteError('Espace disque insuffisant : la note n’a pas été enregistrée. Votre texte est conservé dans l’éditeur.', error)
  }
  if (name === 'DatabaseClosedError' || name === 'OpenFailedError' || name === 'BlockedError' || inner === 'VersionError') {
    return new WriteError('La base de données est indisponible (fermée ou bloquée par une autre fenêtre). Votre texte est conservé ; réessayez.', error)
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new WriteError(`L’enregistrement a échoué (${detail}). Votre texte est conservé dans l’éditeur.`, error)
}
