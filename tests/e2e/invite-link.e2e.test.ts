// Inviting by link, end to end: two persistent Chromium profiles with main's real handlers, sync engine and groups,
// and Folio's sync server started here on a loopback port. Claire copies a group's invite link; handed to Marc's
// Folio by a launch, it opens the groups dialog with the code filled in, and he joins; pasted in the join field, it
// joins him too. A link naming a server his device is not connected to is shown and asked about, and that server
// hears nothing; a forged link goes no further than main, or is refused in words.

import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseLaunchArgs } from '../../src/main/desktop/launch-args'
import { LaunchDelivery } from '../../src/main/desktop/launch-delivery'
import { eventChannels } from '../../src/shared/ipc/contract'
import { formatInviteLink } from '../../src/shared/sync/invite-link'
import { createAccount } from '../../src/sync-server/accounts'
import { startSyncServer } from '../../src/sync-server/server'
import { repoRoot } from '../fixtures/archive-files'
import { emitFolioEvent } from './harness/folio-events'
import { E2E_ORIGIN, launchFolio, type FolioSession } from './harness/folio-page'
import { connectDevice, groupsDialog, openGroups, type Person } from './harness/sync-ui'

const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText())

describe('a group’s invite link', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'folio-invite-server-'))
  const profiles = ['claire', 'marc'].map((name) => mkdtempSync(join(tmpdir(), `folio-invite-${name}-`)))
  let server: Awaited<ReturnType<typeof startSyncServer>>
  /** A server Marc's device is not connected to: it counts every request it gets. */
  let elsewhere: HttpServer
  let elsewhereUrl: string
  const elsewhereRequests: string[] = []
  let claire: FolioSession
  let marc: FolioSession
  let people: Record<'claire' | 'marc', Person>

  const connect = (page: Page, who: Person) => connectDevice(page, server.httpUrl, who)

  /** Claire makes a group (or uses it) and an invite of `role`; returns the code and the link she copied. */
  const invite = async (group: string, role: string, create: boolean) => {
    const dialog = await openGroups(claire.page)
    if (create) {
      await dialog.getByRole('textbox', { name: 'Nom du nouveau groupe' }).fill(group)
      await dialog.getByRole('button', { name: 'Créer le groupe' }).click()
    }
    const section = dialog.getByRole('region', { name: group })
    await section.getByRole('combobox', { name: 'Rôle de l’invité' }).selectOption({ label: role })
    await section.getByRole('button', { name: 'Inviter' }).click()
    const codeBox = section.getByRole('textbox', { name: `Code d’invitation pour ${group}` })
    await expect.poll(() => codeBox.count()).toBe(1)
    const code = await codeBox.inputValue()
    await section.getByRole('button', { name: 'Copier le lien d’invitation' }).click()
    await expect.poll(() => section.locator('.group-invite-code .group-hint').textContent()).toMatch(/^Lien copié\./)
    const link = await clipboardText(claire.page)
    return { code, link, dialog, section }
  }

  /** What a launch of Folio with `argument` hands the window, as main does (a first or a second launch). */
  const launchWith = async (argument: string) => {
    const handed: string[] = []
    const delivery = new LaunchDelivery(marc.launchGrants)
    delivery.setTarget({
      send: (channel, link) => void (channel === eventChannels.openPassageLink && handed.push(link as string))
    })
    delivery.deliver(await parseLaunchArgs(['folio', argument], { cwd: tmpdir(), defaultApp: false }))
    for (const link of handed) await emitFolioEvent(marc.page, 'openPassageLink', link)
    return handed
  }

  beforeAll(async () => {
    server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true })
    elsewhere = createServer((request, response) => {
      elsewhereRequests.push(`${request.method} ${request.url}`)
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`
    people = { claire: await createAccount(dataDir, 'Claire'), marc: await createAccount(dataDir, 'Marc') }
    claire = await launchFolio({ userDataDir: profiles[0] })
    marc = await launchFolio({ userDataDir: profiles[1] })
    for (const session of [claire, marc])
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: E2E_ORIGIN })
  }, 120_000)

  afterAll(async () => {
    await claire?.close()
    await marc?.close()
    await server?.close()
    await new Promise((resolve) => elsewhere?.close(resolve))
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true })
  })

  it('is copied beside the code, naming the code and the owner’s server (screenshot)', async () => {
    await connect(claire.page, people.claire)
    await connect(marc.page, people.marc)
    const { code, link, dialog } = await invite('Séminaire 1950', 'peut annoter', true)
    expect(link).toBe(`folio://join-group?code=${code}&server=${encodeURIComponent(server.httpUrl)}`)
    await dialog.screenshot({ path: join(repoRoot, 'docs/screenshots/group-invite-link.png') })
    await dialog.getByRole('button', { name: 'Fermer' }).click()

    // Opened by a launch on Marc's device, connected to the same server: the groups dialog, the code filled in.
    expect(await launchWith(link)).toEqual([link])
    const theirs = groupsDialog(marc.page)
    await expect.poll(() => theirs.getByRole('textbox', { name: 'Code d’invitation' }).inputValue()).toBe(code)
    // Nothing is joined before he says so; "Rejoindre" is where the keyboard is.
    expect((await marc.page.evaluate(() => window.folio.listGroups())).groups).toEqual([])
    await expect.poll(() => marc.page.evaluate(() => document.activeElement?.textContent)).toBe('Rejoindre')
    await theirs.getByRole('button', { name: 'Rejoindre' }).click()
    await expect
      .poll(() => theirs.locator('.group-done, .group-error').textContent(), { timeout: 15_000 })
      .toBe('Vous avez rejoint le groupe.')
    await expect.poll(() => theirs.getByRole('region', { name: 'Séminaire 1950' }).count()).toBe(1)
    await theirs.getByRole('button', { name: 'Fermer' }).click()
  })

  it('naming another server, is shown and asked about, and that server hears nothing (screenshot)', async () => {
    const { code, dialog } = await invite('Séminaire 1950', 'peut lire', false)
    await dialog.getByRole('button', { name: 'Fermer' }).click()
    const foreign = formatInviteLink({ code, server: elsewhereUrl })
    expect(await launchWith(foreign)).toEqual([foreign])
    const ask = marc.page.getByRole('dialog', { name: 'Invitation à un groupe' })
    await expect
      .poll(() => ask.locator('.invite-link-server').textContent())
      .toBe(`Serveur du groupe : ${elsewhereUrl}`)
    expect(await ask.textContent()).toContain(`relié à un autre serveur (${server.httpUrl})`)
    await marc.screenshot(join(repoRoot, 'docs/screenshots/group-invite-other-server.png'))
    // Asked, he may go to the sync dialog (his connection shown, nothing changed)…
    await ask.getByRole('button', { name: 'Se connecter à ce serveur…' }).click()
    const sync = marc.page.getByRole('dialog', { name: 'Synchronisation' })
    await expect.poll(() => sync.getByRole('button', { name: 'Déconnecter' }).count()).toBe(1)
    await sync.getByRole('button', { name: 'Fermer' }).click()
    // …or not: cancelled, nothing was joined and the other server got no request at all.
    await ask.getByRole('button', { name: 'Annuler' }).click()
    await expect.poll(() => ask.count()).toBe(0)
    expect(elsewhereRequests).toEqual([])
    expect((await marc.page.evaluate(() => window.folio.listGroups())).groups.map((group) => group.role)).toEqual([
      'annotate'
    ])
  })

  it('joins when pasted in the join field; a forged one is refused in words, or by main at launch', async () => {
    const { link, dialog } = await invite('Atelier Xinjiang', 'peut annoter', true)
    await dialog.getByRole('button', { name: 'Fermer' }).click()
    const theirs = await openGroups(marc.page)
    const field = theirs.getByRole('textbox', { name: 'Code d’invitation' })
    const forged = link.replace(/server=[^&]+/, `server=${encodeURIComponent('javascript:alert(1)')}`)
    await field.fill(forged)
    await theirs.getByRole('button', { name: 'Rejoindre' }).click()
    await expect
      .poll(() => theirs.getByRole('alert').textContent())
      .toBe(
        'Ce lien d’invitation ne se lit pas : il ne nomme pas l’adresse d’un serveur (http, https, ws ou wss, sans identifiants).'
      )
    await field.fill(link)
    await theirs.getByRole('button', { name: 'Rejoindre' }).click()
    await expect
      .poll(() => theirs.locator('.group-done, .group-error').textContent(), { timeout: 15_000 })
      .toBe('Vous avez rejoint le groupe.')
    await expect.poll(() => theirs.getByRole('region', { name: 'Atelier Xinjiang' }).count()).toBe(1)
    await theirs.getByRole('button', { name: 'Fermer' }).click()

    // The forged link given to a launch never reaches the page.
    expect(await launchWith(forged)).toEqual([])
    expect(await marc.page.getByRole('dialog').count()).toBe(0)
    expect(elsewhereRequests).toEqual([])
  })
})
