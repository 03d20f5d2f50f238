// Three test projects: unit (Node, Electron mocked once), browser (real Chromium IndexedDB and DOM),
// e2e (the built renderer in Chromium with the real main-process handlers bound in).
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { chromiumArgs, chromiumPath } from './tests/setup/chromium.mjs'
import { modulePath } from './tests/setup/module-path.mjs'

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [modulePath()],
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/main/**/*.test.ts',
            'tests/shared/**/*.test.ts',
            'tests/sync-server/**/*.test.ts',
            'tests/renderer/**/*.unit.test.ts'
          ],
          setupFiles: ['tests/setup/mock-electron.ts', 'tests/renderer/setup/i18n-ready.ts']
        }
      },
      {
        plugins: [react()],
        // Bundled before the first test, so that a dependency found mid-run never reloads a second React.
        optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', '@tanstack/react-virtual'] },
        test: {
          name: 'browser',
          include: ['tests/renderer/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup/i18n-ready.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }]
          }
        }
      },
      {
        plugins: [modulePath()],
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          setupFiles: ['tests/setup/mock-electron.ts'],
          testTimeout: 60_000,
          // A shared 2-core machine can take seconds to commit and re-render: polls wait as long as
          // the bookmarks test's own `eventually` does, instead of Vitest's 1 s default.
          expect: { poll: { timeout: 8000 } },
          hookTimeout: 60_000,
          fileParallelism: false
        }
      }
    ]
  }
})
