// English strings of the keyboard shortcuts help: each key and what it does.
// Same keys as ../fr/shortcuts.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { shortcutsFr } from '../fr/shortcuts'

export const shortcutsEn: Catalog<typeof shortcutsFr> = {
  button: 'Keyboard shortcuts',
  title: 'Keyboard shortcuts',
  close: 'Close',
  keys: {
    help: '?',
    search: 'Ctrl+K',
    find: 'Ctrl+F',
    highlight: 'Ctrl+Shift+H',
    note: 'Ctrl+Shift+N',
    bookmark: 'Ctrl+D',
    bookmarkDocument: 'Ctrl+Shift+D',
    undo: 'Ctrl+Z',
    saveNote: 'Ctrl+Enter',
    close: 'Esc',
    focus: 'Tab / Shift+Tab',
    tabs: '← →',
    library: 'Ctrl+Shift+L',
    panel: 'Ctrl+Shift+P',
    print: 'Ctrl+P',
    zoom: 'Ctrl+plus / Ctrl+minus / Ctrl+0'
  },
  actions: {
    help: 'Show this help',
    search: 'Search the whole library',
    find: 'Find in the document',
    highlight: 'Highlight the selection',
    note: 'Highlight the selection and write a note',
    bookmark: 'Bookmark the position you’re reading, or remove the bookmark',
    bookmarkDocument: 'Bookmark the document, or remove the bookmark',
    undo: 'Undo the last deletion',
    saveNote: 'Save the note you’re editing',
    close: 'Close a dialog, a menu or the search',
    focus: 'Move from one element to the next',
    tabs: 'Switch tabs in the side panel',
    library: 'Show or hide the library (when it is already on screen: go to it)',
    panel: 'Show or hide the cards, notes and bookmarks (when they are already on screen: go to them)',
    zoom: 'Zoom in, zoom out or back to 100% (kept for next time)',
    print: 'Print the document or save it as a PDF (Folio’s print dialog)'
  }
}
