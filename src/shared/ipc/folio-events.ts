// The events of the contract (contract.ts, FolioEvents) on both sides: main sends only well-formed events,
// and the preload hands a listener only arguments that pass the same schemas (zod's mini build, so the
// preload stays small), without Electron's event object. An unknown event name is refused at once.

import { z } from 'zod/mini'
import { MENU_ACTIONS } from '../desktop/menu-actions'
import { CONTROLS, folioLinkProblem } from '../desktop/folio-link'
import { recordChangesSchema, syncStateSchema } from '../sync/sync-schemas'
import { changedDocumentsSchema } from '../sync/group-schemas'
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
  addFiles: z.tuple([z.array(path).check(z.minLength(1), z.maxLength(MAX_EVENT_FILES))]),
  syncChanges: z.tuple([recordChangesSchema]),
  syncState: z.tuple([syncStateSchema]),
  groupsChanged: z.tuple([]),
  groupAnnotationsChanged: z.tuple([changedDocumentsSchema])
}

const isEvent = (name: unknown): name is FolioEvent => typeof name === 'string' && Object.hasOwn(eventChannels, name)

/** The arguments of `event` if they are well formed, else null. */
export function checkEventArgs<E extends FolioEvent>(event: E, args: readonly unknown[]): FolioEventArgs<E> | null {
  const schema: z.ZodMiniType<FolioEventArgs<E>> = eventArgSchemas[event]
  const parsed = schema.safeParse(args)
  return parsed.success ? parsed.data : null
}

/** Listens to one channel over a transport (the preload's ipcRenderer, or a test's). */
export type Subscribe = (channel: EventChannel, listener: (...args: unknown[]) => void) => void

/** Most events of one kind kept for a page that does not listen yet (the oldest are dropped). */
export const MAX_WAITING_EVENTS = 16

/**
 * Builds the page's `on` from a transport; the preload exposes exactly this, beside the calls. It listens to
 * every channel at once, so that an event main sends while the page is still starting (the link a launch
 * opened with) waits for the page's first listener of it instead of being lost.
 */
export function createFolioEvents(subscribe: Subscribe): FolioEventsApi {
  // Typed by `on`; kept here as what they are at run time, functions of the checked arguments.
  const listeners = new Map<FolioEvent, Set<(...args: unknown[]) => void>>()
  const waiting = new Map<FolioEvent, unknown[][]>()
  for (const event of Object.keys(eventChannels) as FolioEvent[]) {
    listeners.set(event, new Set())
    waiting.set(event, [])
    subscribe(eventChannels[event], (...args) => {
      const checked = checkEventArgs(event, args)
      if (!checked) return console.warn(`Événement ${event} refusé : arguments mal formés`)
      const current = listeners.get(event)!
      if (current.size > 0) for (const listener of [...current]) listener(...checked)
      else {
        const queue = waiting.get(event)!
        queue.push(checked)
        if (queue.length > MAX_WAITING_EVENTS) queue.shift()
      }
    })
  }
  return {
    on(event, listener) {
      if (!isEvent(event)) throw new Error(`Événement inconnu : ${String(event).slice(0, 100)}`)
      if (typeof listener !== 'function') throw new Error('Il faut une fonction pour écouter un événement.')
      const current = listeners.get(event)!
      const untyped = listener as unknown as (...args: unknown[]) => void
      current.add(untyped)
      for (const args of waiting.get(event)!.splice(0)) untyped(...args)
      return () => void current.delete(untyped)
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
