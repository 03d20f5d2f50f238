// A problem met while reading the archive, carried as an exception inside the loader only: the loader turns
// it into a damaged document (one entry's fault) or the error screen's `{ ok: false }` (the manifest's).

import type { ArchiveProblem } from '../../shared/archive/archive-types'

/** Thrown by the archive's readers; `problem` names the file, the kind (a code) and main's French words. */
export class ArchiveError extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(problem.message)
    this.name = 'ArchiveError'
  }
}

/** The system's error code ("ENOENT", "EACCES"), if it has one. */
export const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | null)?.code

/** An unreadable or missing file, in main's words. */
export function fileError(file: string, error: unknown): ArchiveError {
  const code = errorCode(error)
  if (code === 'ENOENT') return new ArchiveError({ kind: 'missing', file, message: 'Le fichier est introuvable.' })
  return new ArchiveError({
    kind: 'unreadable',
    file,
    message: `Le fichier ne peut pas être lu (${code ?? 'erreur inconnue'}).`
  })
}
