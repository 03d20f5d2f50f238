// The UI's catalog of one language, in a chunk of its own: the page loads the language it shows, and the
// other only when the user switches to it. The boot step asks for it first (first-screen/boot.ts), so it
// loads beside the app's code; i18next's backend (i18n.ts) asks again and gets the same module.

import { LANGUAGES, type Language } from '../../../shared/settings/settings'
import type { Messages } from './locales/fr'

export const DEFAULT_LANGUAGE: Language = 'fr'

/** The UI language main wrote into the page (<html data-language>, its copy of the user's settings), until the settings are read. */
export function pageLanguage(): Language {
  const lang = typeof document === 'undefined' ? '' : (document.documentElement.dataset.language ?? '')
  return (LANGUAGES as readonly string[]).includes(lang) ? (lang as Language) : DEFAULT_LANGUAGE
}

export const loadCatalog = async (language: Language): Promise<Messages> =>
  language === 'en' ? (await import('./locales/en')).en : (await import('./locales/fr')).fr
