// Dispatches IPC calls to their handlers after two checks: the sender is the app's own page,
// and the arguments match the method's schema. Anything else is refused and never reaches a handler.

import type { FolioApi, FolioMethod, IpcChannel } from '../../shared/ipc/contract'
import { ipcChannels } from '../../shared/ipc/contract'
import { argSchemas } from './arg-schemas'
import { describeIssues } from '../archive/manifest-schema'
import type { PdfPrinter } from '../desktop/save-pdf'

/** What main offers a handler of the window that called, beyond its arguments: printing itself. */
export type CallSender = PdfPrinter

/** The methods whose handler also gets the calling window (undefined when the caller gave none): the others never see it. */
type SenderMethod = 'savePdf'
const SENDER_METHODS: ReadonlySet<FolioMethod> = new Set(['savePdf'] satisfies SenderMethod[])

export type Handlers = {
  [M in FolioMethod]: (
    ...args: M extends SenderMethod ? [...Parameters<FolioApi[M]>, CallSender | undefined] : Parameters<FolioApi[M]>
  ) => ReturnType<FolioApi[M]>
}

/** Refusals are errors: the renderer's promise rejects with this message. */
export class IpcRefusal extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IpcRefusal'
  }
}

const methodByChannel = new Map<string, FolioMethod>(
  (Object.entries(ipcChannels) as [FolioMethod, IpcChannel][]).map(([method, channel]) => [channel, method])
)

/** True when `url` is a page of the app: same origin as one of `appOrigins`. */
export function isAppUrl(url: string | undefined, appOrigins: readonly string[]): boolean {
  if (!url) return false
  try {
    const { origin, protocol, host } = new URL(url)
    const key = origin === 'null' ? `${protocol}//${host}` : origin
    return appOrigins.includes(key)
  } catch {
    return false
  }
}

export interface IpcRouter {
  channels: IpcChannel[]
  /**
   * Runs one call; `senderUrl` is the URL of the frame that sent it, `sender` its window (given only to the
   * methods that need it, after the same checks as any call).
   */
  dispatch(channel: string, senderUrl: string | undefined, args: unknown[], sender?: CallSender): Promise<unknown>
}

/** Builds the router for `handlers`, trusting only pages whose origin is in `appOrigins`. */
export function createIpcRouter(handlers: Handlers, appOrigins: readonly string[]): IpcRouter {
  return {
    channels: [...methodByChannel.keys()] as IpcChannel[],
    async dispatch(channel, senderUrl, args, sender) {
      const method = methodByChannel.get(channel)
      if (!method) throw new IpcRefusal(`Canal IPC inconnu : ${channel}`)
      if (!isAppUrl(senderUrl, appOrigins))
        throw new IpcRefusal(`Appel refusé : l’expéditeur n’est pas une page de Folio.`)
      const parsed = argSchemas[method].safeParse(args)
      if (!parsed.success) throw new IpcRefusal(`Arguments invalides pour ${method} — ${describeIssues(parsed.error)}`)
      const handler = handlers[method] as (...a: unknown[]) => Promise<unknown>
      return handler(...(parsed.data as unknown[]), ...(SENDER_METHODS.has(method) ? [sender] : []))
    }
  }
}
