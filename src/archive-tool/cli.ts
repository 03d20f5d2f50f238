// `npm run archive -- build <folder of .txt/.md articles> <out>`: builds an archive Folio opens, printing
// progress on stderr, then every problem (file:line — message) or a summary. Exit 0 built, 1 problems (nothing
// written), 2 usage, 3 built with some listed copies left out: the archive opens, and a script still notices.

import { resolve } from 'node:path'
import { buildArchive, type BuildProgress } from './build-archive'

const USAGE = 'Usage : npm run archive -- build <dossier d’articles .txt/.md> <dossier de sortie>'

/** Progress on one line on a terminal, else a line every 1,000 documents (a log stays short). */
function progressPrinter(stream: NodeJS.WriteStream): (progress: BuildProgress) => void {
  return ({ done, total }) => {
    if (stream.isTTY) stream.write(`\r${done}/${total} articles vérifiés${done === total ? '\n' : ''}`)
    else if (done === total || done % 1000 === 0) stream.write(`${done}/${total} articles vérifiés\n`)
  }
}

async function main(args: string[]): Promise<number> {
  const [command, source, out] = args
  if (command !== 'build' || !source || !out || args.length !== 3) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  const result = await buildArchive(resolve(source), resolve(out), progressPrinter(process.stderr))
  if (!result.ok) {
    for (const { file, line, message } of result.problems) {
      process.stderr.write(`${file}${line === undefined ? '' : `:${line}`} — ${message}\n`)
    }
    process.stderr.write(`${result.problems.length} problème(s) : l’archive n’a pas été écrite.\n`)
    return 1
  }
  for (const name of result.ignored) process.stderr.write(`ignoré (ni .txt ni .md) : ${name}\n`)
  const copies = result.copies
  for (const { file, message } of copies?.problems ?? []) process.stderr.write(`${file} — ${message}\n`)
  const shipped = copies ? `, ${copies.shipped} copie(s) fournie(s)` : ''
  process.stdout.write(`Archive écrite dans ${resolve(out)} : ${result.documents} document(s)${shipped}.\n`)
  if (!copies?.problems.length) return 0
  process.stderr.write(`${copies.problems.length} copie(s) laissée(s) hors de l’archive (voir ci-dessus).\n`)
  return 3
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
