// French strings of the bookmarks: the toggles on cards and in the reader bar, the note and tags
// editor, the bookmarks view (filters, sort, list) and the bookmark store's error messages.

export const bookmarksFr = {
  title: 'Signets',
  toggle: {
    label: 'Signet',
    add: 'Ajouter un signet (Ctrl+D)',
    remove: 'Retirer le signet (Ctrl+D)',
    removed: 'Signet retiré.',
    restored: 'Signet rétabli.'
  },
  bar: {
    label: 'Signets du lecteur',
    document: 'Document',
    documentHint: 'Marquer ce document (Ctrl+Maj+D)',
    position: 'Position',
    positionHint: 'Marquer le titre ou le paragraphe en haut de la page (Ctrl+D)',
    noPosition: 'aucun paragraphe visible'
  },
  kinds: {
    document: 'Document',
    position: 'Position',
    reference: 'Référence',
    link: 'Lien'
  },
  kindsPlural: {
    all: 'Tous',
    document: 'Documents',
    position: 'Positions',
    reference: 'Références',
    link: 'Liens'
  },
  filters: {
    label: 'Filtrer les signets',
    kind: 'Type',
    tag: 'Étiquette',
    anyTag: 'Toutes les étiquettes',
    sort: 'Trier par',
    byDate: 'date (récents d’abord)',
    byTitle: 'titre (A → Z)'
  },
  list: {
    count_one: '{{count}} signet',
    count_other: '{{count}} signets',
    empty: 'Aucun signet pour l’instant. Marquez une fiche avec « Signet », ou la position lue avec Ctrl+D.',
    noMatch: 'Aucun signet ne correspond à ces filtres.',
    loading: 'Chargement des signets…',
    addedOn: 'ajouté le {{date}}',
    inDocument: 'dans « {{title}} »',
    missing: 'introuvable dans l’archive actuelle',
    missingHint: 'Cet élément n’existe plus dans l’archive (le texte a changé). Le signet et sa note sont conservés.',
    goTo: 'Aller à « {{label}} »',
    edit: 'Modifier',
    editLabel: 'Modifier la note et les étiquettes de « {{label}} »',
    delete: 'Supprimer',
    deleteLabel: 'Supprimer le signet « {{label}} »',
    deleted: 'Signet « {{label}} » supprimé.',
    filterByTag: 'Filtrer par l’étiquette « {{tag}} »'
  },
  editor: {
    open: 'Note et étiquettes',
    note: 'Note',
    tags: 'Étiquettes',
    tagsHint: 'Séparées par des virgules.',
    save: 'Enregistrer',
    cancel: 'Annuler',
    saved: 'Signet enregistré.'
  },
  summary: {
    tags: 'Étiquettes :'
  },
  export: {
    title: 'Exporter des références',
    bookmarked: 'Références marquées',
    all: 'Toutes les références'
  },
  errors: {
    kind: 'Type de signet inconnu : {{kind}}.',
    target: 'Cet élément ne peut pas être marqué (identifiant manquant).',
    documentTarget: 'Un signet de document doit viser le document lui-même.',
    noteTooLong:
      'La note fait {{length}} caractères ; la limite est de {{max}}. Votre texte est conservé dans l’éditeur.',
    tagTooLong: 'Une étiquette dépasse {{max}} caractères.',
    tooManyTags: 'Pas plus de {{max}} étiquettes par signet.',
    gone: 'Ce signet n’existe plus (supprimé dans une autre fenêtre ?).'
  }
}
