// French strings of the display settings: theme, text size, line width and language.

export const settingsFr = {
  button: 'Affichage',
  label: 'Réglages d’affichage',
  theme: 'Thème',
  themes: { system: 'Comme le système', light: 'Clair', dark: 'Sombre', sepia: 'Sépia' },
  fontSize: 'Taille du texte : {{size}} px',
  lineWidth: 'Largeur de ligne : {{width}} caractères',
  language: 'Langue',
  languages: { fr: 'Français', en: 'English' }
}
