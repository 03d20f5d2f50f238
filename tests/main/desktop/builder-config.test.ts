import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { afterEach, describe, expect, it } from 'vitest'
import { COPY_EXTENSIONS, readableName } from '../../../src/main/desktop/launch-args'

const root = join(__dirname, '..', '..', '..')
const require = createRequire(import.meta.url)
const CONFIG = join(root, 'electron-builder.cjs')

interface Target {
  target: string[]
  icon?: string
  category?: string
  maintainer?: string
  executableName?: string
}
interface BuilderConfig {
  appId: string
  productName: string
  files: string[]
  asar: boolean
  extraResources: { from: string; to: string }[]
  afterPack: string
  fileAssociations: { ext: string | string[]; mimeType: string }[]
  protocols: { schemes: string[] }[]
  linux: Target
  win: Target
  mac: Target
  nsis: { perMachine: boolean }
  publish: { provider: string; url: string } | null
  electronFuses?: unknown
}

/** The configuration as electron-builder reads it, under the given FOLIO_UPDATE_FEED. */
function loadConfig(feed?: string): BuilderConfig {
  delete require.cache[CONFIG]
  if (feed === undefined) delete process.env.FOLIO_UPDATE_FEED
  else process.env.FOLIO_UPDATE_FEED = feed
  return require(CONFIG) as BuilderConfig
}
afterEach(() => {
  delete process.env.FOLIO_UPDATE_FEED
})

/** electron-builder's own schema, with its one keyword that is not JSON Schema (`typeof`, for hook functions). */
function validator() {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object
  const ajv = new Ajv({ allErrors: true, strict: false })
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: 'string',
    validate: (type: string, data: unknown) => typeof data === type
  })
  return ajv.compile(schema)
}

describe('the electron-builder configuration', () => {
  it('matches electron-builder’s own JSON schema, with and without an update feed', () => {
    const validate = validator()
    for (const feed of [undefined, 'https://updates.example.org/folio']) {
      const valid = validate(loadConfig(feed))
      expect(validate.errors ?? []).toEqual([])
      expect(valid).toBe(true)
    }
  })

  it('is the file electron-builder finds in the project, and passes its own checks', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      getConfig: (projectDir: string, configPath: null, configFromOptions: null) => Promise<BuilderConfig>
      validateConfiguration: (config: BuilderConfig, debug: { isEnabled: boolean; add(): void }) => Promise<void>
    }
    delete process.env.FOLIO_UPDATE_FEED
    const found = await getConfig(root, null, null)
    expect(found.productName).toBe('Folio')
    expect(found.afterPack).toBe('./build/after-pack.cjs')
    await expect(validateConfiguration(found, { isEnabled: false, add() {} })).resolves.toBeUndefined()
  })

  it('is refused by that schema when an option is misspelt or mistyped', () => {
    const validate = validator()
    const config = loadConfig()
    expect(validate({ ...config, fileAssocations: config.fileAssociations })).toBe(false)
    expect(validate({ ...config, linux: { ...config.linux, target: 42 } })).toBe(false)
  })

  it('makes AppImage and deb for Linux, NSIS for Windows, dmg and zip for macOS', () => {
    const config = loadConfig()
    expect(config.productName).toBe('Folio')
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    expect(config.linux.category).toBe('Office')
    expect(config.linux.maintainer).toBeTruthy()
    expect(config.win.target).toEqual(['nsis'])
    expect(config.mac.target).toEqual(['dmg', 'zip'])
  })

  it('packs the built app into an ASAR archive, and neither the bench, the archive tool nor pdf.js again', () => {
    const config = loadConfig()
    expect(config.asar).toBe(true)
    expect(config.files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']))
    expect(config.files.some((glob) => /^out\/(\*\*|bench|tools)/.test(glob))).toBe(false)
    // pdf.js is left out of node_modules: only the renderer uses it, from its own bundle.
    expect(config.files).toEqual(expect.arrayContaining(['!node_modules/pdfjs-dist/**', '!node_modules/@napi-rs/**']))
    const mainSide = ['src/main', 'src/preload', 'src/shared'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => readFileSync(join(root, dir, file), 'utf8'))
    )
    expect(
      mainSide.filter((source) => /from 'pdfjs-dist|import\('pdfjs-dist|require\('pdfjs-dist/.test(source))
    ).toEqual([])
    const main = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string }).main
    expect(main).toMatch(/^\.\/out\/main\//)
  })

  it('ships the archive where the packaged main process looks for it', () => {
    const [archive, ...others] = loadConfig().extraResources
    expect(others).toEqual([])
    expect(statSync(join(root, archive!.from)).isDirectory()).toBe(true)
    expect(existsSync(join(root, archive!.from, 'catalogue.folio'))).toBe(true)
    expect(existsSync(join(root, archive!.from, 'manifest.json'))).toBe(true)
    // src/main/index.ts archiveDir(): join(process.resourcesPath, '<to>') when packaged.
    const index = readFileSync(join(root, 'src/main/index.ts'), 'utf8')
    expect(index).toContain(`join(process.resourcesPath, '${archive!.to}')`)
  })

  it('offers Folio for exactly the files a launch may hand it: its documents and its copies', () => {
    const associations = loadConfig().fileAssociations
    const extensions = associations.flatMap(({ ext }) => (Array.isArray(ext) ? ext : [ext]))
    expect(extensions.sort()).toEqual(['htm', 'html', 'markdown', 'md', 'pdf', 'txt', 'xhtml'])
    for (const ext of extensions) expect(readableName(`/home/reader/file.${ext}`)).toBe(true)
    for (const ext of COPY_EXTENSIONS) expect(extensions).toContain(ext.slice(1))
    expect(readableName('/home/reader/file.docx')).toBe(false)
    // Linux registers them by MIME type: each association names one.
    for (const { mimeType } of associations) expect(mimeType).toMatch(/^(text|application)\/[a-z+-]+$/)
  })

  it('registers the folio:// scheme with the system', () => {
    expect(loadConfig().protocols.flatMap(({ schemes }) => schemes)).toEqual(['folio'])
  })

  it('points every platform at icons that exist', () => {
    const config = loadConfig()
    expect(statSync(join(root, config.linux.icon!)).isDirectory()).toBe(true)
    expect(existsSync(join(root, config.win.icon!))).toBe(true)
    expect(existsSync(join(root, config.mac.icon!))).toBe(true)
  })

  it('flips the fuses in the afterPack hook (src/main/desktop/fuses.ts), not by a second definition', () => {
    const config = loadConfig()
    expect(config.electronFuses).toBeUndefined()
    const hook = require(join(root, config.afterPack)) as { loadFuses: () => { FOLIO_FUSES: object } }
    expect(typeof hook).toBe('function')
    expect(hook.loadFuses().FOLIO_FUSES).toMatchObject({ RunAsNode: false, OnlyLoadAppFromAsar: true })
  })

  it('publishes no update feed unless FOLIO_UPDATE_FEED names an https one', () => {
    expect(loadConfig().publish).toBeNull()
    expect(loadConfig('').publish).toBeNull()
    expect(loadConfig('https://updates.example.org/folio').publish).toEqual({
      provider: 'generic',
      url: 'https://updates.example.org/folio'
    })
    expect(() => loadConfig('http://updates.example.org/folio')).toThrow(/https/)
  })
})
