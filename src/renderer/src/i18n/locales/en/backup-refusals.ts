// English strings of an import's refusals: why a backup or W3C file is not imported, down to the field
// at fault, and why a write was rolled back. Same keys as ./fr/backup-refusals.ts (the type says so).

import type { Catalog } from '../../catalog'
import type { backupRefusalsFr } from '../fr/backup-refusals'

export const backupRefusalsEn: Catalog<typeof backupRefusalsFr> = {
  root: '(root)',
  quoted: '“{{text}}”',
  listSeparator: '; ',
  types: {
    string: 'a text',
    number: 'a number',
    int: 'an integer',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
    null: 'null',
    undefined: 'nothing'
  },
  issues: {
    missing: '{{where}}: missing field ({{expected}} expected)',
    wrongType: '{{where}}: {{expected}} expected, {{found}} found',
    textTooLong: '{{where}}: text too long (at most {{max}} characters)',
    tooManyItems: '{{where}}: too many items (at most {{max}})',
    tooBig: '{{where}}: value too large (at most {{max}})',
    emptyText: '{{where}}: empty text',
    tooSmall: '{{where}}: value too small (at least {{min}})',
    isoDate: '{{where}}: ISO 8601 date expected',
    format: '{{where}}: invalid format ({{format}})',
    unexpectedValue: '{{where}}: unexpected value {{value}} (expected: {{expected}})',
    unknownField: '{{where}}: unknown field {{keys}}',
    custom: '{{where}}: {{message}}',
    invalid: '{{where}}: invalid value'
  },
  rules: {
    positionOrder: 'start must be less than or equal to end',
    targetKey: 'targetKey doesn’t match kind, documentId and targetId',
    url: 'only http(s) URLs are accepted'
  },
  invalidFile: 'The file contains invalid data: {{issues}}.',
  invalidFileMore_one: 'The file contains invalid data: {{issues}} (and {{count, number}} more problem).',
  invalidFileMore_other: 'The file contains invalid data: {{issues}} (and {{count, number}} more problems).',
  empty: 'The file is empty.',
  tooLarge: 'The file is over 100 MB, the size limit for an import.',
  truncated: 'The file is truncated: the JSON stops before the end. It may have been copied badly.',
  notJson: 'The file isn’t valid JSON: it’s damaged, or it isn’t a Folio export.',
  notJsonAt: 'The file isn’t valid JSON (character {{position, number}}): it’s damaged, or it isn’t a Folio export.',
  newerFormat:
    'This backup uses version {{version}} of the format, newer than this Folio (version {{supported}}): update Folio to restore it.',
  unknownFormatVersion: 'Unknown format version ({{version}}): this Folio reads version {{supported}}.',
  absent: 'none',
  newerSchema:
    'This backup comes from a newer Folio (schema v{{version}}; this one stops at v{{supported}}): update Folio to restore it.',
  unknownTable: 'tables: unknown table “{{name}}” for schema v{{version}}',
  missingTable: 'tables: the table “{{name}}” is missing',
  countMismatch: 'counts.{{name}} announces {{announced}} records, the file holds {{actual}}',
  noCount: 'no',
  countWithoutTable: 'counts: “{{name}}” matches no table',
  unknownFormat: 'Unknown file format ({{format}}): Folio expects “{{expected}}”.',
  notBackupOrW3c: 'This file is neither a Folio backup nor a W3C annotation file (JSON-LD).',
  w3cNoAnnotations: 'This W3C file contains no annotations.',
  w3cExternalPages: 'This W3C collection points to pages that aren’t in the file: export it as a single file.',
  w3cNoType: 'This W3C file contains no Annotation, AnnotationPage or AnnotationCollection.',
  w3cNoQuote: '{{where}}: no TextQuoteSelector, so Folio couldn’t find the passage',
  w3cNotFolio: '{{where}}: {{source}} isn’t a Folio document',
  duplicate:
    'Two records ({{table}}) in the file have the same {{field}} “{{value}}” ({{where}}): the file is inconsistent.',
  duplicateWhere: '{{prefix}}{{table}}[{{first}}] and [{{second}}]',
  tables: {
    annotations: 'annotations',
    bookmarks: 'bookmarks',
    linkUrls: 'link URLs',
    readingStates: 'reading positions',
    settings: 'settings'
  },
  writeQuota: 'Not enough disk space: nothing was imported, your data is as it was.',
  writeConstraint:
    'A record in the file clashes with a unique key of the database: nothing was imported, your data is as it was.',
  writeFailed: 'Writing failed ({{detail}}): nothing was imported, your data is as it was.'
}
