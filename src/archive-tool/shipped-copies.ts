// The copies a source folder ships (archive-source.json's `copies`): each entry checked alone — its document and link
// exist, its file is a PDF or a saved page of the folder that the copy store would take, of the size and SHA-256
// given — and a bad one left out with its index and reason, never costing the rest of the archive.

import { z } from 'zod'
import {
  archiveCopySchema,
  describeIssues,
  MAX_SHIPPED_COPIES,
  type ArchiveCopy
} from '../main/archive/manifest-schema'
import { checkShippedCopyFile } from '../main/copies/shipped-copy-check'
import { articleId } from './article-id'
import type { BuildProblem } from './build-archive'

/**
 * One copy as the source lists it: the document by its id or its article's file name (ids never hold a "."), the
 * link by its id (`link-…`, as the app's link cards have it); the size and SHA-256 checked when given, else computed.
 */
const sourceCopySchema = z
  .object({
    document: z.string().min(1).max(255),
    link: archiveCopySchema.shape.link,
    file: z.string().max(1000),
    sha256: archiveCopySchema.shape.sha256.optional(),
    bytes: archiveCopySchema.shape.bytes.optional()
  })
  .strict()

/** What the build knows of one checked document: its file and, when a copy names it, its links (id → title). */
export interface CheckedDocument {
  file: string
  links?: ReadonlyMap<string, string>
}

/** Links named in a refusal: enough for the source's author to find the id they meant. */
const LINKS_SHOWN = 5

/** `document`'s links as a refusal names them: `link-… (« title »)`, the first few. */
function linksOf({ links }: CheckedDocument): string {
  if (!links || links.size === 0) return 'il n’a aucun lien externe'
  const shown = [...links].slice(0, LINKS_SHOWN).map(([id, title]) => `${id} (« ${title} »)`)
  return `ses liens : ${shown.join(', ')}${links.size > LINKS_SHOWN ? `, et ${links.size - LINKS_SHOWN} autres` : ''}`
}

export interface ShippedCopiesChecked {
  copies: ArchiveCopy[]
  problems: BuildProblem[]
}

/** The document id an entry's `document` names: an article's file name gives that article's id. */
const documentIdOf = (document: string) => (document.includes('.') ? articleId(document) : document)

/** The ids of the documents some entry names, so that the build keeps their links' ids (and no other's). */
export function documentsNamed(rawCopies: readonly unknown[]): Set<string> {
  const ids = new Set<string>()
  for (const raw of rawCopies.slice(0, MAX_SHIPPED_COPIES)) {
    const document = (raw as { document?: unknown } | null)?.document
    if (typeof document === 'string') ids.add(documentIdOf(document))
  }
  return ids
}

/** The file names the entries give (not "ignored" files, even when their entry is refused). */
export function filesNamed(rawCopies: readonly unknown[]): Set<string> {
  const files = new Set<string>()
  for (const raw of rawCopies) {
    const file = (raw as { file?: unknown } | null)?.file
    if (typeof file === 'string') files.add(file)
  }
  return files
}

/**
 * Checks each listed copy against the folder and the checked `documents` (by id); `keep` is given each good
 * copy's bytes once (to copy it into the archive), so memory holds one copy at a time.
 */
export async function checkShippedCopies(
  sourceDir: string,
  rawCopies: readonly unknown[],
  documents: ReadonlyMap<string, CheckedDocument>,
  keep: (file: string, bytes: Uint8Array) => Promise<void>
): Promise<ShippedCopiesChecked> {
  const copies: ArchiveCopy[] = []
  const problems: BuildProblem[] = []
  if (rawCopies.length > MAX_SHIPPED_COPIES) {
    const left = rawCopies.length - MAX_SHIPPED_COPIES
    problems.push({
      file: 'copies',
      message: `${rawCopies.length} copies listées, ${MAX_SHIPPED_COPIES} au plus : les ${left} dernières sont laissées hors de l’archive.`
    })
  }
  const seen = new Map<string, number>()
  const kept = new Set<string>()
  for (const [index, raw] of rawCopies.slice(0, MAX_SHIPPED_COPIES).entries()) {
    const refuse = (message: string) => problems.push({ file: `copies[${index}]`, message })
    const parsed = sourceCopySchema.safeParse(raw)
    if (!parsed.success) {
      refuse(`Entrée refusée — ${describeIssues(parsed.error, ['copies', index])}`)
      continue
    }
    const { document, link, file } = parsed.data
    const id = documentIdOf(document)
    const checkedDocument = documents.get(id)
    if (!checkedDocument || (document.includes('.') && checkedDocument.file !== document)) {
      refuse(`« ${document} » n’est pas un document de l’archive.`)
      continue
    }
    if (!checkedDocument.links?.has(link)) {
      refuse(`« ${checkedDocument.file} » n’a pas de lien « ${link} » — ${linksOf(checkedDocument)}.`)
      continue
    }
    const checked = await checkShippedCopyFile(sourceDir, parsed.data)
    if (!checked.ok) {
      refuse(checked.message)
      continue
    }
    const { sha256, bytes } = checked.copy
    const key = `${id}\n${link}\n${sha256}`
    const earlier = seen.get(key)
    if (earlier !== undefined) {
      refuse(`« ${file} » est déjà la copie de ce lien (copies[${earlier}]).`)
      continue
    }
    seen.set(key, index)
    if (!kept.has(file)) await keep(file, bytes)
    kept.add(file)
    copies.push({ document: id, link, file, sha256, bytes: bytes.byteLength })
  }
  return { copies, problems }
}
