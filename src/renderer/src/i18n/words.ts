// A message kept as its catalog key and values, not as text: worded when it is shown, so a result on screen
// follows a change of language (an export's "Exporté dans…" becomes "Exported to…").

import type { TFunction } from 'i18next'

/** A catalog key and its interpolation values. Values that are text already worded stay as they were. */
export interface Words {
  key: string
  values?: Record<string, unknown>
}

/** The message in the UI's current language. */
export const worded = (t: TFunction, words: Words): string => String(t(words.key as never, words.values as never))
