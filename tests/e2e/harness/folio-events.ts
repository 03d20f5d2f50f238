// Sends main's events (the menu's actions, a launch's links and files) to a page of the E2E harness, as the
// app's main process does with webContents.send: through the real preload, which checks them.
// `await emitFolioEvent(page, 'menuAction', 'print')`.

import type { Page } from 'playwright-core'
import { eventChannels, type FolioEvent, type FolioEventArgs } from '../../../src/shared/ipc/contract'

type EmittingWindow = { __folioEmit(channel: string, ...args: unknown[]): void }

export async function emitFolioEvent<E extends FolioEvent>(
  page: Page,
  event: E,
  ...args: FolioEventArgs<E>
): Promise<void> {
  await page.evaluate(([channel, sent]) => (window as unknown as EmittingWindow).__folioEmit(channel, ...sent), [
    eventChannels[event],
    args as unknown[]
  ] as const)
}
