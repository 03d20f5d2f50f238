// `npm run bench`: builds the benchmark suite (TypeScript bundled with rolldown, the in-browser page with
// Vite) and runs it. Usage: node bench/run.mjs [--quick] [--only js,main,startup,db,anchoring,search,backup,library,archive-search,archive-scale,pdf]
// Needs `electron-vite build` first (out/renderer, out/preload, out/main): `npm run bench` does it.

import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build as bundle } from 'rolldown'
import { build as buildPage } from 'vite'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
// The quick run (inside `npm test`) builds apart from the full one, so the two can run at the same time.
// BENCH_OUT names another build folder, so that two people can run parts of the full suite side by side.
const variant = process.env.BENCH_OUT ?? (args.includes('--quick') ? 'suite-quick' : 'suite')
const out = join(root, 'out', 'bench', variant)
for (const built of ['out/renderer/index.html', 'out/preload/index.js', 'out/main/index.js']) {
  if (!existsSync(join(root, built))) {
    console.error(`${built} is missing: run \`npx electron-vite build\` first (npm run bench does).`)
    process.exit(2)
  }
}

const bare = /^[^./]/
const node = (input, file, format) =>
  bundle({
    input: join(root, input),
    platform: 'node',
    external: bare,
    output: { file, format, codeSplitting: false },
    logLevel: 'warn'
  })
// The suite sits two folders below the repository, as tests/fixtures/archive-files.ts expects of its
// `__dirname` (it finds the repository at ../..).
const suite = join(root, 'out', 'bench', `folio-bench-${variant}.cjs`)
await Promise.all([
  node('bench/suite/cli.ts', suite, 'cjs'),
  node('bench/suite/main-load-child.ts', join(out, 'main-load-child.cjs'), 'cjs'),
  // bench/search's own child-process entry (it runs when it is the main module), as bench/search/run.mjs uses it.
  node('bench/search/engines-bench.ts', join(out, 'search-bench.mjs'), 'esm')
])
rmSync(join(out, 'page'), { recursive: true, force: true })
await buildPage({
  configFile: false,
  root: join(root, 'bench', 'browser'),
  base: './',
  logLevel: 'warn',
  build: { outDir: join(out, 'page'), emptyOutDir: true, minify: true, reportCompressedSize: false }
})

const result = spawnSync(process.execPath, [suite, '--built', out, ...args], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 2)
