// Runs the backup benchmark once in Chromium (Vitest browser mode), outside the default test run:
//   npx vitest run --config bench/backup-bench.vitest.mts      (BENCH_ANNOTATIONS=5000 BENCH_ROUNDS=1 for a quick run)
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { chromiumArgs, chromiumPath } from '../tests/setup/chromium.mjs'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  define: {
    'import.meta.env.BENCH_ANNOTATIONS': JSON.stringify(process.env.BENCH_ANNOTATIONS ?? '50000'),
    'import.meta.env.BENCH_ROUNDS': JSON.stringify(process.env.BENCH_ROUNDS ?? '3')
  },
  test: {
    include: ['bench/backup-bench.browser.mjs'],
    testTimeout: 900_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-precise-memory-info'] }
      }),
      instances: [{ browser: 'chromium' }]
    }
  }
})
