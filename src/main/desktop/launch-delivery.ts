// Hands what launches asked for (launch-args.ts) to the window as events: each folio:// link as
// openPassageLink (a group's invite link too, once read as one: shared/sync/invite-link.ts), the files as one addFiles, each file granted first (launch-grants.ts: the page may ask main to
// add only these). Requests that come before the page has loaded (the first launch's own arguments, macOS's
// open-file at start) wait for it; refusals are only logged.

import { sendFolioEvent, type EventTarget } from '../../shared/ipc/folio-events'
import { isInviteLink, parseInviteLink } from '../../shared/sync/invite-link'
import type { LaunchRequest } from './launch-args'
import type { LaunchGrants } from './launch-grants'

/** Most requests kept while no page is loaded (a burst of launches beyond is dropped, the oldest first). */
export const MAX_PENDING_REQUESTS = 16

export class LaunchDelivery {
  private pending: LaunchRequest[] = []
  private target: EventTarget | null = null

  /**
   * `grants` are the paths the page may then ask to add (the handlers' own); `handedFiles` hears of the files handed
   * to the page (the system's recent documents list them).
   */
  constructor(
    private readonly grants: LaunchGrants,
    private readonly handedFiles: (paths: readonly string[]) => void = () => undefined
  ) {}

  /** The page that takes the events from now on (a window's webContents once loaded), or none. */
  setTarget(target: EventTarget | null): void {
    this.target = target
    if (target) for (const request of this.pending.splice(0)) this.send(target, request)
  }

  deliver(given: LaunchRequest): void {
    for (const refusal of given.refused) console.warn(`Lancement : ${refusal.message}`)
    // An invite link that does not read (a forged code, a server with credentials or of another scheme) stops here.
    const links = given.links.filter((link) => {
      const read = isInviteLink(link) ? parseInviteLink(link) : null
      if (read && !read.ok) console.warn(`Lancement : lien d’invitation refusé (${read.reason}).`)
      return read?.ok !== false
    })
    const request = { ...given, links }
    if (request.files.length === 0 && request.links.length === 0) return
    if (this.target) return this.send(this.target, request)
    this.pending.push(request)
    if (this.pending.length > MAX_PENDING_REQUESTS) this.pending.shift()
  }

  private send(target: EventTarget, { files, links }: LaunchRequest): void {
    for (const link of links) sendFolioEvent(target, 'openPassageLink', link)
    if (files.length === 0) return
    // Granted before the page hears of them: it may answer at once.
    this.grants.grant(files)
    sendFolioEvent(target, 'addFiles', files)
    this.handedFiles(files)
  }
}
