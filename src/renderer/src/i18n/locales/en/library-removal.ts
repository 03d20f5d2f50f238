// English strings of a document leaving the library: the dialog that asks what happens to its notes, what
// each step's failure leaves, and Undo putting the document back with them. Same keys as ./fr/library-removal.ts.

import type { Catalog } from '../../catalog'
import type { libraryRemovalFr } from '../fr/library-removal'

export const libraryRemovalEn: Catalog<typeof libraryRemovalFr> = {
  title: 'Remove “{{title}}” from your library?',
  copy: 'The copy of “{{file}}” leaves your library; the message that follows lets you put it back. The archive that ships with Folio is untouched.',
  data: '{{annotations}} and {{bookmarks}} on this document:',
  annotations_zero: 'No annotations',
  annotations_one: 'Your annotation',
  annotations_other: 'Your {{count}} annotations',
  bookmarks_zero: 'no bookmarks',
  bookmarks_one: 'your bookmark',
  bookmarks_other: 'your {{count}} bookmarks',
  keepData: 'keep them (they stay in your exports and come back if you add this file again)',
  deleteData: 'delete them (a safety backup of them is written first, and they come back if you undo the removal)',
  noData: 'You have no annotations or bookmarks on this document.',
  cancel: 'Cancel',
  confirm: 'Remove',
  removed: '“{{title}}” was removed; your annotations and bookmarks are kept.',
  removedWithData: '“{{title}}” was removed with its annotations and bookmarks.',
  backupFailed:
    '“{{title}}” was not removed: the safety backup of its notes couldn’t be written, nothing was deleted. ({{detail}})',
  failed: '“{{title}}” was not removed; your library and your notes are unchanged. ({{detail}})',
  notesKept:
    '“{{title}}” was removed, but its annotations and bookmarks couldn’t be deleted: they are all still there. Undo puts the document back. ({{detail}})',
  restored: '“{{title}}” is back in your library.',
  restoredWithData: '“{{title}}” is back in your library, with its annotations and bookmarks.',
  notRestored: 'the document couldn’t be put back in the library: {{detail}}'
}
