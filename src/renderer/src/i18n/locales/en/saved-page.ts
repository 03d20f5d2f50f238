// English strings of a saved web page in the reader: the bar above the page. Same keys as ./fr/saved-page.ts.

import type { Catalog } from '../../catalog'
import type { savedPageFr } from '../fr/saved-page'

export const savedPageEn: Catalog<typeof savedPageFr> = {
  blocked_one: '{{count}} remote resource blocked: this page is read offline, without scripts.',
  blocked_other: '{{count}} remote resources blocked: this page is read offline, without scripts.',
  none: 'Page read offline, without scripts.',
  failed: 'This saved page could not be read (response {{status}}): its file may be missing.'
}
