// The CSL-JSON item: the one data shape that citation formatting and exports exchange.
// Typed for the fields Folio uses, with a zod schema that turns citation-js's untyped output into it.

import { z } from 'zod'

/** A name in CSL-JSON: a person (family, given) or a name kept whole (literal). */
export interface CslName {
  family?: string
  given?: string
  literal?: string
}

/** A CSL-JSON date: `date-parts` is `[[year, month?, day?]]`. */
export interface CslDate {
  'date-parts'?: number[][]
  literal?: string
  raw?: string
}

/** A CSL-JSON item, limited to the fields Folio reads or writes. Every field but id and type may be absent. */
export interface CslItem {
  id: string
  /** CSL item type, e.g. `article-journal`. */
  type: string
  'citation-key'?: string
  author?: CslName[]
  title?: string
  'container-title'?: string
  issued?: CslDate
  volume?: string
  issue?: string
  page?: string
  language?: string
  URL?: string
  DOI?: string
}

/** Numbers and strings both occur in CSL-JSON for number-like fields; Folio keeps strings. */
const numberLike = z.union([z.string(), z.number()]).transform((value) => String(value))

const cslName = z.object({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional()
})

const datePart = z.union([z.number(), z.string().regex(/^-?\d+$/)]).transform((value) => Number(value))

const cslDate = z.object({
  'date-parts': z.array(z.array(datePart)).optional(),
  literal: z.string().optional(),
  raw: z.string().optional()
})

/**
 * Validates one CSL-JSON item and keeps only the fields of {@link CslItem}
 * (citation-js's bookkeeping such as `_graph` is dropped).
 */
export const cslItemSchema: z.ZodType<CslItem, unknown> = z.object({
  id: numberLike,
  type: z.string(),
  'citation-key': z.string().optional(),
  author: z.array(cslName).optional(),
  title: z.string().optional(),
  'container-title': z.string().optional(),
  issued: cslDate.optional(),
  volume: numberLike.optional(),
  issue: numberLike.optional(),
  page: numberLike.optional(),
  language: z.string().optional(),
  URL: z.string().optional(),
  DOI: z.string().optional()
})

/** Validates a list of CSL-JSON items; throws a ZodError when one does not fit. */
export function parseCslItems(value: unknown): CslItem[] {
  return z.array(cslItemSchema).parse(value)
}

/** The first year of an item's `issued` date, or null. */
export function issuedYear(item: CslItem): number | null {
  return item.issued?.['date-parts']?.[0]?.[0] ?? null
}
