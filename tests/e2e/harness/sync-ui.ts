// What a person does in the sync and groups UI in the E2E tests: connect a device to a server with an account from
// the settings' "Synchronisation" dialog, and open the groups dialog from the notes panel.

import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** An account on the test's sync server (its id and token). */
export type Person = { account: string; token: string }

/** The groups dialog, once open. */
export const groupsDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Groupes' })

/** Connects the device of `page` to the server at `serverUrl` as `who`, and closes the dialog once it says so. */
export async function connectDevice(page: Page, serverUrl: string, who: Person): Promise<void> {
  await page.getByRole('button', { name: /Synchronisation/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Synchronisation' })
  await dialog.getByRole('textbox', { name: 'Adresse du serveur' }).fill(serverUrl)
  await dialog.getByRole('textbox', { name: 'Compte' }).fill(who.account)
  await dialog.getByLabel('Jeton').fill(who.token)
  await dialog.getByRole('button', { name: 'Connecter' }).click()
  await expect.poll(() => dialog.locator('.sync-dialog-done').textContent(), { timeout: 15_000 }).toMatch(/^Connecté/)
  await dialog.getByRole('button', { name: 'Fermer' }).click()
}

/** Opens the groups dialog from the notes panel. */
export async function openGroups(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('button', { name: 'Groupes…' }).click()
  return groupsDialog(page)
}
