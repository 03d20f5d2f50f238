// The names main's first screen and the renderer agree on (main/first-screen, renderer/src/first-screen).

/** The element holding the first screen; the renderer removes it when the app takes over. */
export const FIRST_SCREEN_ID = 'first-screen'
/** The JSON data block holding the archive main loaded. */
export const EMBEDDED_ARCHIVE_ID = 'folio-archive'
/** The JSON data block holding the opening document when it is not in the archive (one of the user's library). */
export const EMBEDDED_OPENING_ID = 'folio-opening'
