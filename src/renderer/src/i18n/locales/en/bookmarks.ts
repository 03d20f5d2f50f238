// English strings of the bookmarks: the toggles on cards and in the reader bar, the note and tags
// editor, the bookmarks view and the bookmark store's error messages. Same keys as ./fr/bookmarks.ts.

import type { Catalog } from '../../catalog'
import type { bookmarksFr } from '../fr/bookmarks'

export const bookmarksEn: Catalog<typeof bookmarksFr> = {
  title: 'Bookmarks',
  toggle: {
    label: 'Bookmark',
    add: 'Add a bookmark (Ctrl+D)',
    remove: 'Remove the bookmark (Ctrl+D)',
    removed: 'Bookmark removed.',
    restored: 'Bookmark restored.'
  },
  bar: {
    label: 'Reader bookmarks',
    document: 'Document',
    documentHint: 'Bookmark this document (Ctrl+Shift+D)',
    position: 'Position',
    positionHint: 'Bookmark the heading or paragraph at the top of the page (Ctrl+D)',
    noPosition: 'no paragraph in view'
  },
  kinds: {
    document: 'Document',
    position: 'Position',
    reference: 'Reference',
    link: 'Link'
  },
  kindsPlural: {
    all: 'All',
    document: 'Documents',
    position: 'Positions',
    reference: 'References',
    link: 'Links'
  },
  filters: {
    label: 'Filter the bookmarks',
    kind: 'Type',
    tag: 'Tag',
    anyTag: 'All tags',
    sort: 'Sort by',
    byDate: 'date (newest first)',
    byTitle: 'title (A → Z)'
  },
  list: {
    count_one: '{{count}} bookmark',
    count_other: '{{count}} bookmarks',
    empty: 'No bookmarks yet. Mark a card with “Bookmark”, or the position you’re reading with Ctrl+D.',
    noMatch: 'No bookmarks match these filters.',
    loading: 'Loading bookmarks…',
    addedOn: 'added on {{date}}',
    inDocument: 'in “{{title}}”',
    missing: 'not found in the current archive',
    missingHint: 'This item no longer exists in the archive (its text changed). The bookmark and its note are kept.',
    goTo: 'Go to “{{label}}”',
    edit: 'Edit',
    editLabel: 'Edit the note and tags of “{{label}}”',
    delete: 'Delete',
    deleteLabel: 'Delete the bookmark “{{label}}”',
    deleted: 'Bookmark “{{label}}” deleted.',
    filterByTag: 'Filter by the tag “{{tag}}”'
  },
  editor: {
    open: 'Note and tags',
    note: 'Note',
    tags: 'Tags',
    tagsHint: 'Separated by commas.',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Bookmark saved.'
  },
  summary: {
    tags: 'Tags:'
  },
  export: {
    title: 'Export references',
    bookmarked: 'Bookmarked references',
    all: 'All references'
  },
  errors: {
    kind: 'Unknown bookmark type: {{kind}}.',
    target: 'This item can’t be bookmarked (its identifier is missing).',
    documentTarget: 'A document bookmark must point to the document itself.',
    noteTooLong: 'The note is {{length}} characters long; the limit is {{max}}. Your text is still in the editor.',
    tagTooLong: 'A tag is longer than {{max}} characters.',
    tooManyTags: 'No more than {{max}} tags per bookmark.',
    gone: 'This bookmark no longer exists (deleted in another window?).'
  }
}
