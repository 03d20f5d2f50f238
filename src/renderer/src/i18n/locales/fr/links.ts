// French strings added to the archived-link cards: opening a link through the main process,
// the explanations when it cannot be opened, and the URL the user attaches (their own data).

export const linksFr = {
  open: 'Ouvrir',
  openHint: 'Ouvre {{which}} dans votre navigateur, après confirmation.',
  which: {
    archived: 'la copie archivée',
    original: 'l’adresse d’origine',
    user: 'l’adresse que vous avez ajoutée'
  },
  opening: 'Ouverture demandée…',
  opened: 'Ouvert dans votre navigateur : {{url}}',
  declined: 'Ouverture annulée : le lien n’a pas été ouvert.',
  invalid: 'Cette adresse ne peut pas être ouverte : seules les adresses http et https le peuvent.',
  failed: 'Le lien n’a pas pu être ouvert : {{message}}',
  noUrl:
    'Aucune adresse n’est connue pour ce lien : la source n’en donne pas. Si vous la connaissez, ajoutez-la ci-dessous.',
  offline: 'Vous êtes hors ligne : le lien ne peut pas être ouvert maintenant. Reconnectez-vous puis réessayez.',
  noApi: 'Folio n’est pas relié au processus principal : impossible d’ouvrir un lien.',
  userUrl: 'Votre adresse',
  userUrlBadge: 'ajoutée par vous',
  statusUserUrl: 'Adresse ajoutée par vous (non vérifiée)',
  attach: 'Ajouter une adresse',
  attachHint: 'Une adresse que vous connaissez pour ce lien. Elle reste dans vos données, jamais dans l’archive.',
  edit: 'Modifier l’adresse',
  remove: 'Retirer mon adresse',
  removed: 'Votre adresse a été retirée.',
  field: 'Adresse (http ou https)',
  placeholder: 'https://…',
  save: 'Enregistrer l’adresse',
  cancel: 'Annuler',
  saved: 'Adresse enregistrée.',
  rejected: {
    empty: 'Saisissez une adresse.',
    'too-long': 'Cette adresse est trop longue (plus de {{max}} caractères).',
    'control-character': 'Cette adresse contient un caractère invisible ou de contrôle : elle est refusée.',
    whitespace: 'Une adresse ne contient pas d’espace (écrivez %20 à la place).',
    'missing-scheme': 'Ajoutez « https:// » au début de l’adresse.',
    scheme: 'Les adresses « {{scheme}} » sont refusées : seules les adresses http:// et https:// sont acceptées.',
    credentials: 'Une adresse avec un nom d’utilisateur ou un mot de passe est refusée.',
    malformed: 'Ce n’est pas une adresse web valide (http:// ou https:// suivi d’un nom de site).'
  }
}
