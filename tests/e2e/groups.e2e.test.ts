// A group of three people, end to end: three persistent Chromium profiles, each with main's real handlers, sync
// engine and groups, and Folio's sync server started here on a loopback port. Claire creates the group and invites
// Marc (can annotate) and Lin (can read) by code; they join; Claire shares the seed article and highlights a
// passage with a note, which the others see under her name; Marc's reaches Claire; Lin has no way to annotate into
// the group, and what her client forces onto the server is dropped there; the filter shows mine or theirs; Marc,
// made a reader, takes back what he shared; Claire takes his document out of the group.

import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createAccount } from '../../src/sync-server/accounts'
import { startSyncServer } from '../../src/sync-server/server'
import { repoRoot } from '../fixtures/archive-files'
import { launchFolio, type FolioSession } from './harness/folio-page'
import { connectDevice, openGroups, type Person } from './harness/sync-ui'
import { selectText } from './harness/select-text'

const GROUP = 'Séminaire 1950'
const MAO = "Mao s'est rendu en Union soviétique"
const XINJIANG = 'privilèges soviétiques au Xinjiang'
const CLAIRE_NOTE = 'Le voyage de décembre 1949 : deux mois à Moscou.'
const MARC_NOTE = 'Concession arrachée par Staline, rendue en 1954.'

type Server = Awaited<ReturnType<typeof startSyncServer>>

const memberCards = (page: Page) => page.locator('.notes-panel .member-card')
const ownCards = (page: Page) => page.locator('.notes-panel > .annotation-card')
/** The passages painted as members' annotations in the reader. */
const paintedMembers = (page: Page) =>
  page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => /^folio-member-\d$/.test(name))
      .flatMap(([, highlight]) => [...highlight].map((range) => range.toString()))
      .sort()
  )

