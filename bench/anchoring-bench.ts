// Anchoring benchmark: 2,000 annotations on a synthetic ~1 MB French-like document, re-anchored when the
// text is unchanged, shifted, edited (1–3 characters per quote) and when every quote is gone.

import { createRandom } from './random'

export { createRandom }
import { anchorAllSteps } from '../src/shared/anchoring/anchor'
import { describeRange } from '../src/shared/anchoring/describe'
import { prepareDocument } from '../src/shared/anchoring/prepared-document'
import type { Anchor, AnchorMethod, AnnotationTarget } from '../src/shared/anchoring/types'
import { StableIds } from '../src/shared/archive/stable-id'

/** A document as anchoring sees it: blocks with ids derived from their text. */
export interface SyntheticDocument {
  blocks: { id: string; text: string }[]
}

const SYLLABLES = (
  'la le de ré pu bli que tion ment con tra ité al li an ce so vié ti gou ver ne mi nis tè re pour par ' +
  'en dans sur è ou eau oi ai cha gne mon trè fran çais é lé ga teur prin ci pal ro man ès bâ ti for êt'
).split(' ')
const FUNCTION_WORDS = 'de la le les et à des en du un une que qui dans pour par sur au est il a ont ne pas'.split(' ')

function buildDocument(texts: readonly string[]): SyntheticDocument {
  const ids = new StableIds()
  return { blocks: texts.map((text) => ({ id: ids.next('p', text), text })) }
}

/**
 * A deterministic document of at least `bytes` UTF-8 bytes: paragraphs of French-like words (accents,
 * U+00A0 before « : » and « ; », a short heading every dozen paragraphs). One block per paragraph.
 */
export function generateSyntheticDocument(seed: number, bytes: number): SyntheticDocument {
  const random = createRandom(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const vocabulary: string[] = []
  for (let i = 0; i < 4000; i++) {
    const syllables = 1 + Math.floor(random() * 4)
    let word = ''
    for (let s = 0; s < syllables; s++) word += pick(SYLLABLES)
    vocabulary.push(word)
  }
  // Zipf-like: frequent words early in the list are drawn much more often.
  const word = (): string =>
    random() < 0.35 ? pick(FUNCTION_WORDS) : (vocabulary[Math.floor(vocabulary.length * random() ** 2.5)] ?? 'mot')
  const encoder = new TextEncoder()
  const texts: string[] = []
  let size = 0
  while (size < bytes) {
    let text: string
    if (texts.length % 12 === 11) {
      const words = Array.from({ length: 2 + Math.floor(random() * 4) }, word).join(' ')
      text = words.charAt(0).toUpperCase() + words.slice(1)
    } else {
      const sentences: string[] = []
      const count = 2 + Math.floor(random() * 8)
      for (let s = 0; s < count; s++) {
        const words = Array.from({ length: 8 + Math.floor(random() * 18) }, word)
        if (random() < 0.3) words.splice(3 + Math.floor(random() * 4), 0, random() < 0.5 ? '\u00a0:' : '\u00a0;')
        const sentence = words.join(' ')
        sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.')
      }
      text = sentences.join(' ')
    }
    texts.push(text)
    size += encoder.encode(text).length + 1
  }
  return buildDocument(texts)
}

/** A selection made on the original text, and where its passage is expected after a change. */
export interface Selection {
  start: number
  end: number
}

/** `count` non-overlapping selections of 8–300 characters (most 20–120), one per equal slot of the text. */
function makeSelections(text: string, count: number, random: () => number): Selection[] {
  const slot = Math.floor(text.length / count)
  const selections: Selection[] = []
  for (let i = 0; i < count; i++) {
    const r = random()
    const wanted =
      r < 0.1
        ? 8 + Math.floor(random() * 12)
        : r < 0.8
          ? 20 + Math.floor(random() * 100)
          : 120 + Math.floor(random() * 180)
    const length = Math.max(1, Math.min(wanted, slot - 2))
    const start = i * slot + Math.floor(random() * (slot - length))
    selections.push({ start, end: start + length })
  }
  return selections
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzéèàç'

/**
 * Applies 1–3 one-character edits (substitution, insertion or deletion, never of a '\n') inside each
 * selection. Returns the new text and where each selection's passage now is.
 */
function editQuotes(
  text: string,
  selections: readonly Selection[],
  random: () => number
): { text: string; expected: Selection[] } {
  const parts: string[] = []
  const expected: Selection[] = []
  let from = 0
  let shift = 0
  for (const { start, end } of selections) {
    parts.push(text.slice(from, start))
    const chars = [...text.slice(start, end)]
    const edits = 1 + Math.floor(random() * 3)
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * chars.length)
      if (chars[at] === '\n') continue
      const letter = LETTERS.charAt(Math.floor(random() * LETTERS.length))
      const kind = random()
      if (kind < 0.5) chars[at] = chars[at] === letter ? 'x' : letter
      else if (kind < 0.75) chars.splice(at, 0, letter)
      else if (chars.length > 4) chars.splice(at, 1)
    }
    const quote = chars.join('')
    expected.push({ start: start + shift, end: start + shift + quote.length })
    shift += quote.length - (end - start)
    parts.push(quote)
    from = end
  }
  parts.push(text.slice(from))
  return { text: parts.join(''), expected }
}

/** Removes every selection's text. */
function removeQuotes(text: string, selections: readonly Selection[]): string {
  const parts: string[] = []
  let from = 0
  for (const { start, end } of selections) {
    parts.push(text.slice(from, start))
    from = end
  }
  parts.push(text.slice(from))
  return parts.join('')
}

