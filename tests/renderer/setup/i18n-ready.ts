// The UI's catalogs load when their language is first shown (src/renderer/src/i18n/load-catalog.ts), as the
// app waits for them before its first render; the tests that render start once the page's language is there.
import { i18nReady } from '../../../src/renderer/src/i18n/i18n'

await i18nReady
