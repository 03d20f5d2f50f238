// Where the renderer reads a copy's file: a path of the app's own protocol, answered by main (a PDF as it is,
// a saved page made safe first), so no copy crosses IPC and the page's policy decides what may load it.

/** The path under the app's origin that serves copy `id` (main/protocol/app-server.ts answers it). */
export const copyPath = (id: string): string => `/copies/${id}`

/** The copy id in a request path, or null when the path is not a copy's. */
export function copyIdOfPath(pathname: string): string | null {
  const match = /^\/copies\/(c-[0-9a-f]{16})$/.exec(pathname)
  return match ? match[1]! : null
}

/** The response header that says how many remote resources main took out of a saved page. */
export const BLOCKED_HEADER = 'x-folio-blocked-resources'
