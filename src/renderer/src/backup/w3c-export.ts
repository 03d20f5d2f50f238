// Annotations as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one AnnotationCollection
// whose first page holds every annotation, each with its quote and position selectors, note, tags and dates.

import { pageFragmentSelector, pageOfPassage } from '../../../shared/copies/copy-page'
import type { Annotation, HighlightColor } from '../db/annotation'
import type { AnnotationLink } from '../db/annotation-link'
import { forEachInChunks, type OnProgress } from './progress'
import { toW3cLink } from './w3c-links'

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
/** IRI of a Folio document in `target.source`: `urn:folio:document:<documentId>` (the id percent-encoded). */
export const FOLIO_DOCUMENT_IRI = 'urn:folio:document:'
/** IRI of an annotation whose id is not a UUID (UUIDs use `urn:uuid:`). */
export const FOLIO_ANNOTATION_IRI = 'urn:folio:annotation:'
/** CSS class naming a highlight colour on the target (`styleClass`), defined by the annotation's stylesheet. */
export const COLOR_CLASS_PREFIX = 'folio-'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Highlight colours as CSS, for the W3C stylesheet (the app's own palette lives in its CSS). */
const COLOR_CSS: Record<HighlightColor, string> = {
  yellow: '#fff3a0',
  green: '#c8f0c0',
  blue: '#c6e2ff',
  pink: '#ffd0e4',
  purple: '#e2d4ff',
  orange: '#ffd9b0'
}

/** The IRI of an annotation: `urn:uuid:…` for a UUID, else `urn:folio:annotation:<id>`. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${FOLIO_ANNOTATION_IRI}${encodeURIComponent(id)}`
}

/** The IRI of a Folio document. */
export const documentIri = (documentId: string): string => `${FOLIO_DOCUMENT_IRI}${encodeURIComponent(documentId)}`

interface TextualBody {
  type: 'TextualBody'
  value: string
  purpose: 'commenting' | 'tagging'
  format?: 'text/markdown'
}

/** One annotation as a W3C `Annotation` (without `@context`: the collection carries it). */
export function toW3cAnnotation(annotation: Annotation): Record<string, unknown> {
  const body: TextualBody[] = []
  if (annotation.note !== '')
    body.push({ type: 'TextualBody', value: annotation.note, purpose: 'commenting', format: 'text/markdown' })
  for (const tag of annotation.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' })
  const styleClass = `${COLOR_CLASS_PREFIX}${annotation.color}`
  const page = pageOfPassage(annotation.documentId, annotation.target.blockId)
  return {
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note === '' ? 'highlighting' : 'commenting',
    created: annotation.createdAt,
    modified: annotation.updatedAt,
    stylesheet: {
      type: 'CssStylesheet',
      value: `.${styleClass} { background-color: ${COLOR_CSS[annotation.color]}; }`
    },
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: documentIri(annotation.documentId),
      styleClass,
      selector: [
        annotation.target.selectors.quote,
        annotation.target.selectors.position,
        ...(page !== null ? [pageFragmentSelector(page)] : [])
      ]
    }
  }
}

/**
 * A JSON-LD `AnnotationCollection` of `annotations`, then of the `links` between them (w3c-links.ts), every one
 * on its first `AnnotationPage`. Serialised one annotation per line, in chunks so the page stays responsive.
 */
export async function serializeW3cAnnotations(
  annotations: readonly Annotation[],
  label: string,
  onProgress?: OnProgress,
  links: readonly AnnotationLink[] = []
): Promise<string> {
  const lines: string[] = []
  await forEachInChunks(
    annotations,
    'serializing',
    (annotation) => lines.push(JSON.stringify(toW3cAnnotation(annotation))),
    onProgress
  )
  for (const link of links) lines.push(JSON.stringify(toW3cLink(link)))
  const head = {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: annotations.length + links.length
  }
  const open = `${JSON.stringify(head).slice(0, -1)},\n"first":{"type":"AnnotationPage","startIndex":0,"items":[`
  return `${open}${lines.length > 0 ? `\n${lines.join(',\n')}` : ''}\n]}}\n`
}