/** Figures of one re-anchoring run. */
export interface RunFigures {
  /** Synchronous work, preparation included (time spent yielded is not counted). */
  totalMs: number
  /** Longest synchronous slice between two yields. */
  longestChunkMs: number
  slices: number
  /** Targets anchored (not orphans). */
  anchored: number
  /** Anchors within 3 characters of where the passage is known to be. */
  correct: number
  byMethod: Record<AnchorMethod, number>
}

/** What {@link runAnchoringBenchmark} reports. */
export interface AnchoringBenchmarkFigures {
  documentChars: number
  documentBytes: number
  annotations: number
  exactTotalMs: number
  editedTotalMs: number
  goneTotalMs: number
  /** Longest synchronous slice over all runs. */
  longestChunkMs: number
  runs: { exact: RunFigures; shifted: RunFigures; edited: RunFigures; gone: RunFigures }
}

/** Options of {@link runAnchoringBenchmark}; the defaults are the acceptance scenario. */
export interface AnchoringBenchmarkOptions {
  seed?: number
  bytes?: number
  annotations?: number
  /** Slice length given to `anchorAllSteps`. */
  sliceMs?: number
  /** Clock in milliseconds for slicing and timing; `performance.now` by default (pass a CPU clock in a busy Node). */
  now?: () => number
}

function run(
  doc: SyntheticDocument,
  targets: readonly AnnotationTarget[],
  expected: readonly (Selection | null)[],
  sliceMs: number,
  now: () => number
): RunFigures {
  const durations: number[] = []
  let started = now()
  const prepared = prepareDocument(doc)
  const steps = anchorAllSteps(prepared, targets, { sliceMs, now })
  let results: (Anchor | null)[]
  for (;;) {
    const step = steps.next()
    durations.push(now() - started)
    if (step.done) {
      results = step.value
      break
    }
    started = now()
  }
  const byMethod: Record<AnchorMethod, number> = { position: 0, quote: 0, fuzzy: 0 }
  let correct = 0
  results.forEach((anchor, i) => {
    if (!anchor) return
    byMethod[anchor.method]++
    const want = expected[i]
    if (want && Math.abs(anchor.start - want.start) <= 3 && Math.abs(anchor.end - want.end) <= 3) correct++
  })
  return {
    totalMs: durations.reduce((a, b) => a + b, 0),
    longestChunkMs: Math.max(...durations),
    slices: durations.length,
    anchored: results.filter(Boolean).length,
    correct,
    byMethod
  }
}

/** The documents and targets of the benchmark, with where each passage is known to be in each document. */
export interface AnchoringScenario {
  targets: AnnotationTarget[]
  documents: Record<'exact' | 'shifted' | 'edited' | 'gone', SyntheticDocument>
  expected: Record<'exact' | 'shifted' | 'edited' | 'gone', (Selection | null)[]>
}

/**
 * Describes `annotations` selections on a synthetic document of `bytes` bytes, and derives the documents to
 * re-anchor them on: the same text (`exact`), the text after a paragraph inserted at the start (`shifted`),
 * the text with 1–3 characters edited in every quote (`edited`), the text with every quote removed (`gone`).
 */
export function createAnchoringScenario(options: AnchoringBenchmarkOptions = {}): AnchoringScenario {
  const { seed = 1950, bytes = 1_000_000, annotations = 2000 } = options
  const doc = generateSyntheticDocument(seed, bytes)
  const original = prepareDocument(doc)
  const text = original.text
  const random = createRandom(seed + 1)
  const selections = makeSelections(text, annotations, random)
  const targets = selections.map((s) => describeRange(original, s.start, s.end))
  const lines = (t: string): SyntheticDocument => buildDocument(t.split('\n'))
  const intro = 'Un paragraphe ajouté au début du document décale toutes les positions.'
  const edited = editQuotes(text, selections, random)
  return {
    targets,
    documents: {
      exact: doc,
      shifted: buildDocument([intro, ...doc.blocks.map((b) => b.text)]),
      edited: lines(edited.text),
      gone: lines(removeQuotes(text, selections))
    },
    expected: {
      exact: selections,
      shifted: selections.map((s) => ({ start: s.start + intro.length + 1, end: s.end + intro.length + 1 })),
      edited: edited.expected,
      gone: selections.map(() => null)
    }
  }
}

/** Runs the acceptance scenario (see {@link createAnchoringScenario}) and returns its figures. */
export function runAnchoringBenchmark(options: AnchoringBenchmarkOptions = {}): AnchoringBenchmarkFigures {
  const { sliceMs = 8, now = () => performance.now() } = options
  const { targets, documents, expected } = createAnchoringScenario(options)
  const exact = run(documents.exact, targets, expected.exact, sliceMs, now)
  const shifted = run(documents.shifted, targets, expected.shifted, sliceMs, now)
  const edited = run(documents.edited, targets, expected.edited, sliceMs, now)
  const gone = run(documents.gone, targets, expected.gone, sliceMs, now)
  const text = prepareDocument(documents.exact).text
  return {
    documentChars: text.length,
    documentBytes: new TextEncoder().encode(text).length,
    annotations: targets.length,
    exactTotalMs: exact.totalMs,
    editedTotalMs: edited.totalMs,
    goneTotalMs: gone.totalMs,
    longestChunkMs: Math.max(exact.longestChunkMs, shifted.longestChunkMs, edited.longestChunkMs, gone.longestChunkMs),
    runs: { exact, shifted, edited, gone }
  }
}
