// The layout of one kind's section in search.folio: its terms sorted and joined by newlines, the frequency and
// offset tables (8-byte aligned), then the posting lists in term order.

import type { SearchKind } from '../../shared/search/types'
import type { FileWriter } from './file-writer'
import { align8, tablesLength, type KindSection } from './search-file-format'
import type { KindBuilder } from './search-kind-builder'

/** Writes one kind's section (terms, tables, postings) and returns where it lies. */
export async function writeKind(out: FileWriter, kind: SearchKind, builder: KindBuilder): Promise<KindSection> {
  const { terms, postings } = builder
  const order = Int32Array.from(terms, (_, i) => i).sort((a, b) =>
    (terms[a] as string) < (terms[b] as string) ? -1 : 1
  )
  const termsAt = out.position
  const encoder = new TextEncoder()
  for (let k = 0; k < order.length; k++)
    await out.write(encoder.encode(k === 0 ? (terms[order[k] as number] as string) : `\n${terms[order[k] as number]}`))
  const termsLength = out.position - termsAt
  await out.pad()
  const tablesAt = out.position
  const frequencies = new Uint32Array(align8(order.length * 4) / 4)
  const offsets = new Float64Array(order.length + 1)
  let offset = 0
  order.forEach((id, k) => {
    frequencies[k] = postings.count(id)
    offsets[k] = offset
    offset += postings.count(id) * 4
  })
  offsets[order.length] = offset
  await out.write(new Uint8Array(frequencies.buffer))
  await out.write(new Uint8Array(offsets.buffer))
  if (out.position - tablesAt !== tablesLength(order.length)) throw new Error('search.folio: tables misaligned')
  const postingsAt = out.position
  for (const id of order) {
    const list = postings.decode(id)
    await out.write(new Uint8Array(list.buffer, list.byteOffset, list.byteLength))
  }
  const section: KindSection = {
    kind,
    size: builder.size,
    terms: order.length,
    termsAt,
    termsLength,
    tablesAt,
    postingsAt,
    postingsLength: out.position - postingsAt
  }
  await out.pad()
  return section
}
