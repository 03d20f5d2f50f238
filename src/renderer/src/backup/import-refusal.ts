// Why a file was refused, in words a user can act on: the problem, where it is in the file, and the
// fact that nothing was written. Zod's issues are worded here (catalog backupRefusals), not by a zod locale.

import type { z } from 'zod'
import { formatNumber } from '../i18n/format'
import i18next from '../i18n/i18n'

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
  return text || i18next.t('backupRefusals.root')
}

/** A refusal's words in the UI language (catalog `backupRefusals`). */
export const refusalText = (key: string, options?: Record<string, unknown>): string =>
  i18next.t(`backupRefusals.${key}`, options)

const TYPE_NAMES = ['string', 'number', 'int', 'boolean', 'array', 'object', 'null', 'undefined']
const typeName = (type: string): string => (TYPE_NAMES.includes(type) ? refusalText(`types.${type}`) : type)

function kindOf(value: unknown): string {
  if (value === undefined) return typeName('undefined')
  if (value === null) return typeName('null')
  if (Array.isArray(value)) return typeName('array')
  return typeName(typeof value)
}

/** Short, inert rendering of a value from the file (quoted, cut to 40 characters). */
export function quoteValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return refusalText('quoted', { text: text.length > 40 ? `${text.slice(0, 40)}…` : text })
}

/** The rules Folio's schemas add to zod's (record-schemas.ts): their message is a key of `backupRefusals.rules`. */
export const RULES = ['positionOrder', 'targetKey', 'url'] as const
export type Rule = (typeof RULES)[number]

/** One zod issue in the UI language. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path)
  const max = (value: number | bigint) => formatNumber(Number(value))
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? refusalText('issues.missing', { where, expected: typeName(issue.expected) })
        : refusalText('issues.wrongType', { where, expected: typeName(issue.expected), found: kindOf(issue.input) })
    case 'too_big':
      return refusalText(
        issue.origin === 'string'
          ? 'issues.textTooLong'
          : issue.origin === 'array'
            ? 'issues.tooManyItems'
            : 'issues.tooBig',
        {
          where,
          max: max(issue.maximum)
        }
      )
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? refusalText('issues.emptyText', { where })
        : refusalText('issues.tooSmall', { where, min: max(issue.minimum) })
    case 'invalid_format':
      return issue.format === 'datetime'
        ? refusalText('issues.isoDate', { where })
        : refusalText('issues.format', { where, format: issue.format })
    case 'invalid_value':
      return refusalText('issues.unexpectedValue', {
        where,
        value: quoteValue(issue.input),
        expected: issue.values.map((value) => String(value)).join(', ')
      })
    case 'unrecognized_keys':
      return refusalText('issues.unknownField', { where, keys: issue.keys.map((key) => quoteValue(key)).join(', ') })
    case 'custom': {
      const rule = RULES.find((name) => name === issue.message)
      return refusalText('issues.custom', { where, message: rule ? refusalText(`rules.${rule}`) : issue.message })
    }
    default:
      return refusalText('issues.invalid', { where })
  }
}

/** A refusal listing the first issues and counting the others. */
export function invalidFile(issues: readonly string[], total: number = issues.length): ImportRefusal {
  const shown = issues.slice(0, SHOWN_ISSUES).join(refusalText('listSeparator'))
  const more = total > SHOWN_ISSUES ? total - SHOWN_ISSUES : 0
  return new ImportRefusal(
    'invalid',
    more > 0
      ? refusalText('invalidFileMore', { issues: shown, count: more })
      : refusalText('invalidFile', { issues: shown })
  )
}
