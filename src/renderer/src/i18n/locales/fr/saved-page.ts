// French strings of a saved web page in the reader: the bar above the page, saying it is read offline without
// scripts and how many remote resources main took out of it.

export const savedPageFr = {
  blocked_one: '{{count}} ressource distante bloquée : cette page est lue hors ligne, sans script.',
  blocked_other: '{{count}} ressources distantes bloquées : cette page est lue hors ligne, sans script.',
  none: 'Page lue hors ligne, sans script.',
  failed: 'Cette page enregistrée n’a pas pu être lue (réponse {{status}}) : son fichier manque peut-être.'
}
