// The shape a folio:// link must have to be handed on, checked alike by main (a launch's arguments) and the
// preload (the openPassageLink event): the scheme exactly "folio" then "//", at most 4096 characters, no
// control character nor white space, and a URL the platform can parse. What the link points to is the
// renderer's business (shared/links/passage-link.ts parses it, or says why not); this check is structural only.

import { MAX_PASSAGE_LINK } from '../links/passage-link'

export const LINK_SCHEME = 'folio'
/** Longest folio:// link taken: the longest passage link shared/links/passage-link.ts reads or writes. */
export const MAX_LINK_LENGTH = MAX_PASSAGE_LINK

export type FolioLinkProblem = 'too-long' | 'control-characters' | 'invalid-link'

/** C0 controls, DEL and C1 controls: never in a link or a file name a user typed or clicked. */
export const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/

/** Null when `text` has the shape of a folio:// link, else what is wrong (linear in its length). */
export function folioLinkProblem(text: string): FolioLinkProblem | null {
  if (text.length > MAX_LINK_LENGTH) return 'too-long'
  if (CONTROLS.test(text)) return 'control-characters'
  if (!text.startsWith(`${LINK_SCHEME}://`) || /\s/.test(text)) return 'invalid-link'
  try {
    return new URL(text).protocol === `${LINK_SCHEME}:` ? null : 'invalid-link'
  } catch {
    return 'invalid-link'
  }
}
