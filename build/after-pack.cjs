// electron-builder's afterPack hook: flips Electron's fuses in the packed binary before it is signed, with the
// settings of src/main/desktop/fuses.ts (compiled here by TypeScript, as Node cannot run .ts on its own).

/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module, as electron-builder loads hooks */
const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const Module = require('node:module')
const ts = require('typescript')

/** src/main/desktop/fuses.ts as a CommonJS module. */
function loadFuses() {
  const file = join(__dirname, '..', 'src', 'main', 'desktop', 'fuses.ts')
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: file
  })
  const loaded = new Module(file, module)
  loaded.filename = file
  loaded.paths = Module._nodeModulePaths(join(__dirname, '..'))
  loaded._compile(outputText, file)
  return loaded.exports
}

module.exports = async function afterPack(context) {
  const { flipFolioFuses, packedBinaryPath } = loadFuses()
  const wires = await flipFolioFuses(context)
  console.log(`  • Folio: fusibles d'Electron posés dans ${packedBinaryPath(context)} (${wires} fil(s))`)
}
module.exports.loadFuses = loadFuses
