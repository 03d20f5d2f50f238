// The first screen: main sends the opening document (the one open when the user left, else the archive's
// first) inside index.html, in the user's language, theme and reading size, so the article shows as fast
// as a static page. The page's inline script paints the user's highlights on it, the boot module confirms
// them, then the app renders out of sight and takes over (renderer/src/first-screen).

import type { ArchiveDocumentEntry } from '../../shared/archive/archive-types'
import type { ArchiveAccess } from '../archive/archive-access'
import { openingDocument } from '../archive/opening-document'
import {
  CATALOG_PRELOAD_ATTRIBUTE,
  EMBEDDED_ARCHIVE_ID,
  EMBEDDED_OPENING_ID
} from '../../shared/first-screen/first-screen-ids'
import { readerMessages } from '../../shared/i18n/reader-messages'
import { readingProperties, type PaintedTheme, type MainSettings } from '../../shared/settings/settings'

export interface FirstScreenDeps {
  archive: ArchiveAccess
  /** A document of the user's library, or null when it is not there (or unreadable). */
  libraryDocument(id: string): Promise<ArchiveDocumentEntry | null>
  /** The user's settings as the renderer last reported them (defaults before that). */
  settings(): Promise<MainSettings>
  /** The operating system's theme, for the "system" setting. */
  systemTheme(): PaintedTheme
}

export interface FirstScreen {
  /** `indexHtml` (the built renderer's page) with the first screen in it; unchanged when there is nothing to show. */
  page(indexHtml: string): Promise<string>
}

/** A JSON data block: never executed, `<` escaped so that no text in it can close the element. */
const dataBlock = (id: string, value: unknown): string =>
  `<script type="application/json" id="${id}">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`

const CATALOG_PRELOAD = new RegExp(`\\s*<link [^>]*${CATALOG_PRELOAD_ATTRIBUTE}="(\\w+)"[^>]*>`, 'g')

/** `page` preloading the UI catalog of `language` alone: the page shows that one, the other loads on a switch. */
const preloadingCatalogOf = (page: string, language: string): string =>
  page.replace(CATALOG_PRELOAD, (link, of: string) => (of === language ? link : ''))

type Markup = typeof import('./first-screen-markup')
let markup: Promise<Markup> | undefined
/**
 * React and the reader's components, in a chunk of their own: not among the modules main loads at start-up
 * (bench: "main process: modules loaded"), read once, while the first page's settings and archive are read.
 */
function loadMarkup(): Promise<Markup> {
  if (!markup) {
    markup = import('./first-screen-markup')
    // Awaited only when there is an article to draw; a failure then is the page's (app-server logs it).
    markup.catch(() => undefined)
  }
  return markup
}

export function createFirstScreen(deps: FirstScreenDeps): FirstScreen {
  return {
    async page(indexHtml) {
      const drawing = loadMarkup()
      const settings = await deps.settings()
      const theme = settings.theme === 'system' ? deps.systemTheme() : settings.theme
      // The reading size and measure as attributes: base.css reads them with attr(), no extra request.
      const reading = readingProperties(settings)
      const page = preloadingCatalogOf(indexHtml, settings.language).replace(
        /<html lang="[^"]*"/,
        `<html lang="${settings.language}" data-language="${settings.language}" data-theme="${theme}" data-reading-size="${reading['--reading-size']}" data-reading-width="${reading['--reading-width']}"`
      )
      const opened = await deps.archive.open()
      const catalogue = await deps.archive.catalogue()
      if (!opened.ok || !catalogue) return page
      const wanted = settings.openDocument
      // A damaged document cannot be drawn: the first good one opens instead (the app does the same, and lists
      // the damaged one as such). With none good, the app starts alone and shows the problem.
      const inArchive = wanted ? await catalogue.row(wanted) : undefined
      const fromLibrary = wanted && !inArchive ? await deps.libraryDocument(wanted) : null
      const opening = fromLibrary ? { entry: fromLibrary } : await openingDocument(catalogue, wanted ?? undefined)
      const entry = opening && 'entry' in opening ? opening.entry : undefined
      // The archive's info goes along as a JSON data block (never executed, so the CSP allows it), and so does
      // the document shown: the renderer anchors the highlights on it and starts without asking main again.
      const blocks = [dataBlock(EMBEDDED_ARCHIVE_ID, opened), ...(entry ? [dataBlock(EMBEDDED_OPENING_ID, entry)] : [])]
      if (!entry)
        return page.replace('<div id="root"></div>', () => [`<div id="root"></div>`, ...blocks].join('\n    '))
      const { firstScreenMarkup } = await drawing
      const screen = firstScreenMarkup(opened.archive.name, entry, readerMessages[settings.language])
      return page.replace('<div id="root"></div>', () => [`<div id="root"></div>`, screen, ...blocks].join('\n    '))
    }
  }
}
