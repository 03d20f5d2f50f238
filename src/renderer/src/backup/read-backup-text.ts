// Reads a Folio backup in the layout Folio writes (header lines, then one record per line) a chunk of
// records at a time, so a 60 MB file never blocks the page in one JSON.parse. Anything else: the caller parses whole.

import { CHUNK_SIZE, yieldToUi, type OnProgress } from './progress'

const TABLES_LINE = '\n"tables":{\n'
const SIMPLE_NAME = /^"([A-Za-z][A-Za-z0-9_]*)":\[$/

/** UTF-8 size of `text`, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        index++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** {@link utf8Length} over slices of a million characters, giving the page a turn between them. */
export async function utf8LengthInChunks(text: string, slice = 1_000_000): Promise<number> {
  let bytes = 0
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + slice)
    // Never cut a surrogate pair in two.
    const last = text.charCodeAt(end - 1)
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end++
    bytes += utf8Length(text.slice(start, end))
    start = end
    if (start < text.length) await yieldToUi()
  }
  return bytes
}

/**
 * The value `JSON.parse(content)` would give, read line by line, when `content` has exactly the layout
 * serializeBackup writes; null as soon as anything differs (then parse it whole: the result, or the error,
 * is JSON.parse's). Each record line is parsed on its own, so the page gets a turn every CHUNK_SIZE records.
 */
export async function readBackupText(
  content: string,
  onProgress?: OnProgress
): Promise<Record<string, unknown> | null> {
  const at = content.indexOf(TABLES_LINE)
  if (at < 0) return null
  let header: unknown
  try {
    header = JSON.parse(`${content.slice(0, at).replace(/,$/, '')}}`)
  } catch {
    return null
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header) || 'tables' in header) return null
  const tables: Record<string, unknown[]> = {}
  let position = at + TABLES_LINE.length
  const nextLine = (): string | null => {
    if (position > content.length) return null
    const end = content.indexOf('\n', position)
    const line = content.slice(position, end < 0 ? content.length : end)
    position = end < 0 ? content.length + 1 : end + 1
    return line
  }
  let records = 0
  for (;;) {
    const name = SIMPLE_NAME.exec(nextLine() ?? '')?.[1]
    if (name === undefined || name in tables) return null
    const rows: unknown[] = []
    tables[name] = rows
    let line = nextLine()
    while (line !== null && line !== ']' && line !== '],') {
      const more = line.endsWith(',')
      try {
        rows.push(JSON.parse(more ? line.slice(0, -1) : line))
      } catch {
        return null
      }
      const following = nextLine()
      // Every record but the last ends with a comma; the last is followed by the closing bracket.
      if (following === null || more !== (following !== ']' && following !== '],')) return null
      line = following
      if (++records % CHUNK_SIZE === 0) {
        onProgress?.({ phase: 'reading', done: position, total: content.length })
        await yieldToUi()
      }
    }
    if (line === '],') continue
    if (line !== ']' || nextLine() !== '}}') return null
    if (content.slice(position).trim() !== '') return null
    return { ...(header as Record<string, unknown>), tables }
  }
}
