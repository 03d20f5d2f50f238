// French strings of groups: the groups dialog, sharing a document, members' annotations in the notes panel and
// the reader (groups/*.tsx).

export const groupsFr = {
  open: 'Groupes…',
  title: 'Groupes',
  notConnected:
    'Les groupes passent par un serveur Folio : connectez d’abord cet appareil (Synchronisation dans l’en-tête).',
  offline: 'Serveur injoignable : les groupes montrés sont ceux connus à la dernière connexion.',
  none: 'Vous n’êtes dans aucun groupe.',
  create: {
    label: 'Nom du nouveau groupe',
    submit: 'Créer le groupe',
    done: 'Groupe « {{name}} » créé.'
  },
  join: {
    label: 'Code d’invitation',
    hint: 'Collez le code (ou le lien) reçu d’un propriétaire du groupe.',
    submit: 'Rejoindre',
    done: 'Vous avez rejoint le groupe.',
    badCode: 'Ce texte ne contient pas de code d’invitation (22 caractères).',
    otherServer:
      'Ce lien invite dans un groupe du serveur {{server}}, pas de celui de cet appareil : rien n’a été envoyé.',
    badLink: 'Ce lien d’invitation ne se lit pas : {{why}}'
  },
  you: 'vous',
  yourRole: 'Votre rôle : {{role}}',
  members: 'Membres',
  roles: { owner: 'propriétaire', annotate: 'peut annoter', read: 'peut lire' },
  roleOf: 'Rôle de {{name}}',
  remove: 'Retirer',
  removeLabel: 'Retirer {{name}} du groupe',
  leave: 'Quitter le groupe',
  invite: {
    role: 'Rôle de l’invité',
    submit: 'Inviter',
    code: 'Code d’invitation pour {{group}}',
    copy: 'Copier',
    copied: 'Code copié.',
    copyLink: 'Copier le lien d’invitation',
    linkCopied: 'Lien copié.',
    expires: 'À transmettre à la personne invitée : il sert une fois, jusqu’au {{date}}.'
  },
  inviteLink: {
    title: 'Invitation à un groupe',
    server: 'Serveur du groupe',
    notConnected:
      'Cet appareil n’est relié à aucun serveur. Pour rejoindre ce groupe, connectez-le à ce serveur avec votre compte ; Folio ne le contacte pas sans vous.',
    otherServer:
      'Cet appareil est relié à un autre serveur ({{current}}). Pour rejoindre ce groupe, déconnectez-le puis connectez-le à ce serveur avec votre compte ; Folio ne le contacte pas sans vous.',
    connect: 'Se connecter à ce serveur…',
    cancel: 'Annuler',
    bad: 'Ce lien d’invitation ne se lit pas : {{why}}',
    problems: {
      'not-invite': 'ce n’est pas un lien d’invitation.',
      'too-long': 'il est trop long.',
      'control-character': 'il contient des caractères invisibles ou de contrôle.',
      'bad-encoding': 'il est mal encodé.',
      'repeated-part': 'une de ses parties est donnée deux fois.',
      'missing-parts': 'il lui manque le code ou le serveur.',
      'bad-code': 'son code n’a pas la forme d’un code d’invitation.',
      'bad-server': 'il ne nomme pas l’adresse d’un serveur (http, https, ws ou wss, sans identifiants).'
    }
  },
  close: 'Fermer',
  errors: {
    off: 'Cet appareil n’est relié à aucun serveur.',
    offline: 'Le serveur ne répond pas ; réessayez une fois en ligne.',
    'bad-code': 'Ce code d’invitation est inconnu, déjà utilisé ou expiré.',
    'last-owner': 'Le groupe doit garder au moins un propriétaire : nommez-en un autre d’abord.',
    forbidden: 'Votre rôle dans ce groupe ne le permet pas.',
    'not-found': 'Ce groupe n’est pas (ou plus) parmi les vôtres.',
    'not-member': 'Cette personne n’est plus membre du groupe.',
    'group-full': 'Ce groupe est complet.',
    'too-many-invites': 'Trop d’invitations en attente pour ce groupe.',
    self: 'Pour partir vous-même, quittez le groupe.',
    other: 'Le serveur refuse : {{message}}'
  },
  share: {
    title: 'Partager avec un groupe',
    hint: 'Les annotations de ce document partent vers le groupe coché ; les autres documents restent privés.',
    readOnly: '{{group}} (lecture seule)',
    readOnlyShared: '{{group}} (lecture seule : décochez pour reprendre ce que vous y aviez partagé)',
    withdraw: 'Retirer de {{group}} les annotations de {{name}} sur ce document',
    withdrawn: 'Les annotations de {{name}} sur ce document ont quitté {{group}}.',
    shared: 'Annotations de ce document partagées avec {{group}}.',
    unshared: 'Ce document n’est plus partagé avec {{group}}.'
  },
  filter: {
    label: 'Annotations à montrer',
    all: 'Toutes',
    mine: 'Les miennes',
    theirs: 'Des membres',
    member: 'De {{name}}'
  },
  memberNotes_one: '{{count}} annotation de membres',
  memberNotes_other: '{{count}} annotations de membres',
  by: 'par {{name}}',
  cardLabel: 'Annotation de {{name}} : {{quote}}',
  orphan: 'Passage introuvable dans ce texte',
  inGroup: 'dans {{group}}'
}
