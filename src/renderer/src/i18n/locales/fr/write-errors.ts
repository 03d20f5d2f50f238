// French strings of why a note was not saved (disk full, database unavailable), the text being kept in the editor.

export const writeErrorsFr = {
  quota: 'Espace disque insuffisant : la note n’a pas été enregistrée. Votre texte est conservé dans l’éditeur.',
  unavailable:
    'La base de données est indisponible (fermée ou bloquée par une autre fenêtre). Votre texte est conservé ; réessayez.',
  failed: 'L’enregistrement a échoué ({{detail}}). Votre texte est conservé dans l’éditeur.'
}
