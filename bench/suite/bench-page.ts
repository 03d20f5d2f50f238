// The benchmark page (bench/browser, built into out/bench/suite/page) in headless Chromium with a
// persistent profile, so IndexedDB is on disk and strict durability means what it says.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../tests/setup/chromium.mjs'
import { serveFolder } from './serve-folder'

const ORIGIN = 'http://bench.localhost'

/** The calls the page exposes on `window.folioBench` (see bench/browser/bench-page.ts). */
export type BenchCall = 'save' | 'query' | 'bulk' | 'anchoring' | 'backup'

/** Named samples, validated: every value an array of finite numbers. */
export type Samples = Record<string, number[]>

export interface BenchPage {
  /** Runs one benchmark in the page and returns its samples. */
  call(name: BenchCall, options: object): Promise<Samples>
  chromiumVersion: string
  close(): Promise<void>
}

/** Checks what the page returned: an object of arrays of finite numbers, with at least `keys`. */
export function toSamples(value: unknown, keys: readonly string[]): Samples {
  if (typeof value !== 'object' || value === null) throw new Error('the benchmark page returned no samples')
  const out: Samples = {}
  for (const [key, list] of Object.entries(value)) {
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new Error(`the benchmark page returned bad samples for ${key}`)
    }
    out[key] = list as number[]
  }
  const missing = keys.filter((key) => !out[key]?.length)
  if (missing.length) throw new Error(`the benchmark page returned no samples for ${missing.join(', ')}`)
  return out
}

/** The browser's full version (the user agent only says 156.0.0.0). */
function chromiumVersion(): string {
  try {
    const output = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    return /([\d]+\.[\d.]+)/.exec(output)?.[1] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Opens the built benchmark page from `pageDir`. */
export async function openBenchPage(pageDir: string): Promise<BenchPage> {
  const profile = mkdtempSync(join(tmpdir(), 'folio-bench-page-'))
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    // Precise memory figures for the backup benchmark's peak heap.
    args: [...chromiumArgs, '--enable-precise-memory-info'],
    headless: true
  })
  const errors: string[] = []
  await serveFolder(context, ORIGIN, pageDir)
  const page: Page = context.pages()[0] ?? (await context.newPage())
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(`${ORIGIN}/index.html`)
  await page.waitForFunction(() => 'folioBench' in window)
  return {
    chromiumVersion: chromiumVersion(),
    async call(name, options) {
      const result: unknown = await page.evaluate(
        ([call, args]) =>
          (window as unknown as Record<string, Record<string, (o: object) => unknown>>).folioBench![call]!(args),
        [name, options] as const
      )
      if (errors.length) throw new Error(`the benchmark page failed: ${errors.join('; ')}`)
      return toSamples(result, [])
    },
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    }
  }
}
