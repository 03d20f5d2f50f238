// English strings of the links between annotations: the relations both ways, the list on a card, the "Link to…" picker.

import type { Catalog } from '../../catalog'
import type { annotationLinksFr } from '../fr/annotation-links'

export const annotationLinksEn: Catalog<typeof annotationLinksFr> = {
  list: 'Links of this annotation',
  linkTo: 'Link to…',
  relation: {
    confirms: 'confirms',
    contradicts: 'contradicts',
    seeAlso: 'see also',
    cites: 'cites'
  },
  inverse: {
    confirms: 'confirmed by',
    contradicts: 'contradicted by',
    seeAlso: 'see also',
    cites: 'cited by'
  },
  inverseOwn: '“{{relation}}” by',
  follow: 'Go to the linked passage',
  gone: 'deleted annotation',
  goneHint: 'The annotation at the other end of this link no longer exists (deleted or not restored).',
  remove: 'Remove',
  removeLabel: 'Remove the link “{{relation}}”',
  removed: 'Link removed.',
  restored: 'Link restored.',
  picker: {
    title: 'Link this annotation to another',
    search: 'Search an annotation',
    searchPlaceholder: 'Text of the quote or the note',
    results: 'Annotations found',
    noMatch: 'No other annotation contains this text.',
    more: 'More annotations contain this text: refine the search.',
    relation: 'Relation',
    own: 'other…',
    ownLabel: 'Your relation',
    ownPlaceholder: 'refines, qualifies…',
    save: 'Link',
    cancel: 'Cancel',
    chooseTarget: 'Choose the annotation to link to.',
    emptyRelation: 'Write the relation.',
    tooLong: 'The relation is longer than {{max}} characters.',
    saved: 'Annotations linked.'
  }
}
