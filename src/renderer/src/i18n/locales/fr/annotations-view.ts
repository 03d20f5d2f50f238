// French strings of the annotations view: every annotation of every document, its filters, its list and the
// actions on the ticked annotations.

export const annotationsViewFr = {
  title: 'Toutes les annotations',
  loading: 'Lecture des annotations…',
  loadingRest: 'Lecture des autres annotations…',
  shown: '{{shown, number}} sur {{total, number}}',
  empty: 'Aucune annotation : surlignez un passage d’un document pour commencer.',
  noMatch: 'Aucune annotation ne correspond à ces filtres.',
  list: 'Annotations',
  filters: {
    label: 'Filtrer les annotations',
    text: 'Chercher',
    textPlaceholder: 'Dans les passages et les notes…',
    colors: 'Couleurs',
    tags: 'Étiquettes',
    tagAdd: 'Filtrer par étiquette',
    tagChoose: 'Ajouter une étiquette…',
    tagRemove: 'Retirer le filtre « {{tag}} »',
    tagMode: 'Étiquettes voulues',
    all: 'toutes',
    any: 'au moins une',
    document: 'Document',
    anyDocument: 'Tous les documents',
    from: 'Créées du',
    to: 'au',
    hasNote: 'Avec une note',
    orphaned: 'Passages introuvables',
    checking: 'Recherche des passages introuvables…',
    sort: 'Trier',
    clear: 'Effacer les filtres'
  },
  sorts: {
    updated: 'Modifiées récemment',
    created: 'Créées récemment',
    document: 'Par document, dans l’ordre du texte',
    color: 'Par couleur'
  },
  row: {
    select: 'Sélectionner l’annotation « {{quote}} »',
    open: 'Ouvrir le passage dans son document',
    unknownDocument: 'Document non lu ({{id}})',
    section: 'Section « {{heading}} »',
    orphan: 'Passage introuvable'
  },
  bulk: {
    label: 'Actions sur les annotations sélectionnées',
    selected_one: '{{count, number}} sélectionnée',
    selected_other: '{{count, number}} sélectionnées',
    selectAll: 'Tout sélectionner ({{count, number}})',
    clear: 'Désélectionner',
    tag: 'Étiquette',
    tagPlaceholder: 'Étiquette…',
    addTag: 'Ajouter',
    removeTag: 'Retirer',
    recolor: 'Recolorer en {{color}}',
    export: 'Exporter en Markdown…',
    delete: 'Supprimer',
    recolored_one: '{{count, number}} annotation passée en {{color}}.',
    recolored_other: '{{count, number}} annotations passées en {{color}}.',
    tagged_one: 'Étiquette « {{tag}} » ajoutée à {{count, number}} annotation.',
    tagged_other: 'Étiquette « {{tag}} » ajoutée à {{count, number}} annotations.',
    untagged_one: 'Étiquette « {{tag}} » retirée de {{count, number}} annotation.',
    untagged_other: 'Étiquette « {{tag}} » retirée de {{count, number}} annotations.',
    deleted_one: '{{count, number}} annotation supprimée.',
    deleted_other: '{{count, number}} annotations supprimées.',
    unchanged: 'Rien à changer : les annotations sélectionnées sont déjà ainsi.',
    undone: 'Annotations remises comme avant.',
    exported: 'Exporté dans « {{fileName}} ».',
    exportFailed: 'L’export a échoué : {{message}}'
  }
}
