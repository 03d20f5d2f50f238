// The rules for a file name Folio proposes or saves under: no folder, no control characters and no
// bidirectional controls (which make `report\u202Etxt.bat` read as "reporttab.txt"); the chosen type's extension.

import type { FileFilter } from '../../shared/ipc/contract'

/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
function isHiddenOrControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  )
}

/** `name` with each control character written out as `<U+202E>`, so a message shows what the name really is. */
export function visibleFileName(name: string): string {
  let shown = ''
  for (const char of name) {
    const code = char.codePointAt(0)!
    shown += isHiddenOrControl(code) ? `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>` : char
  }
  return shown
}

/** Why `name` cannot be a file name Folio saves under (in French), or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (name === '' || name === '.' || name === '..') return 'un nom de fichier est nécessaire'
  if (name.includes('/') || name.includes('\\')) return 'un nom de fichier ne peut pas contenir de dossier'
  for (let i = 0; i < name.length; i++) {
    if (isHiddenOrControl(name.charCodeAt(i)))
      return 'le nom contient des caractères de contrôle ou d’inversion du sens du texte'
  }
  return null
}

/**
 * `name` with an extension of one of `filters`: kept if it has one (in any case), else the first filter's
 * first extension appended ("notes" and "notes.txt" become "notes.bib" and "notes.txt.bib"), as a save
 * dialog does. With no filters, `name` as it is.
 */
export function withFilterExtension(name: string, filters: readonly FileFilter[]): string {
  const wanted = filters[0]?.extensions[0]
  if (wanted === undefined) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
  if (filters.some((filter) => filter.extensions.some((allowed) => allowed.toLowerCase() === extension))) return name
  let end = name.length
  while (end > 1 && name[end - 1] === '.') end-- // "notes." + "bib": one dot, not two
  return `${name.slice(0, end)}.${wanted}`
}

/**
 * The first name of `names` that another one already takes where case is not told apart (macOS and Windows:
 * "Notes.md" and "notes.md" are one file), or null when all are distinct.
 */
export function repeatedFileName(names: readonly string[]): string | null {
  const seen = new Set<string>()
  for (const name of names) {
    const key = name.normalize('NFC').toLowerCase()
    if (seen.has(key)) return name
    seen.add(key)
  }
  return null
}
