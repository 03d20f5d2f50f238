// English strings of the annotations: toolbar, editor, notes panel, orphans, undo.
// Same keys as ./fr/annotations.ts (the type says so); plural keys keep French's _zero/_one/_other set.

import type { Catalog } from '../../catalog'
import type { annotationsFr } from '../fr/annotations'

export const annotationsEn: Catalog<typeof annotationsFr> = {
  panelTitle: 'Notes',
  toolbar: 'Annotate the selection',
  highlightIn: 'Highlight in {{color}}',
  addNote: 'Highlight and add a note',
  colors: {
    yellow: 'yellow',
    green: 'green',
    blue: 'blue',
    pink: 'pink',
    purple: 'purple',
    orange: 'orange'
  },
  editorLabel: 'Edit the annotation',
  color: 'Colour',
  note: 'Note (Markdown)',
  notePlaceholder: 'Your note… (Markdown: **bold**, *italic*, lists, links)',
  write: 'Write',
  preview: 'Preview',
  count: '{{count, number}} / {{max}} characters',
  tags: 'Tags',
  addTag: 'Add a tag',
  removeTag: 'Remove the tag {{tag}}',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit',
  delete: 'Delete',
  deleted: 'Annotation deleted.',
  restored: 'Annotation restored.',
  cardLabel: 'Annotation: {{quote}}',
  goToPassage: 'Go to the passage',
  onPage: 'Page {{page}}',
  created: 'created {{date}}',
  updated: 'edited {{date}}',
  filters: 'Filter the annotations',
  filterColor: 'Only {{color}} annotations',
  filterTag: 'Filter by tag',
  allTags: 'All tags',
  count_annotations_one: '{{count}} annotation',
  count_annotations_other: '{{count}} annotations',
  count_annotations_zero: 'No annotations',
  empty: 'Select a passage of the text to highlight or annotate it (Ctrl+Shift+H, Ctrl+Shift+N).',
  orphans_one: '{{count}} passage not found',
  orphans_other: '{{count}} passages not found',
  orphansHelp:
    'The text of these passages has changed or gone. Nothing is lost: select the new passage, then “Reattach”, or delete them.',
  unfold: 'Show the whole note ({{count, number}} characters)',
  fold: 'Fold the note',
  reattach: 'Reattach to the selection',
  reattachHint: 'First select a passage in the text.',
  errors: {
    tagTooLong: 'A tag is longer than {{max}} characters.',
    tooManyTags: 'No more than {{max}} tags per annotation.',
    noteTooLong: 'The note is {{length}} characters long; the limit is {{max}}. Your text is still in the editor.',
    quoteTooLong: 'The passage is {{length}} characters long; the limit is {{max}}. Highlight a shorter part of it.',
    color: 'Unknown colour: {{color}}',
    gone: 'This annotation no longer exists (deleted in another window?).'
  }
}
