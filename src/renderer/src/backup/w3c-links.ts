// Links between annotations in W3C Web Annotation JSON-LD: each an Annotation with `motivation: linking` whose
// targets are the two annotations' IRIs (from, then to) and whose body is the relation, as a describing TextualBody.

import type { AnnotationLink } from '../db/annotation-link'
import { annotationIri, FOLIO_ANNOTATION_IRI } from './w3c-export'

/** One link as a W3C `Annotation` (without `@context`: the collection carries it). */
export function toW3cLink(link: AnnotationLink): Record<string, unknown> {
  return {
    id: annotationIri(link.id),
    type: 'Annotation',
    motivation: 'linking',
    created: link.createdAt,
    modified: link.updatedAt,
    body: { type: 'TextualBody', value: link.relation, purpose: 'describing' },
    target: [annotationIri(link.fromId), annotationIri(link.toId)]
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True when `raw` is a linking annotation (its motivation, or one of them, is `linking`). */
export function isW3cLink(raw: unknown): boolean {
  if (!isObject(raw)) return false
  const motivation = raw.motivation
  return motivation === 'linking' || (Array.isArray(motivation) && motivation.includes('linking'))
}

/** The Folio id an annotation IRI names (`urn:uuid:…` or `urn:folio:annotation:…`), or null for any other IRI. */
export function idOfAnnotationIri(iri: unknown): string | null {
  if (typeof iri !== 'string') return null
  const uuid = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(iri)?.[1]
  if (uuid) return uuid.toLowerCase()
  if (!iri.startsWith(FOLIO_ANNOTATION_IRI)) return null
  try {
    return decodeURIComponent(iri.slice(FOLIO_ANNOTATION_IRI.length))
  } catch {
    return null
  }
}

/**
 * A linking annotation read back as a link record, still to be validated (annotationLinkSchema), or null
 * when it does not join two annotations of the file's kind (it is then left out and counted by the caller).
 */
export function readW3cLink(raw: Record<string, unknown>, now: Date): Record<string, unknown> | null {
  const targets = Array.isArray(raw.target) ? raw.target : []
  const ids = targets.map((target) => idOfAnnotationIri(isObject(target) ? target.id : target))
  const id = idOfAnnotationIri(raw.id)
  const [fromId, toId] = ids
  if (ids.length !== 2 || !fromId || !toId || !id) return null
  const bodies = Array.isArray(raw.body) ? raw.body : [raw.body]
  const relation = bodies.find((body) => isObject(body) && typeof body.value === 'string') as
    { value: string } | undefined
  const created = typeof raw.created === 'string' ? raw.created : now.toISOString()
  return {
    id,
    fromId,
    toId,
    relation: relation?.value ?? '',
    createdAt: created,
    updatedAt: typeof raw.modified === 'string' ? raw.modified : created
  }
}
