// French strings of the library's title filter: the field above the list, the count of what it finds, and
// how the list's rows are moved through with the keyboard.

export const libraryFilterFr = {
  label: 'Filtrer les titres',
  placeholder: 'Filtrer les titres',
  // The count is of documents shown; {{shown}} and {{total}} are already formatted ("100 000").
  all_one: '{{total}} document',
  all_other: '{{total}} documents',
  matching_zero: 'Aucun document sur {{total}}',
  matching_one: '{{shown}} document sur {{total}}',
  matching_other: '{{shown}} documents sur {{total}}',
  noMatch: 'Aucun titre ne correspond.',
  keys: 'Flèches haut et bas pour passer d’un document à l’autre, Début et Fin pour le premier et le dernier.'
}
