// French strings of the archive switcher: the archive open, the others the user opened, opening another one.

export const archivesFr = {
  heading: 'Archives',
  label: 'Archive ouverte',
  shipped: '{{name}} (livrée avec Folio)',
  open: 'Ouvrir une archive…',
  refused: 'Ce dossier ne contient pas d’archive que Folio peut ouvrir.',
  failed: 'L’archive n’a pas pu être ouverte.',
  unavailable: 'L’archive « {{name}} » n’a pas pu être ouverte : l’archive livrée avec Folio est ouverte à sa place.'
}
