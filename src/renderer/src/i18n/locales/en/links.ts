// English strings added to the archived-link cards: opening a link through the main process,
// the explanations when it can't be opened, and the URL the user attaches. Same keys as ./fr/links.ts.

import type { Catalog } from '../../catalog'
import type { linksFr } from '../fr/links'

export const linksEn: Catalog<typeof linksFr> = {
  open: 'Open',
  openHint: 'Opens {{which}} in your browser, after you confirm.',
  which: {
    archived: 'the archived copy',
    original: 'the original URL',
    user: 'the URL you added'
  },
  opening: 'Opening requested…',
  opened: 'Opened in your browser: {{url}}',
  declined: 'Opening cancelled: the link wasn’t opened.',
  invalid: 'This URL can’t be opened: only http and https URLs can.',
  failed: 'The link couldn’t be opened: {{message}}',
  noUrl: 'No URL is known for this link: the source doesn’t give one. If you know it, add it below.',
  offline: 'You’re offline: the link can’t be opened right now. Reconnect, then try again.',
  noApi: 'Folio isn’t connected to the main process: links can’t be opened.',
  userUrl: 'Your URL',
  userUrlBadge: 'added by you',
  statusUserUrl: 'URL added by you (not checked)',
  attach: 'Add a URL',
  attachHint: 'A URL you know for this link. It stays in your data, never in the archive.',
  edit: 'Change the URL',
  remove: 'Remove my URL',
  removed: 'Your URL was removed.',
  field: 'URL (http or https)',
  placeholder: 'https://…',
  save: 'Save URL',
  cancel: 'Cancel',
  saved: 'URL saved.',
  rejected: {
    empty: 'Enter a URL.',
    'too-long': 'This URL is too long (over {{max}} characters).',
    'control-character': 'This URL contains an invisible or control character: it’s refused.',
    whitespace: 'A URL can’t contain spaces (write %20 instead).',
    'missing-scheme': 'Add “https://” at the start of the URL.',
    scheme: '“{{scheme}}” URLs are refused: only http:// and https:// URLs are accepted.',
    credentials: 'A URL with a user name or password is refused.',
    malformed: 'This isn’t a valid web address (http:// or https:// followed by a site name).'
  }
}
