// The inline script main's page runs right after the first screen (see first-frame.ts). Built on its own
// as a classic script by the `inlineFirstFrame` plugin in electron.vite.config.ts, allowed by its hash in
// the Content-Security-Policy. Whatever goes wrong here, the page and the app still start.

import { paintFirstFrame } from './first-frame'

try {
  paintFirstFrame()
} catch (error) {
  console.warn('Highlights not painted in the first frame', error)
}
