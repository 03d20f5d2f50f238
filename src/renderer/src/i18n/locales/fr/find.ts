// French strings of the find-in-document bar: the field, the count and moving between matches.

export const findFr = {
  label: 'Chercher dans le document',
  input: 'Chercher dans le document',
  count: '{{current}} sur {{total}}',
  none: 'Aucun résultat',
  previous: 'Résultat précédent (Maj+Entrée)',
  next: 'Résultat suivant (Entrée)',
  close: 'Fermer la recherche (Échap)'
}
