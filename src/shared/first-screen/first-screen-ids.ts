// The names main's first screen and the renderer agree on (main/first-screen, renderer/src/first-screen).

/** The element holding the first screen; the renderer removes it when the app takes over. */
export const FIRST_SCREEN_ID = 'first-screen'
/** The JSON data block holding the archive's info (ArchiveOpenResult). */
export const EMBEDDED_ARCHIVE_ID = 'folio-archive'
/** The JSON data block holding the document the first screen shows (the archive's or the user's library's). */
export const EMBEDDED_OPENING_ID = 'folio-opening'
/** On the page's modulepreload link of a UI catalog (the build writes one per language): its language. */
export const CATALOG_PRELOAD_ATTRIBUTE = 'data-catalog'
