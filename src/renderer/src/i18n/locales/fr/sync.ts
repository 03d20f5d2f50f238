// French strings of the sync with the user's other devices (sync/sync-button.tsx, sync/sync-dialog.tsx).

export const syncFr = {
  open: 'Synchronisation',
  openHint: 'Synchroniser vos notes avec vos autres appareils',
  short: {
    off: 'Synchronisation',
    syncing: 'Synchronisation…',
    synced: 'Synchronisé {{time}}',
    offline: 'Hors ligne',
    refused: 'Synchronisation refusée'
  },
  long: {
    off: 'Cet appareil n’est relié à aucun serveur : vos notes restent ici.',
    syncing: 'Synchronisation en cours : {{sent}} envoyée(s), {{received}} reçue(s).',
    synced: 'Synchronisé : {{when}}.',
    offline_one: 'Hors ligne depuis {{time}} ; {{count}} modification attend le serveur.',
    offline_other: 'Hors ligne depuis {{time}} ; {{count}} modifications attendent le serveur.',
    refusedToken: 'Le serveur refuse ce jeton (inconnu, retiré ou expiré) : {{message}}',
    refusedOther: 'Le serveur refuse la connexion : {{message}}'
  },
  title: 'Synchronisation',
  intro:
    'Reliez cet appareil à un serveur Folio pour retrouver vos annotations, signets, liens, positions de lecture et réglages sur vos autres appareils. Tout marche aussi hors ligne.',
  server: 'Adresse du serveur',
  account: 'Compte',
  token: 'Jeton',
  connect: 'Connecter',
  connecting: 'Connexion…',
  connected: 'Connecté : {{count}} enregistrement(s) de cet appareil envoyé(s) au serveur.',
  firstBackup: 'Une sauvegarde de sécurité de vos données est écrite avant la première connexion.',
  disconnect: 'Déconnecter cet appareil',
  disconnected: 'Cet appareil n’est plus synchronisé ; vos données y restent.',
  close: 'Fermer',
  where: '{{account}} sur {{server}}'
}
