// A copy's size as the user reads it: "103 Ko", "2,4 Mo" in French, "103 KB", "2.4 MB" in English.

import i18next from 'i18next'
import { formatNumber } from '../i18n/format'

const UNITS = { fr: ['octets', 'Ko', 'Mo', 'Go'], en: ['bytes', 'KB', 'MB', 'GB'] } as const

/** `bytes` in the largest unit that keeps it at or above 1 (units of 1,024), one decimal under 10. */
export function copySize(bytes: number, language: string = i18next.language): string {
  const units = language.startsWith('fr') ? UNITS.fr : UNITS.en
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10
  return `${formatNumber(shown, language)}\u00a0${units[unit]}`
}
