// French strings of the drafts: the offer of a kept draft, the choice when the saved note is newer.
// Every key here has its English twin in ../en/drafts.ts (the type says so).

export const draftsFr = {
  offerLabel: 'Brouillon non enregistré',
  offer: 'Un brouillon non enregistré a été gardé (le {{date}}).',
  offerStale:
    'La note a été modifiée depuis ce brouillon du {{date}} : la version enregistrée est plus récente. Reprendre le brouillon montre les deux, et vous choisissez.',
  resume: 'Reprendre le brouillon',
  discard: 'Abandonner',
  kept: 'Brouillon gardé',
  conflict:
    'La note a été modifiée depuis ce brouillon : une version plus récente a été enregistrée ({{date}}), peut-être dans une autre fenêtre. Choisissez celle à garder avant d’enregistrer.',
  savedVersion: 'Version enregistrée',
  savedTags: 'Étiquettes : {{tags}}',
  emptyNote: '(note vide)',
  keepMine: 'Garder mon brouillon',
  takeSaved: 'Prendre la version enregistrée'
}
