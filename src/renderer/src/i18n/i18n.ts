// Sets up i18next with the UI's message catalogs (French by default, English) and exposes the hook.
// i18next + react-i18next: plurals, interpolation and language switching without hand-written code.

import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import { en } from './locales/en'
import { fr } from './locales/fr'
import { LANGUAGES } from '../../../shared/settings/settings'

export const DEFAULT_LANGUAGE = 'fr'

/** The UI language main wrote into the page (<html data-language>, its copy of the user's settings), until the settings are read. */
function pageLanguage(): string {
  const lang = typeof document === 'undefined' ? '' : (document.documentElement.dataset.language ?? '')
  return (LANGUAGES as readonly string[]).includes(lang) ? lang : DEFAULT_LANGUAGE
}

void i18next.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: pageLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: ['fr', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false
})

export { useTranslation }
export default i18next
