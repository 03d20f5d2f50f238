// French strings of a damaged archive document: its mark in the library and the reader's panel naming the
// file and the problem, with the promise that the user's notes on it are kept.

export const archiveDamageFr = {
  badge: 'Endommagé',
  rowLabel: '{{title}} — document endommagé : {{kind}}',
  title: '« {{title}} » ne peut pas être ouvert',
  kept: 'Vos annotations et signets sur ce document sont gardés, intacts : ils reviennent quand le fichier est réparé.',
  orphans_zero: 'Vous n’avez pas d’annotation sur ce document.',
  orphans_one: 'Votre annotation sur ce document est dans le panneau Notes, parmi les passages introuvables.',
  orphans_other:
    'Vos {{count}} annotations sur ce document sont dans le panneau Notes, parmi les passages introuvables.',
  hint: 'Les autres documents de l’archive s’ouvrent normalement. Pour réparer celui-ci, restaurez ce fichier (ou réinstallez Folio), puis relancez l’application.'
}
