// Why a file was refused, in words a user can act on: the problem, where it is in the file, and the
// fact that nothing was written. Zod's issues are translated here rather than through a global locale.

import type { z } from 'zod'

/** The kinds of problem an import can run into. */
export type RefusalCode =
  | 'empty'
  | 'too-large'
  | 'not-json'
  | 'truncated'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid'
  | 'duplicate-id'
  | 'write-failed'

/** A refused import. The database is exactly as it was; `message` names the problem. */
export class ImportRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
    cause?: unknown
  ) {
    super(message, { cause })
    this.name = 'ImportRefusal'
  }
}

/** Issues listed in a message; the rest are counted. */
const SHOWN_ISSUES = 3

/** "tables.annotations[12].target.selectors.quote.exact" for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`
    else text += text === '' ? String(part) : `.${String(part)}`
  }
  return text || '(racine)'
}

const typeNames: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un entier',
  boolean: 'vrai ou faux',
  array: 'une liste',
  object: 'un objet',
  null: 'null',
  undefined: 'absent'
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'absent'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'une liste'
  return typeNames[typeof value] ?? typeof value
}

/** Short, inert rendering of a value from the file (quoted, cut to 40 characters). */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`
}

/** One zod issue in French. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path)
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${where} : champ manquant (${typeNames[issue.expected] ?? issue.expected} attendu)`
        : `${where} : ${typeNames[issue.expected] ?? issue.expected} attendu, ${kindOf(issue.input)} trouvé`
    case 'too_big':
      return issue.origin === 'string'
        ? `${where} : texte trop long (au plus ${issue.maximum.toLocaleString('fr')} caractères)`
        : issue.origin === 'array'
          ? `${where} : trop d’éléments (au plus ${issue.maximum.toLocaleString('fr')})`
          : `${where} : valeur trop grande (au plus ${issue.maximum.toLocaleString('fr')})`
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? `${where} : texte vide`
        : `${where} : valeur trop petite (au moins ${issue.minimum.toLocaleString('fr')})`
    case 'invalid_format':
      return issue.format === 'datetime' ? `${where} : date ISO 8601 attendue` : `${where} : format invalide (${issue.format})`
    case 'invalid_value':
      return `${where} : valeur inattendue ${quoteValue(issue.input)} (attendu : ${issue.values.map((value) => String(value)).join(', ')})`
    case 'unrecognized_keys':
      return `${where} : champ inconnu ${issue.keys.map((key) => quoteValue(key)).join(', ')}`
    case 'custom':
      return `${where} : ${issue.message}`
    default:
      return `${where} : valeur invalide`
  }
}

/** A refusal listing the first issues and counting the others. */
export function invalidFile(issues: readonly string[], total: number = issues.length): ImportRefusal {
  const shown = issues.slice(0, SHOWN_ISSUES).join(' ; ')
  const more = total > SHOWN_ISSUES ? ` (et ${(total - SHOWN_ISSUES).toLocaleString('fr')} autres problèmes)` : ''
  return new ImportRefusal('invalid', `Le fichier contient des données invalides : ${shown}${more}.`)
}
