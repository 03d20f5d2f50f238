// French strings of the links between annotations: the relations both ways, the list on a card, the "Relier à…" picker.

export const annotationLinksFr = {
  list: 'Liens de cette annotation',
  linkTo: 'Relier à…',
  relation: {
    confirms: 'confirme',
    contradicts: 'contredit',
    seeAlso: 'voir aussi',
    cites: 'cite'
  },
  /** The same relation read from the other end ("← contredit par …"). */
  inverse: {
    confirms: 'confirmé par',
    contradicts: 'contredit par',
    seeAlso: 'voir aussi',
    cites: 'cité par'
  },
  inverseOwn: '« {{relation}} » par',
  follow: 'Aller au passage relié',
  gone: 'annotation supprimée',
  goneHint: 'L’annotation à l’autre bout de ce lien n’existe plus (supprimée ou non restaurée).',
  remove: 'Retirer',
  removeLabel: 'Retirer le lien « {{relation}} »',
  removed: 'Lien retiré.',
  restored: 'Lien rétabli.',
  picker: {
    title: 'Relier cette annotation à une autre',
    search: 'Chercher une annotation',
    searchPlaceholder: 'Texte de la citation ou de la note',
    results: 'Annotations trouvées',
    noMatch: 'Aucune autre annotation ne contient ce texte.',
    more: 'D’autres annotations contiennent ce texte : précisez la recherche.',
    relation: 'Relation',
    own: 'autre…',
    ownLabel: 'Votre relation',
    ownPlaceholder: 'précise, nuance…',
    save: 'Relier',
    cancel: 'Annuler',
    chooseTarget: 'Choisissez l’annotation à relier.',
    emptyRelation: 'Écrivez la relation.',
    tooLong: 'La relation dépasse {{max}} caractères.',
    saved: 'Annotations reliées.'
  }
}
