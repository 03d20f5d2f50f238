// A copy's extracted text, kept as `<sha256>.text.json` beside its file so the reader extracts it once: its schema
// (bounded by MAX_COPY_TEXT, all pages together), and reading it back, where a damaged file counts as none kept.

import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { MAX_COPY_TEXT, type CopyText } from '../../shared/copies/copy-types'
import { writeAtomically } from '../files/atomic-write'
import { MAX_COPY_PAGES } from './copy-manifest'

/** The characters of all of a text's pages. */
const lengthOf = (pages: readonly string[]): number => pages.reduce((total, page) => total + page.length, 0)

export const copyTextSchema = z
  .object({ pages: z.array(z.string().max(MAX_COPY_TEXT)).max(MAX_COPY_PAGES) })
  .strict()
  .refine(({ pages }) => lengthOf(pages) <= MAX_COPY_TEXT, `un texte d’au plus ${MAX_COPY_TEXT} caractères`)

/** The text kept at `path`, or null when none is (or what is there is not a text Folio wrote: extracted again). */
export async function readCopyText(path: string): Promise<CopyText | null> {
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  try {
    const parsed = copyTextSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return parsed.data
    console.error(`Texte de copie illisible, il sera extrait à nouveau : ${path}`)
  } catch {
    console.error(`Texte de copie illisible (JSON), il sera extrait à nouveau : ${path}`)
  }
  return null
}

/** Keeps `text` at `path`, atomically; refuses a text over the bound. */
export async function writeCopyText(path: string, text: CopyText): Promise<void> {
  const checked = copyTextSchema.safeParse(text)
  if (!checked.success) throw new Error(`Texte de copie refusé : au plus ${MAX_COPY_TEXT} caractères.`)
  await writeAtomically(path, JSON.stringify({ pages: checked.data.pages }))
}
