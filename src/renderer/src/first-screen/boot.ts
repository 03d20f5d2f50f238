// The renderer's entry. Main's first screen (the opening article) is already on screen, with the cached
// highlights the page's inline script painted in its first frame (first-frame.ts): confirm them from
// IndexedDB while the app's code loads, then start the app from what was read (one value: startup/startup.ts);
// it takes over when its reader is ready (hand-over.ts).
// The styles are imported here; the build puts them into the page as one inline stylesheet
// (electron.vite.config.ts), so the first screen and the app share them and no file is waited for.

import '../styles/base.css'
import '../styles/buttons.css'
import '../styles/forms.css'
import '../styles/layout.css'
import '../styles/library.css'
import '../styles/dialogs.css'
import '../styles/archive.css'
import '../styles/reader.css'
import '../styles/cards.css'
import '../styles/bookmarks.css'
import '../styles/citations.css'
import '../styles/references.css'
import '../styles/links.css'
import '../styles/highlights.css'
import '../styles/swatches.css'
import '../styles/selection-toolbar.css'
import '../styles/notes-panel.css'
import '../styles/annotation-cards.css'
import '../styles/annotations-view.css'
import '../styles/note-editor.css'
import '../styles/notices.css'
import '../styles/find.css'
import '../styles/backup.css'
import '../styles/export-templates.css'
import '../styles/themes.css'
import '../styles/settings.css'
import '../styles/shortcuts.css'
import '../styles/search.css'
import '../styles/drafts.css'
import '../styles/copies.css'
import '../styles/pdf.css'
import '../styles/saved-page.css'
import '../styles/sync.css'
import '../styles/groups.css'
import '../styles/first-screen.css'
import '../styles/print.css'
import { loadCatalog, pageLanguage } from '../i18n/load-catalog'
import { startupFrom } from './hand-over'
import { paintFirstScreen } from './paint-first-screen'

/** If the app has not taken over by then (it failed to start), the first screen gives way anyway. */
const HAND_OVER_DEADLINE_MS = 20_000

// Timing marks (folio:*, here, in first-frame.ts and in paint-first-screen.ts) for the start-up analysis in docs/benchmarks.md.
performance.mark('folio:boot-start')
// The app's code loads while the boot step reads the user's data; the app starts from what was read.
const app = import('../main')
void loadCatalog(pageLanguage()).catch(() => undefined)
void paintFirstScreen()
  .catch((error: unknown) => {
    console.warn('Highlights not painted on the first screen', error)
    return null
  })
  .then(async (read) => {
    const startup = startupFrom(read)
    window.setTimeout(startup.handOver, HAND_OVER_DEADLINE_MS)
    await (await app).startApp(startup)
  })
  .catch((error: unknown) => console.error('Folio did not start', error))
