// English strings of the app's name and what the window says while it starts or when main cannot be reached.
// Same keys as ../fr/app.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { appFr } from '../fr/app'

export const appEn: Catalog<typeof appFr> = {
  name: 'Folio',
  loading: 'Loading the archive…',
  noBridge: 'The bridge to the main process is missing.',
  unavailable: 'The main process is unavailable.'
}
