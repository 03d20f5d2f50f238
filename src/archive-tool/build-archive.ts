// Builds an archive from a folder of .txt/.md articles: each read alone, checked with the app's own parser,
// hashed and copied; then catalogue.folio, manifest.json, copies.folio and search.folio, written only when every
// article passed (else every problem is listed). A listed copy that fails is left out, with its reason.

import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MAX_ARTICLE_BYTES } from '../shared/archive/decode-article'
import { ArticleParseError } from '../shared/archive/parse-errors'
import { detach } from '../shared/search/normalize'
import { cutBetweenCharacters } from '../shared/archive/cut-text'
import { writeAtomically } from '../main/files/atomic-write'
import { articleOfFile, isArticleFile } from '../main/archive/article-of-file'
import { CATALOGUE_FILE } from '../main/archive/catalogue-format'
import { MANIFEST_FILE } from '../main/archive/load-archive'
import { fileNameRefusal, type ArchiveCopy } from '../main/archive/manifest-schema'
import { SHIPPED_COPIES_FILE, writeShippedCopies } from '../main/archive/shipped-copies-file'
import { writeCatalogue } from '../main/archive/write-catalogue'
import { SEARCH_FILE } from '../main/archive/search-file-format'
import { documentsOfFolder, writeSearchFile } from '../main/archive/write-search-file'
import { FileRefusal, readRegularFile } from '../main/library/read-regular-file'
import { articleId } from './article-id'
import { readArchiveSource, SOURCE_FILE, type DocumentExtras } from './archive-source'
import { problemLine } from './problem-line'
import { checkShippedCopies, documentsNamed, filesNamed, type CheckedDocument } from './shipped-copies'

/** What is wrong with one source file, and where (1-based line) when a line says more. */
export interface BuildProblem {
  file: string
  line?: number
  message: string
}

export interface BuildProgress {
  done: number
  total: number
  file: string
}

/**
 * The copies the source lists, when it lists any: how many the archive ships, and those left out (each with its
 * index and reason). A bad copy never stops the archive: its documents are all there, that one copy is not.
 */
export interface BuiltCopies {
  shipped: number
  problems: BuildProblem[]
}

export type BuildResult =
  { ok: true; documents: number; ignored: string[]; copies?: BuiltCopies } | { ok: false; problems: BuildProblem[] }

/** One document as manifest.json lists it, keys in the manifest's order. */
interface ManifestEntry {
  id: string
  file: string
  language: string
  sha256: string
  bytes: number
  infoboxLabels?: string[]
  notes?: string[]
}

/** The manifest entry of a checked article; optional lists only when they hold something (as the shipped one). */
function manifestEntry(file: string, bytes: Uint8Array, extras: DocumentExtras | undefined): ManifestEntry {
  return {
    id: articleId(file),
    file,
    language: extras?.language ?? 'fr',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.byteLength,
    ...(extras?.infoboxLabels?.length ? { infoboxLabels: extras.infoboxLabels } : {}),
    ...(extras?.notes?.length ? { notes: extras.notes } : {})
  }
}

/**
 * The title the app would show for one article's bytes (and its links' ids, when `withLinks`), or the problem that
 * keeps it from opening.
 */
function checkArticle(
  file: string,
  bytes: Uint8Array,
  entry: ManifestEntry,
  withLinks: boolean
): { title: string; links?: Map<string, string> } | { problem: BuildProblem } {
  try {
    const options = { id: entry.id, language: entry.language, infoboxLabels: entry.infoboxLabels }
    const article = articleOfFile(bytes, file, options)
    // A copy: the parsed title is a slice of the article's text, which it would keep alive (6 kB a document).
    const title = detach(article.title)
    return withLinks
      ? { title, links: new Map(article.links.map((link) => [detach(link.id), cutBetweenCharacters(link.title, 60)])) }
      : { title }
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error
    const line = problemLine(bytes, error.problem)
    return { problem: { file, ...(line === undefined ? {} : { line }), message: error.message } }
  }
}

async function readSourceFile(path: string): Promise<Uint8Array | string> {
  try {
    return await readRegularFile(path, { limit: MAX_ARTICLE_BYTES, followLinks: true })
  } catch (error) {
    if (error instanceof FileRefusal) {
      return error.reason === 'too-large' ? 'Le fichier dépasse la limite de 10 Mo d’un document.' : error.message
    }
    return `illisible (${(error as NodeJS.ErrnoException).code ?? String(error)})`
  }
}

/**
 * Builds the archive of `sourceDir` into `outDir` (which may be the same folder: then nothing is copied).
 * Reads one article at a time, so memory holds one article and the manifest's entries, whatever the folder's size.
 * Nothing in `outDir` changes unless every article passes.
 */
