// The events of the contract (contract.ts, FolioEvents) on both sides: main sends only well-formed events,
// and the preload hands a listener only arguments that pass the same schemas (zod's mini build, so the
// preload stays small), without Electron's event object. An unknown event name is refused at once.

import { z } from 'zod/mini'
import { MENU_ACTIONS } from '../desktop/menu-actions'
import { CONTROLS, folioLinkProblem } from '../desktop/folio-link'
import { eventChannels, type EventChannel, type FolioEvent, type FolioEventArgs, type FolioEventsApi } from './contract'

/** Most files one addFiles event carries (main's launch parser looks at no more arguments than this). */
export const MAX_EVENT_FILES = 256
/** Longest path an addFiles event carries (Windows' long paths). */
export const MAX_EVENT_PATH_LENGTH = 32_767

const path = z.string().check(
  z.minLength(1),
  z.maxLength(MAX_EVENT_PATH_LENGTH),
  z.refine((text) => !CONTROLS.test(text), 'caractère de contrôle dans un chemin')
)

/** Each event's arguments, as a tuple: exactly these, nothing more. */
export const eventArgSchemas: { readonly [E in FolioEvent]: z.ZodMiniType<FolioEventArgs<E>> } = {
  menuAction: z.tuple([z.enum(MENU_ACTIONS)]),
  openPassageLink: z.tuple([
    z.string().check(z.refine((text) => folioLinkProblem(text) === null, 'lien folio:// mal formé'))
  ]),
  addFiles: z.tuple([z.array(path).check(z.minLength(1), z.maxLength(MAX_EVENT_FILES))])
}

const isEvent = (name: unknown): name is FolioEvent => typeof name === 'string' && Object.hasOwn(eventChannels, name)

/** The arguments of `event` if they are well formed, else null. */
export function checkEventArgs<E extends FolioEvent>(event: E, args: readonly unknown[]): FolioEventArgs<E> | null {
  const schema: z.ZodMiniType<FolioEventArgs<E>> = eventArgSchemas[event]
  const parsed = schema.safeParse(args)
  return parsed.success ? parsed.data : null
}

/** Listens to one channel over a transport (the preload's ipcRenderer, or a test's); returns the unsubscribe. */
export type Subscribe = (channel: EventChannel, listener: (...args: unknown[]) => void) => () => void

/** Builds the page's `on` from a transport; the preload exposes exactly this, beside the calls. */
export function createFolioEvents(subscribe: Subscribe): FolioEventsApi {
  return {
    on(event, listener) {
      if (!isEvent(event)) throw new Error(`Événement inconnu : ${String(event).slice(0, 100)}`)
      if (typeof listener !== 'function') throw new Error('Il faut une fonction pour écouter un événement.')
      return subscribe(eventChannels[event], (...args) => {
        const checked = checkEventArgs(event, args)
        if (checked) listener(...checked)
        else console.warn(`Événement ${event} refusé : arguments mal formés`)
      })
    }
  }
}

/** What main sends through: a window's webContents. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void
}

/** Sends `event` to a window, after the same check as the preload's (a bad event is a bug in main: it throws). */
export function sendFolioEvent<E extends FolioEvent>(target: EventTarget, event: E, ...args: FolioEventArgs<E>): void {
  if (!checkEventArgs(event, args)) throw new Error(`Événement ${event} mal formé : non envoyé`)
  target.send(eventChannels[event], ...args)
}
