// French strings of the library-wide search: the box, the results' summary and their kinds.

export const searchFr = {
  label: 'Recherche dans la bibliothèque',
  input: 'Rechercher dans la bibliothèque',
  placeholder: 'Rechercher (Ctrl+K)…',
  results: 'Résultats de la recherche',
  summary_one: '{{count}} résultat',
  summary_other: '{{count}} résultats',
  none: 'Aucun résultat pour « {{query}} ».',
  indexing: 'Indexation… {{done}} / {{total}}',
  archiveUnavailable:
    'La recherche dans le texte de l’archive est indisponible (son index est endommagé) : seuls vos notes, signets et documents sont cherchés.',
  gone: 'Cet élément n’existe plus.',
  kinds: {
    passage_one: 'Texte ({{count}})',
    passage_other: 'Texte ({{count}})',
    reference_one: 'Références ({{count}})',
    reference_other: 'Références ({{count}})',
    link_one: 'Liens ({{count}})',
    link_other: 'Liens ({{count}})',
    note_one: 'Notes ({{count}})',
    note_other: 'Notes ({{count}})',
    tag_one: 'Étiquettes ({{count}})',
    tag_other: 'Étiquettes ({{count}})',
    bookmark_one: 'Signets ({{count}})',
    bookmark_other: 'Signets ({{count}})'
  }
}
