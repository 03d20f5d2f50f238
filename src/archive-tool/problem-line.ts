// The line of an article where its problem shows, when there is one to point at: the first byte that makes
// it binary or not UTF-8, or its first line for a missing title. Linear in the file's size.

import type { ArticleProblem } from '../shared/archive/parse-errors'

const NEWLINE = 0x0a

/** Whether a byte is a control character other than tab, newline and carriage return (binary's mark). */
const isControl = (byte: number) => byte === 0x7f || (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d)

/** 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === NEWLINE) line++
  return line
}

/** The first offset where the bytes stop being UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes)
  const bad = text.indexOf('\ufffd')
  return bad === -1 ? -1 : new TextEncoder().encode(text.slice(0, bad)).byteLength
}

/** The line to name with `problem`, or undefined when no line says more than the file's name. */
export function problemLine(bytes: Uint8Array, problem: ArticleProblem): number | undefined {
  let offset = -1
  if (problem === 'binary') offset = bytes.findIndex(isControl)
  else if (problem === 'not-utf8') offset = firstInvalidUtf8(bytes)
  else if (problem === 'no-title') offset = bytes.findIndex((byte) => byte > 0x20)
  return offset === -1 ? undefined : lineAt(bytes, offset)
}
