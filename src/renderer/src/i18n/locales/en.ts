// Every English string of the UI, one catalog per part of the product (./en/*.ts) merged here.
// Typed as a Catalog of the French one: a key missing here, or one French does not have, fails to compile.

import { readerMessages } from '../../../../shared/i18n/reader-messages'
import type { Catalog } from '../catalog'
import { annotationsEn } from './en/annotations'
import { backupEn } from './en/backup'
import { backupRefusalsEn } from './en/backup-refusals'
import { bookmarksEn } from './en/bookmarks'
import { citationsEn } from './en/citations'
import { draftsEn } from './en/drafts'
import { layoutEn } from './en/layout'
import { linksEn } from './en/links'
import { archiveDamageEn } from './en/archive-damage'
import { archivesEn } from './en/archives'
import { libraryFilterEn } from './en/library-filter'
import { libraryRemovalEn } from './en/library-removal'
import type { Messages } from './fr'

export const en: Catalog<Messages> = {
  annotations: annotationsEn,
  backup: backupEn,
  backupRefusals: backupRefusalsEn,
  bookmarks: bookmarksEn,
  citations: citationsEn,
  drafts: draftsEn,
  layout: layoutEn,
  links: linksEn,
  libraryFilter: libraryFilterEn,
  libraryRemoval: libraryRemovalEn,
  archiveDamage: archiveDamageEn,
  archives: archivesEn,
  app: {
    name: 'Folio',
    loading: 'Loading the archive…',
    noBridge: 'The bridge to the main process is missing.',
    unavailable: 'The main process is unavailable.'
  },
  archiveError: {
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
  },
  library: {
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
  },
  reader: readerMessages.en,
  settings: {
    button: 'Display',
    label: 'Display settings',
    theme: 'Theme',
    themes: { system: 'Same as system', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
    fontSize: 'Text size: {{size}} px',
    lineWidth: 'Line width: {{width}} characters',
    language: 'Language',
    languages: { fr: 'Français', en: 'English' }
  },
  shortcuts: {
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
      zoom: 'Zoom in, zoom out or back to 100% (kept for next time)'
    }
  },
  search: {
    label: 'Library search',
    input: 'Search the library',
    placeholder: 'Search (Ctrl+K)…',
    results: 'Search results',
    summary_one: '{{count}} result',
    summary_other: '{{count}} results',
    none: 'No results for “{{query}}”.',
    indexing: 'Indexing… {{done}} / {{total}}',
    archiveUnavailable:
      'Searching the archive’s text is unavailable (its index is damaged): only your notes, bookmarks and documents are searched.',
    gone: 'This item no longer exists.',
    kinds: {
      passage_one: 'Text ({{count}})',
      passage_other: 'Text ({{count}})',
      reference_one: 'References ({{count}})',
      reference_other: 'References ({{count}})',
      link_one: 'Links ({{count}})',
      link_other: 'Links ({{count}})',
      note_one: 'Notes ({{count}})',
      note_other: 'Notes ({{count}})',
      tag_one: 'Tags ({{count}})',
      tag_other: 'Tags ({{count}})',
      bookmark_one: 'Bookmarks ({{count}})',
      bookmark_other: 'Bookmarks ({{count}})'
    }
  },
  find: {
    label: 'Find in the document',
    input: 'Find in the document',
    count: '{{current}} of {{total}}',
    none: 'No matches',
    previous: 'Previous match (Shift+Enter)',
    next: 'Next match (Enter)',
    close: 'Close find (Esc)'
  },
  notice: {
    close: 'Dismiss the message',
    undo: 'Undo',
    notUndone: {
      quota: 'Nothing was put back: the disk is full. Free some space, then Undo again.',
      unavailable: 'Nothing was put back: the database is unavailable. Try Undo again.',
      failed: 'Nothing was put back ({{detail}}). Try Undo again.'
    }
  },
  writeErrors: {
    quota: 'Not enough disk space: the note wasn’t saved. Your text is still in the editor.',
    unavailable: 'The database is unavailable (closed, or blocked by another window). Your text is kept; try again.',
    failed: 'Saving failed ({{detail}}). Your text is still in the editor.'
  },
  panel: {
    label: 'Side panel',
    cards: 'Cards',
    notes: 'Notes',
    bookmarks: 'Bookmarks'
  },
  cards: {
    label: 'Cards',
    references: 'References',
    links: 'External links'
  },
  reference: {
    authors: 'Authors',
    title: 'Title',
    container: 'Journal',
    year: 'Year',
    volume: 'Volume',
    issue: 'Issue',
    pages: 'Pages',
    source: 'Source text',
    showInText: 'Show in the article',
    unknown: 'unknown in the source'
  },
  link: {
    title: 'Title',
    author: 'Author',
    year: 'Year',
    publisher: 'Publisher / site',
    format: 'Format',
    size: 'Size',
    archived: 'Archive date',
    originalUrl: 'Original URL',
    archivedUrl: 'Archive URL',
    urlUnknown: 'unknown in the source',
    status: 'Status',
    statusUnknownUrl: 'No known URL: this link can’t be opened.',
    statusArchived: 'Archived copy available',
    statusLive: 'Original URL known',
    source: 'Source text',
    open: 'Open',
    showInText: 'Show in the article',
    unknown: 'unknown in the source'
  }
}
