// The data an annotation keeps to find its passage again (W3C Web Annotation selectors), and the anchor result.
// Plain JSON-serialisable objects: they are stored in IndexedDB as they are and cross IPC unchanged.

/**
 * W3C TextQuoteSelector: the selected text and a little of the text around it.
 * All strings are exact slices of {@link AnchorableDocument} text (U+00A0, CJK… unchanged).
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  /** The selected text. Never empty. */
  exact: string
  /** Up to {@link CONTEXT_LENGTH} characters just before `exact` ('' at the start of the document). */
  prefix: string
  /** Up to {@link CONTEXT_LENGTH} characters just after `exact` ('' at the end of the document). */
  suffix: string
}

/**
 * W3C TextPositionSelector: `[start, end)` in UTF-16 code units of the document text,
 * i.e. the block texts joined by '\n' (`documentText` in `src/shared/archive/document.ts`).
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

/** What an annotation stores about its passage. Everything needed to re-anchor after the text changed. */
export interface AnnotationTarget {
  /**
   * Id of the block that contained the start of the selection, or null when unknown (imported data).
   * Block ids derive from the block's whitespace-folded text, so an unchanged block keeps its id
   * wherever it moves; a re-worded block gets a new one.
   */
  blockId: string | null
  /** Offset of the selection start from the start of that block (0 when `blockId` is null). */
  blockOffset: number
  selectors: {
    quote: TextQuoteSelector
    position: TextPositionSelector
  }
}

/** How an anchor was found, from cheapest and most certain to most approximate. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy'

/** Where a target's passage is in the current document text: `[start, end)`, UTF-16 code units. */
export interface Anchor {
  start: number
  end: number
  /**
   * `position`: the stored position (absolute, or relative to the stored block) still holds the quote;
   * `quote`: the exact quote was found elsewhere; `fuzzy`: an approximate match of the quote was found.
   */
  method: AnchorMethod
}

/** The only part of a document anchoring needs. `ArticleDocument` satisfies it. */
export interface AnchorableDocument {
  readonly blocks: readonly { readonly id: string; readonly text: string }[]
}

/** Characters of context kept on each side of a quote (the value Hypothesis uses). */
export const CONTEXT_LENGTH = 32
