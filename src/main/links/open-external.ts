// Opens a link in the user's browser: only http(s) URLs, only after the user said yes.
// The dialog and the browser are passed in, so this runs (and is tested) without Electron.

import type { OpenExternalResult } from '../../shared/ipc/contract'
import { validateUserUrl } from '../../shared/links/url-policy'

export interface ExternalOpener {
  /** Asks the user; resolves true when they agree to open `url`. */
  confirm(url: string): Promise<boolean>
  /** Hands `url` to the operating system's browser. */
  open(url: string): Promise<void>
}

/** Validates, asks, then opens. Never opens a URL the policy refuses or the user declined. */
export async function openExternalLink(url: string, opener: ExternalOpener): Promise<OpenExternalResult> {
  const checked = validateUserUrl(url)
  if (!checked.ok) {
    return { ok: false, reason: 'invalid-url', message: 'Seules les adresses http et https peuvent être ouvertes.' }
  }
  if (!(await opener.confirm(checked.url))) {
    return { ok: false, reason: 'declined', message: 'Ouverture annulée.' }
  }
  try {
    await opener.open(checked.url)
    return { ok: true }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: 'failed', message: `Le navigateur n’a pas pu être ouvert : ${detail}` }
  }
}
