// Leaving a page that holds a draft not saved yet: its beforeunload asks to stay, which Electron, unlike a
// browser, answers by silently keeping the window open. Main asks the user instead, and leaves if they say so.

import type { WebContents } from 'electron'
import { DEFAULT_SETTINGS, type MainSettings } from '../../shared/settings/settings'
import { dialogMessages, type DialogMessages } from '../i18n/dialog-messages'

/** Where the UI language comes from: main's SettingsStore. */
export interface LanguageSource {
  get(): Promise<MainSettings>
  onChange(listener: (settings: MainSettings) => void): () => void
}

/** Shows the question, synchronously (Electron reads the event's answer when the listener returns); true = leave. */
export type AskToLeave = (words: DialogMessages['unsavedDraft']) => boolean

/**
 * Asks before `contents` leaves a page that prevented its unload, in the user's language (the default until the
 * settings are read); leaving is `event.preventDefault()` — Electron's way to ignore the page's refusal.
 * Returns the unsubscribe from the settings.
 */
export function askBeforeUnload(
  contents: Pick<WebContents, 'on'>,
  settings: LanguageSource,
  ask: AskToLeave
): () => void {
  let language = DEFAULT_SETTINGS.language
  let reported = false
  // The settings read at start must not override a language the renderer reported meanwhile.
  void settings.get().then((current) => !reported && (language = current.language))
  const unsubscribe = settings.onChange((current) => {
    reported = true
    language = current.language
  })
  contents.on('will-prevent-unload', (event) => {
    if (ask(dialogMessages[language].unsavedDraft)) event.preventDefault()
  })
  return unsubscribe
}
