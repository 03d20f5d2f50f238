// Sets up i18next with the UI's message catalogs (French by default, English) and exposes the hook.
// i18next + react-i18next: plurals, interpolation and language switching without hand-written code. Each
// catalog loads when its language is first shown (load-catalog.ts, through i18next's resources backend):
// the app renders once `i18nReady` settles, a language switch once the new catalog is there.

import i18next from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next, useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from '../../../shared/settings/settings'
import { loadCatalog, pageLanguage } from './load-catalog'

export { DEFAULT_LANGUAGE } from './load-catalog'

/** Settles once the page's language can be shown (its catalog loaded). */
export const i18nReady: Promise<unknown> = i18next
  .use(resourcesToBackend((language: Language) => loadCatalog(language)))
  .use(initReactI18next)
  .init({
    lng: pageLanguage(),
    // Both catalogs hold every key (a missing one fails to compile: locales/en.ts), so none falls back.
    fallbackLng: false,
    supportedLngs: LANGUAGES,
    load: 'currentOnly',
    interpolation: { escapeValue: false }
  })

export { useTranslation }
export default i18next
