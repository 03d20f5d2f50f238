// `npm start`: builds Folio and opens it in Electron, after checking that Electron's program is there. npm
// installs the electron package, whose install script downloads the program; where that download failed
// (no access to Electron's download host), Electron itself would only say "Electron uninstall" and a stack:
// this says what is missing and how to get it, in one paragraph, and exits with 1.
// For its tests: FOLIO_ELECTRON_DIR stands for node_modules/electron, FOLIO_START_DRY_RUN=1 prints the
// commands instead of running them.

import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = process.env.FOLIO_ELECTRON_DIR || join(root, 'node_modules', 'electron')

/** The program as node_modules/electron/index.js finds it: path.txt names it under dist/ (or an override). */
function electronProgram() {
  const pathFile = join(electronDir, 'path.txt')
  const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name || 'electron')
  return name ? join(electronDir, 'dist', name) : null
}

function missing(what) {
  const install = join(relative(process.cwd(), electronDir) || '.', 'install.js')
  console.error(
    `Folio cannot start: ${what}. npm installs Electron's program with the electron package's install script, ` +
      `which downloads it from Electron's download host (github.com, or the mirror named by the ELECTRON_MIRROR ` +
      `environment variable); that download did not happen or did not finish. Run \`node ${install}\` on a ` +
      `connection that can reach github.com (or set ELECTRON_MIRROR to a mirror you can reach), then \`npm start\` again.`
  )
  process.exit(1)
}

if (!existsSync(join(electronDir, 'package.json'))) {
  console.error(
    `Folio cannot start: the electron package is not installed (there is no ${electronDir}). Run \`npm install\` ` +
      `in ${root}, which also downloads Electron's program from its download host (github.com, or ELECTRON_MIRROR), ` +
      `then \`npm start\` again.`
  )
  process.exit(1)
}
const program = electronProgram()
if (!program) missing(`Electron's program was never downloaded (${join(electronDir, 'path.txt')} is missing)`)
if (!existsSync(program)) missing(`Electron's program is missing (expected at ${program})`)

const electronVite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
for (const command of ['build', 'preview']) {
  if (process.env.FOLIO_START_DRY_RUN === '1') {
    console.log(`electron-vite ${command}`)
    continue
  }
  const { status } = spawnSync(process.execPath, [electronVite, command], { cwd: root, stdio: 'inherit' })
  if (status !== 0) process.exit(status ?? 1)
}
