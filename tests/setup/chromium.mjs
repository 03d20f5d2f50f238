// Where Debian's Chromium lives and the flags it needs on these machines (see the README).
/** @type {string} */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** @type {string[]} */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
