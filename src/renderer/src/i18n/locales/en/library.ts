// English strings of the library sidebar: the archive's and the user's documents, adding a document and why
// one is refused.
// Same keys as ../fr/library.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { libraryFr } from '../fr/library'

export const libraryEn: Catalog<typeof libraryFr> = {
  label: 'Library',
  documents: 'Archive',
  mine: 'My documents',
  noneAdded: 'No documents added.',
  add: 'Add a document…',
  added: '“{{title}}” was added to your library.',
  contents: 'Contents',
  remove: 'Remove',
  removeLabel: 'Remove “{{title}}” from the library',
  problem: '{{kind}}: “{{file}}” can’t be opened.',
  recovered:
    '{{kind}}: the list of your documents (“{{file}}”) was damaged; it was rebuilt from the copies, nothing was deleted.',
  refused: {
    'too-large': 'This file is over 10 MB, the size limit for a document.',
    unsupported: 'Only .txt and .md (Markdown) files can be added.',
    'not-a-file': 'This isn’t a regular file (a folder, a pipe or a device): it can’t be added.',
    binary: 'This is a binary file, not text: it can’t be added.',
    'not-utf8': 'This file isn’t in UTF-8: {{found}}. Save it as UTF-8, then try again.',
    empty: 'This file is empty.',
    'no-title': 'The first line of an article must be its title (“Titre - English title”).',
    'too-complex': 'This document is too complex to read without slowing Folio down: it wasn’t added.',
    duplicate: 'This file is already in your library.',
    failed: 'The document couldn’t be added; your library is unchanged. ({{detail}})'
  },
  encodings: {
    'windows-1252': 'its encoding is probably Windows-1252',
    'latin-1': 'its encoding is probably ISO-8859-1 (Latin-1) or Windows-1252',
    'utf-16-no-bom': 'its encoding is probably UTF-16 without a byte-order mark (BOM)',
    'utf-32': 'it is in UTF-32',
    'damaged-utf-16': 'it is marked as UTF-16, but its bytes aren’t (a damaged file?)',
    unknown: 'its encoding is unknown (neither UTF-8, UTF-16 nor Latin-1)'
  },
  references: 'References',
  links: 'External links',
  none: 'None'
}
