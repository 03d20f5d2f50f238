// French strings of the annotations: toolbar, editor, notes panel, orphans, undo.

export const annotationsFr = {
  panelTitle: 'Notes',
  toolbar: 'Annoter la sélection',
  highlightIn: 'Surligner en {{color}}',
  addNote: 'Surligner et annoter',
  colors: {
    yellow: 'jaune',
    green: 'vert',
    blue: 'bleu',
    pink: 'rose',
    purple: 'violet',
    orange: 'orange'
  },
  editorLabel: 'Modifier l’annotation',
  color: 'Couleur',
  note: 'Note (Markdown)',
  notePlaceholder: 'Votre note… (Markdown : **gras**, *italique*, listes, liens)',
  write: 'Écrire',
  preview: 'Aperçu',
  count: '{{count, number}} / {{max}} caractères',
  tags: 'Étiquettes',
  addTag: 'Ajouter une étiquette',
  removeTag: 'Retirer l’étiquette {{tag}}',
  save: 'Enregistrer',
  cancel: 'Annuler',
  edit: 'Modifier',
  delete: 'Supprimer',
  deleted: 'Annotation supprimée.',
  restored: 'Annotation rétablie.',
  cardLabel: 'Annotation : {{quote}}',
  goToPassage: 'Aller au passage',
  onPage: 'Page {{page}}',
  created: 'créée le {{date}}',
  updated: 'modifiée le {{date}}',
  filters: 'Filtrer les annotations',
  filterColor: 'Seulement les annotations en {{color}}',
  filterTag: 'Filtrer par étiquette',
  allTags: 'Toutes les étiquettes',
  count_annotations_one: '{{count}} annotation',
  count_annotations_other: '{{count}} annotations',
  count_annotations_zero: 'Aucune annotation',
  empty: 'Sélectionnez un passage du texte pour le surligner ou l’annoter (Ctrl+Maj+H, Ctrl+Maj+N).',
  orphans_one: '{{count}} passage introuvable',
  orphans_other: '{{count}} passages introuvables',
  orphansHelp:
    'Le texte de ces passages a changé ou disparu. Rien n’est perdu : sélectionnez le nouveau passage puis « Réattacher », ou supprimez.',
  unfold: 'Afficher toute la note ({{count, number}} caractères)',
  fold: 'Replier la note',
  reattach: 'Réattacher à la sélection',
  reattachHint: 'Sélectionnez d’abord un passage dans le texte.',
  errors: {
    tagTooLong: 'Une étiquette dépasse {{max}} caractères.',
    tooManyTags: 'Pas plus de {{max}} étiquettes par annotation.',
    noteTooLong:
      'La note fait {{length}} caractères ; la limite est de {{max}}. Votre texte est conservé dans l’éditeur.',
    quoteTooLong:
      'Le passage fait {{length}} caractères ; la limite est de {{max}}. Surlignez-en une partie plus courte.',
    color: 'Couleur inconnue : {{color}}',
    gone: 'Cette annotation n’existe plus (supprimée dans une autre fenêtre ?).'
  }
}
