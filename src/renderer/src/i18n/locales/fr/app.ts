// French strings of the app's name and what the window says while it starts or when main cannot be reached.

export const appFr = {
  name: 'Folio',
  loading: 'Chargement de l’archive…',
  noBridge: 'Le pont vers le processus principal est absent.',
  unavailable: 'Le processus principal est indisponible.'
}
