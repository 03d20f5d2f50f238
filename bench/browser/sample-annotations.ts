// Synthetic annotations for the data-layer benchmark: deterministic quotes, Markdown notes and tags
// spread over documents, given to Folio's layer as inputs and to the baselines as the records it stores.

import { createRandom } from '../random'
import type { Annotation } from '../../src/renderer/src/db/annotation'
import type { NewAnnotation } from '../../src/renderer/src/db/annotations-store'

const WORDS = (
  'traité alliance amitié assistance mutuelle république populaire chine union soviétique février négociations ' +
  'gouvernement reconnaissance frontière retrait troupes invasion mandchourie chemin fer ports relations scission ' +
  'de la le les et des en du un une que qui dans pour par sur au est il a ont ne pas'
).split(' ')
const TAGS = Array.from({ length: 40 }, (_, i) => `thème ${i}`)
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const

/** What to generate: how many annotations, over how many documents, with notes of about how many characters. */
export interface SampleOptions {
  documents: number
  noteChars: number
  seed?: number
}

/** The id of the i-th benchmark document. */
export const sampleDocumentId = (i: number): string => `doc-${i.toString().padStart(5, '0')}`

/** `count` annotation inputs, round-robin over the documents. */
export function sampleAnnotations(count: number, options: SampleOptions): NewAnnotation[] {
  const random = createRandom(options.seed ?? 1950)
  const text = (chars: number): string => {
    const words: string[] = []
    let length = 0
    while (length < chars) {
      const word = WORDS[Math.floor(random() * WORDS.length)] ?? 'mot'
      words.push(random() < 0.03 ? `**${word}**` : word)
      length += word.length + 1
    }
    return words.join(' ')
  }
  return Array.from({ length: count }, (_, i) => {
    const exact = text(20 + Math.floor(random() * 100))
    const start = Math.floor(random() * 50_000)
    return {
      documentId: sampleDocumentId(i % options.documents),
      color: COLORS[i % COLORS.length] ?? 'yellow',
      note: text(Math.floor(options.noteChars * (0.5 + random()))),
      tags: TAGS.filter(() => random() < 0.05).slice(0, 3),
      target: {
        blockId: `p-${Math.floor(start / 500)}`,
        blockOffset: start % 500,
        selectors: {
          quote: { type: 'TextQuoteSelector', exact, prefix: text(32).slice(0, 32), suffix: text(32).slice(0, 32) },
          position: { type: 'TextPositionSelector', start, end: start + exact.length }
        }
      }
    }
  })
}

/** The record Folio stores for an input, as the baselines store it (no validation, no cleaning). */
export function toRecord(input: NewAnnotation, createdAt: string): Annotation {
  return {
    id: crypto.randomUUID(),
    documentId: input.documentId,
    target: input.target,
    color: input.color,
    note: input.note ?? '',
    tags: input.tags ?? [],
    createdAt,
    updatedAt: createdAt
  }
}