export async function buildArchive(
  sourceDir: string,
  outDir: string,
  onProgress: (progress: BuildProgress) => void = () => {}
): Promise<BuildResult> {
  const sidecar = await readArchiveSource(sourceDir)
  if (!sidecar.ok) return { ok: false, problems: [{ file: SOURCE_FILE, message: sidecar.message }] }
  const { source } = sidecar
  const names = (await readdir(sourceDir, { withFileTypes: true }))
    .map((dirent) => dirent.name)
    // Code-point order, not the locale's: the same folder gives the same manifest on every machine.
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const files = names.filter(isArticleFile)
  const copyFiles = filesNamed(source.copies)
  const ignored = names.filter(
    (name) =>
      !isArticleFile(name) &&
      !copyFiles.has(name) &&
      name !== MANIFEST_FILE &&
      name !== SOURCE_FILE &&
      name !== CATALOGUE_FILE &&
      name !== SHIPPED_COPIES_FILE &&
      name !== SEARCH_FILE
  )
  const problems: BuildProblem[] = []
  for (const file of Object.keys(source.documents)) {
    if (!files.includes(file))
      problems.push({ file: SOURCE_FILE, message: `« ${file} » n’est pas un article du dossier.` })
  }

  await mkdir(outDir, { recursive: true })
  const inPlace = (await realpath(sourceDir)) === (await realpath(outDir))
  // Copies wait in a folder of their own inside outDir, moved in only when the whole build passed.
  const staging = inPlace ? null : await mkdtemp(join(outDir, '.folio-build-'))
  const entries: ManifestEntry[] = []
  // entries[i]'s title, for the catalogue (the manifest has none).
  const titles: string[] = []
  const byId = new Map<string, string>()
  const bySha = new Map<string, string>()
  // The documents the listed copies name, with their links' ids (no other document's links are kept).
  const named = documentsNamed(source.copies)
  const checkedDocuments = new Map<string, CheckedDocument>()
  try {
    for (const [index, file] of files.entries()) {
      onProgress({ done: index, total: files.length, file })
      const refusal = fileNameRefusal(file)
      if (refusal) {
        problems.push({ file, message: `Nom refusé : ${refusal}. Renommez le fichier.` })
        continue
      }
      const bytes = await readSourceFile(join(sourceDir, file))
      if (typeof bytes === 'string') {
        problems.push({ file, message: bytes })
        continue
      }
      const entry = manifestEntry(file, bytes, source.documents[file])
      const checked = checkArticle(file, bytes, entry, named.has(entry.id))
      if ('problem' in checked) problems.push(checked.problem)
      const sameId = byId.get(entry.id)
      if (sameId) problems.push({ file, message: `Même id (${entry.id}) que « ${sameId} » : renommez l’un des deux.` })
      const sameText = bySha.get(entry.sha256)
      if (sameText) problems.push({ file, message: `Même contenu que « ${sameText} » : un doublon.` })
      byId.set(entry.id, file)
      bySha.set(entry.sha256, file)
      if ('problem' in checked || sameId || sameText) continue
      entries.push(entry)
      titles.push(checked.title)
      if (named.has(entry.id))
        checkedDocuments.set(entry.id, { file, ...(checked.links ? { links: checked.links } : {}) })
      if (staging && problems.length === 0) await writeFile(join(staging, file), bytes)
    }
    onProgress({ done: files.length, total: files.length, file: '' })
    if (files.length === 0) problems.push({ file: sourceDir, message: 'Aucun article (.txt ou .md) dans le dossier.' })
    if (problems.length > 0) return { ok: false, problems }

    // Each good copy waits in the staging folder beside the articles (none is copied in place).
    const shipped = await checkShippedCopies(sourceDir, source.copies, checkedDocuments, async (file, bytes) => {
      if (staging) await writeFile(join(staging, file), bytes)
    })
    const copyFilesKept = new Set(shipped.copies.map(({ file }) => file))
    if (staging)
      for (const file of [...entries.map((entry) => entry.file), ...copyFilesKept])
        await rename(join(staging, file), join(outDir, file))
    const manifest = {
      format: 'folio-archive',
      formatVersion: 1,
      name: source.name,
      description: source.description,
      documents: entries,
      // Only when some copy is shipped: an archive without copies keeps the manifest it always had.
      ...(shipped.copies.length > 0 ? { copies: shipped.copies satisfies ArchiveCopy[] } : {})
    }
    // The catalogue first: it is what Folio reads when both are there.
    const archive = { name: source.name, description: source.description }
    await writeCatalogue(
      outDir,
      archive,
      entries.map((entry, index) => ({ ...entry, title: titles[index] as string }))
    )
    await writeAtomically(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
    // What the app reads of the copies at open, beside the catalogue (never the manifest, which grows with documents).
    await writeShippedCopies(outDir, shipped.copies)
    // The full-text index last, from the documents read again one at a time (never all texts at once).
    await writeSearchFile(outDir, documentsOfFolder(outDir, entries))
    const copies =
      source.copies.length > 0 ? { copies: { shipped: shipped.copies.length, problems: shipped.problems } } : {}
    return { ok: true, documents: entries.length, ignored, ...copies }
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true })
  }
}
