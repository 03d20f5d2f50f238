// French strings of the screen shown when the archive cannot be opened: the file at fault, each kind of
// problem and its explanation.

export const archiveErrorFr = {
  title: 'L’archive ne peut pas être ouverte',
  file: 'Fichier',
  detail: 'Détails',
  hint: 'Vos notes et signets ne sont pas touchés. Réinstallez Folio ou restaurez ce fichier, puis relancez l’application.',
  kinds: {
    missing: 'Fichier manquant',
    unreadable: 'Fichier illisible',
    'invalid-manifest': 'Manifeste invalide',
    checksum: 'Fichier altéré',
    'invalid-document': 'Document invalide',
    'invalid-entry': 'Entrée du manifeste refusée',
    'outside-archive': 'Fichier hors de l’archive',
    duplicate: 'Entrée en double',
    recovered: 'Bibliothèque réparée'
  },
  explain: {
    missing: 'Le fichier « {{file}} » manque dans le dossier de l’archive.',
    unreadable: 'Le fichier « {{file}} » ne peut pas être lu.',
    'invalid-manifest': 'Le manifeste « {{file}} » ne décrit pas l’archive correctement.',
    checksum: 'Le contenu de « {{file}} » ne correspond pas au manifeste : le fichier a été modifié ou abîmé.',
    'invalid-document': 'Le document « {{file}} » ne peut pas être lu comme un article.',
    'invalid-entry': 'Le manifeste décrit « {{file}} » d’une façon que Folio refuse.',
    'outside-archive': '« {{file}} » mène hors du dossier de l’archive : Folio ne le lit pas.',
    duplicate: 'Le manifeste liste « {{file}} » ou son id deux fois.',
    recovered: 'La liste « {{file}} » était abîmée : elle a été reconstruite à partir des copies de vos documents.'
  }
}
