// English strings of the screen shown when the archive cannot be opened: the file at fault, each kind of
// problem and its explanation.
// Same keys as ../fr/archive-error.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { archiveErrorFr } from '../fr/archive-error'

export const archiveErrorEn: Catalog<typeof archiveErrorFr> = {
  title: 'The archive can’t be opened',
  file: 'File',
  detail: 'Details',
  hint: 'Your notes and bookmarks are untouched. Reinstall Folio or restore this file, then restart the app.',
  kinds: {
    missing: 'Missing file',
    unreadable: 'Unreadable file',
    'invalid-manifest': 'Invalid manifest',
    checksum: 'Altered file',
    'invalid-document': 'Invalid document',
    'invalid-entry': 'Manifest entry refused',
    'outside-archive': 'File outside the archive',
    duplicate: 'Duplicate entry',
    recovered: 'Library repaired'
  },
  explain: {
    missing: 'The file “{{file}}” is missing from the archive folder.',
    unreadable: 'The file “{{file}}” can’t be read.',
    'invalid-manifest': 'The manifest “{{file}}” doesn’t describe the archive correctly.',
    checksum: 'The content of “{{file}}” doesn’t match the manifest: the file has been modified or damaged.',
    'invalid-document': 'The document “{{file}}” can’t be read as an article.',
    'invalid-entry': 'The manifest describes “{{file}}” in a way Folio refuses.',
    'outside-archive': '“{{file}}” leads outside the archive folder: Folio doesn’t read it.',
    duplicate: 'The manifest lists “{{file}}” or its id twice.',
    recovered: 'The list “{{file}}” was damaged: it was rebuilt from the copies of your documents.'
  }
}
