// English strings of the annotations view: every annotation of every document, its filters, its list and the
// actions on the ticked annotations.

import type { Catalog } from '../../catalog'
import type { annotationsViewFr } from '../fr/annotations-view'

export const annotationsViewEn: Catalog<typeof annotationsViewFr> = {
  title: 'All annotations',
  loading: 'Reading the annotations…',
  loadingRest: 'Reading the other annotations…',
  shown: '{{shown, number}} of {{total, number}}',
  empty: 'No annotations: highlight a passage of a document to start.',
  noMatch: 'No annotation matches these filters.',
  list: 'Annotations',
  filters: {
    label: 'Filter the annotations',
    text: 'Search',
    textPlaceholder: 'In the passages and notes…',
    colors: 'Colours',
    tags: 'Tags',
    tagAdd: 'Filter by tag',
    tagChoose: 'Add a tag…',
    tagRemove: 'Remove the filter “{{tag}}”',
    tagMode: 'Tags wanted',
    all: 'all',
    any: 'at least one',
    document: 'Document',
    anyDocument: 'All documents',
    from: 'Created from',
    to: 'to',
    hasNote: 'With a note',
    orphaned: 'Passages not found',
    checking: 'Looking for passages not found…',
    sort: 'Sort',
    clear: 'Clear the filters',
    linkedTo: 'Links of “{{quote}}”',
    linkedToGone: 'Links of a deleted annotation',
    linkedToRemove: '{{words}}: show every annotation'
  },
  sorts: {
    updated: 'Recently changed',
    created: 'Recently created',
    document: 'By document, in text order',
    color: 'By colour'
  },
  row: {
    select: 'Select the annotation “{{quote}}”',
    open: 'Open the passage in its document',
    unknownDocument: 'Document not read ({{id}})',
    section: 'Section “{{heading}}”',
    orphan: 'Passage not found',
    focus: 'This annotation and everything linked to it',
    relations: 'Its links with the chosen annotation',
    showLinks: 'See its links ({{count, number}})',
    showLinksLabel: 'See the links of the annotation “{{quote}}” ({{count, number}})'
  },
  bulk: {
    label: 'Actions on the selected annotations',
    selected_one: '{{count, number}} selected',
    selected_other: '{{count, number}} selected',
    selectAll: 'Select all ({{count, number}})',
    clear: 'Deselect',
    tag: 'Tag',
    tagPlaceholder: 'Tag…',
    addTag: 'Add',
    removeTag: 'Remove',
    recolor: 'Recolour in {{color}}',
    export: 'Export as Markdown…',
    delete: 'Delete',
    recolored_one: '{{count, number}} annotation now {{color}}.',
    recolored_other: '{{count, number}} annotations now {{color}}.',
    tagged_one: 'Tag “{{tag}}” added to {{count, number}} annotation.',
    tagged_other: 'Tag “{{tag}}” added to {{count, number}} annotations.',
    untagged_one: 'Tag “{{tag}}” removed from {{count, number}} annotation.',
    untagged_other: 'Tag “{{tag}}” removed from {{count, number}} annotations.',
    deleted_one: '{{count, number}} annotation deleted.',
    deleted_other: '{{count, number}} annotations deleted.',
    unchanged: 'Nothing to change: the selected annotations are already so.',
    undone: 'Annotations put back as they were.',
    exported: 'Exported to “{{fileName}}”.',
    exportFailed: 'The export failed: {{message}}',
    exportTitle_one: 'Export {{count, number}} annotation as Markdown',
    exportTitle_other: 'Export {{count, number}} annotations as Markdown',
    exportSave: 'Save…',
    exportCancel: 'Cancel',
    exportedFolder: 'Exported to the folder “{{fileName}}”.'
  }
}