describe('a group of three with roles, through Folio’s sync server', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'folio-groups-server-'))
  const profiles = ['claire', 'marc', 'lin'].map((name) => mkdtempSync(join(tmpdir(), `folio-groups-${name}-`)))
  let server: Server
  let people: Record<'claire' | 'marc' | 'lin', Person>
  let claire: FolioSession
  let marc: FolioSession
  let lin: FolioSession
  const raw: { provider: HocuspocusProvider; socket: HocuspocusProviderWebsocket }[] = []

  const connect = (page: Page, who: Person) => connectDevice(page, server.httpUrl, who)

  const annotate = async (page: Page, passage: string, note: string) => {
    await selectText(page, passage)
    await page.getByRole('button', { name: 'Surligner et annoter' }).click()
    const editor = page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(note)
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
  }

  const shareBox = (page: Page) => page.getByRole('group', { name: 'Partager avec un groupe' }).getByRole('checkbox')
  const documentIdOf = (page: Page) => page.locator('.notes-panel').getAttribute('data-document-id') as Promise<string>
  const groupIdOf = (page: Page) =>
    page.evaluate(async () => (await window.folio.listGroups()).groups[0]?.id ?? null) as Promise<string>
  const authorsSeenBy = (page: Page, documentId: string) =>
    page.evaluate(
      async (id) =>
        (await window.folio.groupAnnotations(id)).map(
          ({ author, annotation }) => `${author.name}: ${String(annotation.note)}`
        ),
      documentId
    )

  beforeAll(async () => {
    server = await startSyncServer({ port: 0, host: '127.0.0.1', dataDir, quiet: true })
    people = {
      claire: await createAccount(dataDir, 'Claire'),
      marc: await createAccount(dataDir, 'Marc'),
      lin: await createAccount(dataDir, 'Lin')
    }
    claire = await launchFolio({ userDataDir: profiles[0] })
    marc = await launchFolio({ userDataDir: profiles[1] })
    lin = await launchFolio({ userDataDir: profiles[2] })
  }, 120_000)

  afterAll(async () => {
    for (const { provider, socket } of raw) {
      provider.destroy()
      socket.destroy()
    }
    await claire?.close()
    await marc?.close()
    await lin?.close()
    await server?.close()
    for (const dir of [dataDir, ...profiles]) rmSync(dir, { recursive: true, force: true })
  })

  it('connects the three devices to the server, each with its own account', async () => {
    await connect(claire.page, people.claire)
    await connect(marc.page, people.marc)
    await connect(lin.page, people.lin)
  })

  it('lets the owner create a group and invite two people by code, with a role each, who join', async () => {
    const dialog = await openGroups(claire.page)
    await dialog.getByRole('textbox', { name: 'Nom du nouveau groupe' }).fill(GROUP)
    await dialog.getByRole('button', { name: 'Créer le groupe' }).click()
    const section = dialog.getByRole('region', { name: GROUP })
    await expect.poll(() => section.locator('.group-members li').count()).toBe(1)

    let previous = ''
    const invite = async (role: string) => {
      await section.getByRole('combobox', { name: 'Rôle de l’invité' }).selectOption({ label: role })
      await section.getByRole('button', { name: 'Inviter' }).click()
      const code = section.getByRole('textbox', { name: `Code d’invitation pour ${GROUP}` })
      // A new code each time (the previous one stays shown until the server answers).
      await expect.poll(async () => (await code.count()) > 0 && (await code.inputValue()) !== previous).toBe(true)
      previous = await code.inputValue()
      expect(previous).toMatch(/^[A-Za-z0-9_-]{22}$/)
      return previous
    }
    const join = async (page: Page, code: string) => {
      const theirs = await openGroups(page)
      await theirs.getByRole('textbox', { name: 'Code d’invitation' }).fill(code)
      await theirs.getByRole('button', { name: 'Rejoindre' }).click()
      await expect
        .poll(() => theirs.locator('.group-done, .group-error').textContent(), { timeout: 15_000 })
        .toBe('Vous avez rejoint le groupe.')
      await theirs.getByRole('button', { name: 'Fermer' }).click()
    }
    const forMarc = await invite('peut annoter')
    await join(marc.page, forMarc)
    await join(lin.page, await invite('peut lire'))
    // Claire's dialog follows: both have joined, each with the role their code gave.
    await expect.poll(() => section.locator('.group-members li').allInnerTexts(), { timeout: 15_000 }).toHaveLength(3)
    expect(await section.getByRole('combobox', { name: 'Rôle de Marc' }).inputValue()).toBe('annotate')
    expect(await section.getByRole('combobox', { name: 'Rôle de Lin' }).inputValue()).toBe('read')
    // A code serves once.
    const third = await openGroups(marc.page)
    await third.getByRole('textbox', { name: 'Code d’invitation' }).fill(forMarc)
    await third.getByRole('button', { name: 'Rejoindre' }).click()
    await expect
      .poll(() => third.getByRole('alert').textContent())
      .toBe('Ce code d’invitation est inconnu, déjà utilisé ou expiré.')
    await third.getByRole('button', { name: 'Fermer' }).click()
    await dialog.getByRole('button', { name: 'Fermer' }).click()
  })

  it('shows the owner’s note on a shared document to the others, under her name', async () => {
    await expect.poll(() => shareBox(claire.page).count()).toBe(1)
    await shareBox(claire.page).check()
    await expect
      .poll(() => claire.page.locator('.group-share [role=status]').textContent())
      .toBe(`Annotations de ce document partagées avec ${GROUP}.`)
    await annotate(claire.page, MAO, CLAIRE_NOTE)
    for (const { page } of [marc, lin]) {
      await page.getByRole('tab', { name: 'Notes' }).click()
      const card = memberCards(page).filter({ hasText: CLAIRE_NOTE })
      await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
      await expect.poll(() => card.locator('.member-card-author').textContent()).toBe('Claire')
      // Theirs to read: no edit, no delete.
      expect(await card.getByRole('button', { name: 'Modifier' }).count()).toBe(0)
      expect(await card.getByRole('button', { name: 'Supprimer' }).count()).toBe(0)
    }
  })

  it('carries the annotator’s highlight to the owner', async () => {
    await expect.poll(() => shareBox(marc.page).isEnabled()).toBe(true)
    await shareBox(marc.page).check()
    await annotate(marc.page, XINJIANG, MARC_NOTE)
    const card = memberCards(claire.page).filter({ hasText: MARC_NOTE })
    await expect.poll(() => card.count(), { timeout: 15_000 }).toBe(1)
    await expect.poll(() => card.locator('.member-card-author').textContent()).toBe('Marc')
  })

  it('gives the reader no way to annotate into the group, and the server drops what her client forces', async () => {
    const box = shareBox(lin.page)
    await expect.poll(() => box.isDisabled()).toBe(true)
    expect(await lin.page.locator('.group-share label').textContent()).toBe(`${GROUP} (lecture seule)`)
    const documentId = await documentIdOf(lin.page)
    const groupId = await groupIdOf(lin.page)
    // Past the page: main refuses to share for a reader…
    expect(
      await lin.page.evaluate(([d, g]) => window.folio.shareDocument(d!, g!, true), [documentId, groupId])
    ).toMatchObject({
      ok: false,
      code: 'forbidden'
    })
    // …and past main, straight to the server with Lin's token: her member document is read-only there.
    const doc = new Y.Doc()
    const socket = new HocuspocusProviderWebsocket({ url: server.url, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: `group:${groupId}:${people.lin.account}`,
      token: people.lin.token,
      document: doc
    })
    provider.attach()
    raw.push({ provider, socket })
    await new Promise<void>((resolve) => provider.on('synced', () => resolve()))
    expect(provider.authorizedScope).toBe('readonly')
    doc.transact(() => {
      doc.getMap('shares').set(documentId, new Date().toISOString())
      doc.getMap('annotations').set('forced', { id: 'forced', documentId, note: 'écrit de force' })
    })
    // Marc writes after Lin: once his edit has reached Claire, Lin's write would have too, had the server taken it.
    await marc.page.getByRole('tab', { name: 'Notes' }).click()
    const marcs = marc.page.locator('.notes-panel > .annotation-card').filter({ hasText: MARC_NOTE })
    await marcs.getByRole('button', { name: 'Modifier' }).click()
    const editor = marc.page.getByRole('form', { name: 'Modifier l’annotation' })
    await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill(`${MARC_NOTE} Voir l’accord de 1950.`)
    await editor.getByRole('button', { name: 'Enregistrer' }).click()
    await expect
      .poll(() => authorsSeenBy(claire.page, documentId), { timeout: 15_000 })
      .toEqual([`Marc: ${MARC_NOTE} Voir l’accord de 1950.`])
    expect(await authorsSeenBy(marc.page, documentId)).toEqual([`Claire: ${CLAIRE_NOTE}`])
  })

  it('filters mine and theirs, in the panel and the reader', async () => {
    const page = claire.page
    const filter = page.getByRole('combobox', { name: 'Annotations à montrer' })
    await filter.selectOption({ label: 'Les miennes' })
    await expect.poll(() => memberCards(page).count()).toBe(0)
    await expect.poll(() => paintedMembers(page)).toEqual([])
    await expect.poll(() => ownCards(page).filter({ hasText: CLAIRE_NOTE }).isVisible()).toBe(true)
    await filter.selectOption({ label: 'Des membres' })
    await expect.poll(() => memberCards(page).filter({ hasText: MARC_NOTE }).count()).toBe(1)
    await expect.poll(() => ownCards(page).filter({ hasText: CLAIRE_NOTE }).isVisible()).toBe(false)
    await filter.selectOption({ label: 'De Marc' })
    await expect.poll(() => memberCards(page).count()).toBe(1)
    await expect.poll(() => paintedMembers(page)).toEqual([XINJIANG])
    await filter.selectOption({ label: 'Toutes' })
    await expect.poll(() => ownCards(page).filter({ hasText: CLAIRE_NOTE }).isVisible()).toBe(true)
  })

  it('paints members’ annotations in the reader with their author’s name (screenshot)', async () => {
    const page = lin.page
    const painted = () =>
      page.evaluate(() =>
        Object.fromEntries(
          [...CSS.highlights]
            .filter(([name]) => name.startsWith('folio-member-') && name !== 'folio-member-active')
            .map(([name, highlight]) => [name, [...highlight].map((range) => range.toString())])
        )
      )
    await expect
      .poll(async () =>
        Object.values(await painted())
          .flat()
          .sort()
      )
      .toEqual([MAO, XINJIANG].sort())
    // Claire and Marc each in a style of their own.
    expect(Object.values(await painted()).filter((ranges) => ranges.length > 0)).toHaveLength(2)
    // The pointer over Claire's passage names her.
    const point = await page.evaluate((phrase) => {
      const walker = document.createTreeWalker(document.querySelector('.reader')!, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(phrase)
        if (at < 0) continue
        node.parentElement!.scrollIntoView({ block: 'center' })
        const range = document.createRange()
        range.setStart(node, at + 4)
        range.setEnd(node, at + 5)
        const rect = range.getBoundingClientRect()
        range.detach()
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
      }
      return null
    }, MAO)
    expect(point).not.toBeNull()
    await page.mouse.move(point!.x, point!.y)
    await expect.poll(() => page.getByRole('tooltip').textContent()).toBe(`Claire : ${CLAIRE_NOTE}`)
    await lin.screenshot(join(repoRoot, 'docs/screenshots/group-annotations.png'))
  })

  it('lets a member whose role went down to “can read” take back what they shared, and nothing more (screenshot)', async () => {
    const roleOfMarc = async (label: string) => {
      const dialog = await openGroups(claire.page)
      await dialog
        .getByRole('region', { name: GROUP })
        .getByRole('combobox', { name: 'Rôle de Marc' })
        .selectOption({ label })
      await dialog.getByRole('button', { name: 'Fermer' }).click()
    }
    await roleOfMarc('peut lire')
    const box = shareBox(marc.page)
    const label = marc.page.locator('.group-share label')
    // Still shared from before, and his to untick: the label says what unticking does.
    await expect
      .poll(() => label.textContent(), { timeout: 15_000 })
      .toBe(`${GROUP} (lecture seule : décochez pour reprendre ce que vous y aviez partagé)`)
    expect([await box.isChecked(), await box.isEnabled()]).toEqual([true, true])
    await marc.page.locator('.group-share').screenshot({
      path: join(repoRoot, 'docs/screenshots/group-share-read-only.png')
    })
    await box.uncheck()
    await expect
      .poll(() => marc.page.locator('.group-share [role=status]').textContent())
      .toBe(`Ce document n’est plus partagé avec ${GROUP}.`)
    // Gone from the others' panels (the server took the share out), and not to be ticked again as a reader.
    for (const { page } of [claire, lin])
      await expect.poll(() => memberCards(page).filter({ hasText: MARC_NOTE }).count(), { timeout: 15_000 }).toBe(0)
    await expect.poll(() => box.isDisabled()).toBe(true)
    expect(await label.textContent()).toBe(`${GROUP} (lecture seule)`)

    // Back to "can annotate", he shares again and Claire sees his note.
    await roleOfMarc('peut annoter')
    await expect.poll(() => box.isEnabled(), { timeout: 15_000 }).toBe(true)
    await box.check()
    await expect
      .poll(() => memberCards(claire.page).filter({ hasText: MARC_NOTE }).count(), { timeout: 15_000 })
      .toBe(1)
  })

  it('lets the owner take a member’s document out of the group; he may share it again', async () => {
    const withdraw = claire.page.getByRole('button', {
      name: `Retirer de ${GROUP} les annotations de Marc sur ce document`
    })
    await expect.poll(() => withdraw.count(), { timeout: 15_000 }).toBe(1)
    // Offered to owners only.
    expect(await lin.page.getByRole('button', { name: /^Retirer de / }).count()).toBe(0)
    await claire.page
      .locator('.group-share')
      .screenshot({ path: join(repoRoot, 'docs/screenshots/group-share-withdraw.png') })
    await withdraw.click()
    await expect
      .poll(() => claire.page.locator('.group-share [role=status]').textContent())
      .toBe(`Les annotations de Marc sur ce document ont quitté ${GROUP}.`)
    for (const { page } of [claire, lin])
      await expect.poll(() => memberCards(page).filter({ hasText: MARC_NOTE }).count(), { timeout: 15_000 }).toBe(0)
    // Marc's own box follows: the document is no longer shared from his devices.
    await expect.poll(() => shareBox(marc.page).isChecked(), { timeout: 15_000 }).toBe(false)
    await shareBox(marc.page).check()
    await expect
      .poll(() => memberCards(claire.page).filter({ hasText: MARC_NOTE }).count(), { timeout: 15_000 })
      .toBe(1)
  })

  it('lets the owner change a role and remove a member, whose annotations leave the group; a member leaves', async () => {
    const dialog = await openGroups(claire.page)
    const section = dialog.getByRole('region', { name: GROUP })
    await section.getByRole('combobox', { name: 'Rôle de Lin' }).selectOption({ label: 'peut annoter' })
    // Lin may now share: her box is enabled at her next list of the groups.
    await expect.poll(() => shareBox(lin.page).isEnabled(), { timeout: 15_000 }).toBe(true)
    await section.getByRole('button', { name: 'Retirer Marc du groupe' }).click()
    await expect.poll(() => section.locator('.group-members li').count()).toBe(2)
    await dialog.getByRole('button', { name: 'Fermer' }).click()
    for (const { page } of [claire, lin])
      await expect.poll(() => memberCards(page).filter({ hasText: MARC_NOTE }).count(), { timeout: 15_000 }).toBe(0)
    await expect.poll(() => shareBox(marc.page).count(), { timeout: 15_000 }).toBe(0)
    const theirs = await openGroups(lin.page)
    await theirs.getByRole('button', { name: 'Quitter le groupe' }).click()
    await expect.poll(() => theirs.getByText('Vous n’êtes dans aucun groupe.').count()).toBe(1)
    await theirs.getByRole('button', { name: 'Fermer' }).click()
    await expect.poll(() => memberCards(lin.page).count()).toBe(0)
  })
})
