// French strings of the notice bar: closing a message, "Annuler" and why an undo did not happen.

export const noticeFr = {
  close: 'Fermer le message',
  undo: 'Annuler',
  notUndone: {
    quota: 'Rien n’a été rétabli : espace disque insuffisant. Libérez de la place, puis « Annuler » à nouveau.',
    unavailable: 'Rien n’a été rétabli : la base de données est indisponible. Réessayez avec « Annuler ».',
    failed: 'Rien n’a été rétabli ({{detail}}). Réessayez avec « Annuler ».'
  }
}
