// Which address of an archived link Folio opens, and the link's status: the archive's own URLs
// first (the archived copy, then the original), then the URL the user attached, if any.

import type { ExternalLink } from '../../../shared/archive/document'

/** Where an address comes from: the archive's archived copy, its original URL, or the user. */
export type LinkUrlSource = 'archived' | 'original' | 'user'

/** What the link card says about the link. */
export type LinkStatus = 'archived' | 'live' | 'user-url' | 'unknown-url'

/**
 * The address "Ouvrir" opens, or null when none is known. The archived copy comes first, as citation
 * templates do for a source that may have moved (Robust Links, Wikipedia's archive-url): it is what the
 * archive recorded. The user's URL is used only when the archive knows none.
 */
export function preferredUrl(
  link: ExternalLink,
  userUrl: string | null
): { url: string; source: LinkUrlSource } | null {
  if (link.archivedUrl) return { url: link.archivedUrl, source: 'archived' }
  if (link.originalUrl) return { url: link.originalUrl, source: 'original' }
  if (userUrl) return { url: userUrl, source: 'user' }
  return null
}

/** The status shown on the card. */
export function linkStatus(link: ExternalLink, userUrl: string | null): LinkStatus {
  const preferred = preferredUrl(link, userUrl)
  if (!preferred) return 'unknown-url'
  return preferred.source === 'archived' ? 'archived' : preferred.source === 'original' ? 'live' : 'user-url'
}
