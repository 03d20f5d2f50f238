// An archive document's id, from its file name alone, so editing an article never renames it (annotations
// and bookmarks are keyed by it). The seed's name carries its id: `000_fed214270135fa12.txt` is `fed214270135fa12`.

import { createHash } from 'node:crypto'

/** `<order>_<16 hex>.<ext>`: the id is the hex (the shipped archive's naming). */
const NAMED_ID = /^\d+_([0-9a-f]{16})\.[^.]+$/

/** The id of the document in `file`: the one its name carries, else the first 16 hex digits of its name's SHA-256. */
export function articleId(file: string): string {
  const named = NAMED_ID.exec(file)?.[1]
  return named ?? createHash('sha256').update(file, 'utf8').digest('hex').slice(0, 16)
}
