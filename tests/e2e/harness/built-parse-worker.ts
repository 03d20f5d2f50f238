// The parse worker of the BUILT app, for the E2E harness: the very file out/main/index.js starts (electron-vite
// builds it from src/main/library/parse-worker.ts for the `?modulePath` import in src/main/index.ts).

import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../../fixtures/archive-files'

const mainDir = join(repoRoot, 'out/main')

/** The built parse worker's path, as the built main names it; throws when the build is missing or has none. */
export function builtParseWorker(): string {
  const main = join(mainDir, 'index.js')
  if (!existsSync(main)) throw new Error('out/main is missing: run `electron-vite build` first')
  const file = /["'](?:\.\/)?(chunks\/parse-worker-[\w-]+\.js)["']/.exec(readFileSync(main, 'utf8'))?.[1]
  if (!file || !existsSync(join(mainDir, file)))
    throw new Error('out/main/index.js names no parse worker: run `electron-vite build` again')
  return join(mainDir, file)
}
