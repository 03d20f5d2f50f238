// Refuses, in one linear pass, the Markdown that the Markdown parser (micromark) reads in more than
// linear time: nesting hundreds of quotes or lists deep, and paragraphs dense with * _ [ ] ( ) < >.

import { TOO_COMPLEX_MESSAGE } from './parse-budget'
import { ArticleParseError } from './parse-errors'

/** Deeper than this (quotes, list levels, two columns of a list's indentation each) is no real document. */
export const MAX_MARKDOWN_NESTING = 64
/**
 * micromark pairs a paragraph's delimiters with each other: about d² steps for d delimiters. The sum
 * over paragraphs may reach this many steps per byte of the file, plus a base: a 10 MB file then reads in
 * seconds, and a normal paragraph (a few dozen links or emphases) uses a small fraction of its share.
 */
const PAIRING_STEPS_PER_BYTE = 64
const PAIRING_STEPS_BASE = 4_000_000

const DELIMITERS = new Set(['*', '_', '[', ']', '(', ')', '<', '>', '`', '!'])
const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** A table's delimiter row once its spaces are gone ("|---|:-:|"). */
const TABLE_DELIMITER_ROW = /^\|?:?-+:?(?:\|:?-+:?)*\|?$/

interface LinePrefix {
  /** Container depth: quote markers, list markers, and a list's indentation (2 columns a level). */
  depth: number
  /** Whether the line starts a list item (whose text is read apart from the lines before). */
  listItem: boolean
}

function linePrefix(line: string): LinePrefix {
  let depth = 0
  let listItem = false
  let columns = 0
  let at = 0
  for (;;) {
    const ch = line.charAt(at)
    if (ch === ' ' || ch === '\t') {
      columns += ch === '\t' ? 4 : 1
      at++
    } else if (ch === '>') {
      depth++
      at++
    } else if ((ch === '-' || ch === '*' || ch === '+') && /[ \t]/.test(line.charAt(at + 1))) {
      depth += 1 + Math.floor(columns / 2)
      listItem = true
      columns = 0
      at += 2
    } else {
      let digits = at
      while (digits < at + 9 && /\d/.test(line.charAt(digits))) digits++
      if (digits === at || !/[.)]/.test(line.charAt(digits)) || !/[ \t]/.test(line.charAt(digits + 1)))
        return { depth, listItem }
      depth += 1 + Math.floor(columns / 2)
      listItem = true
      columns = 0
      at = digits + 2
    }
  }
}

function delimiterCount(line: string): number {
  let count = 0
  for (let at = 0; at < line.length; at++) if (DELIMITERS.has(line.charAt(at))) count++
  return count
}

/** Throws ArticleParseError('too-complex') for Markdown that would take the parser more than linear time. */
export function assertMarkdownReadable(markdown: string): void {
  const refuse = (): never => {
    throw new ArticleParseError('too-complex', TOO_COMPLEX_MESSAGE)
  }
  const budget = PAIRING_STEPS_BASE + PAIRING_STEPS_PER_BYTE * markdown.length
  let steps = 0
  let paragraph = 0
  let fence: string | null = null
  let inTable = false
  for (const line of markdown.split(/\r\n|\n|\r/)) {
    const opening = FENCE.exec(line)?.[1]
    if (fence !== null) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = null
      continue
    }
    if (opening) {
      fence = opening
      continue
    }
    if (line.trim() === '') {
      steps += paragraph * paragraph
      paragraph = 0
      inTable = false
      continue
    }
    const prefix = linePrefix(line)
    if (prefix.depth > MAX_MARKDOWN_NESTING) refuse()
    // A table's cells are read one by one, so its rows do not add up; a list item starts afresh.
    if (line.includes('|') && TABLE_DELIMITER_ROW.test(line.replace(/\s+/g, ''))) inTable = true
    if (inTable || prefix.listItem) {
      steps += paragraph * paragraph
      paragraph = 0
    }
    paragraph += delimiterCount(line)
    if (steps + paragraph * paragraph > budget) refuse()
  }
}
