// English strings of why a note was not saved (disk full, database unavailable), the text being kept in the editor.
// Same keys as ../fr/write-errors.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { writeErrorsFr } from '../fr/write-errors'

export const writeErrorsEn: Catalog<typeof writeErrorsFr> = {
  quota: 'Not enough disk space: the note wasn’t saved. Your text is still in the editor.',
  unavailable: 'The database is unavailable (closed, or blocked by another window). Your text is kept; try again.',
  failed: 'Saving failed ({{detail}}). Your text is still in the editor.'
}
