// English strings of the archive switcher: the archive open, the others the user opened, opening another one.
// Same keys as ./fr/archives.ts.

import type { Catalog } from '../../catalog'
import type { archivesFr } from '../fr/archives'

export const archivesEn: Catalog<typeof archivesFr> = {
  heading: 'Archives',
  label: 'Open archive',
  shipped: '{{name}} (shipped with Folio)',
  open: 'Open an archive…',
  refused: 'This folder holds no archive Folio can open.',
  failed: 'The archive could not be opened.',
  unavailable: 'The archive “{{name}}” could not be opened: the archive shipped with Folio is open instead.'
}
