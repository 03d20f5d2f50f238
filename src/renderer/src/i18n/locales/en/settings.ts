// English strings of the display settings: theme, text size, line width and language.
// Same keys as ../fr/settings.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { settingsFr } from '../fr/settings'

export const settingsEn: Catalog<typeof settingsFr> = {
  button: 'Display',
  label: 'Display settings',
  theme: 'Theme',
  themes: { system: 'Same as system', light: 'Light', dark: 'Dark', sepia: 'Sepia' },
  fontSize: 'Text size: {{size}} px',
  lineWidth: 'Line width: {{width}} characters',
  language: 'Language',
  languages: { fr: 'Français', en: 'English' }
}
