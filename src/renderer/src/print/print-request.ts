// Asking for the print dialog from anywhere (the menu's Print and Save as PDF, the data dialog's entry): one
// request at a time, shown by the print host (print-host.tsx) wherever it is mounted.

import { useSyncExternalStore } from 'react'

/** What the user asked for first: the dialog offers both, this one as its default button. */
export type PrintOutput = 'print' | 'pdf'

let requested: PrintOutput | null = null
const listeners = new Set<() => void>()

function set(next: PrintOutput | null): void {
  requested = next
  for (const listener of listeners) listener()
}

/** Opens the print dialog (or makes `output` its default if it is open). */
export const requestPrint = (output: PrintOutput): void => set(output)

/** Closes the print dialog. */
export const closePrintRequest = (): void => set(null)

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

/** The print dialog's request now (null: closed). */
export const usePrintRequest = (): PrintOutput | null =>
  useSyncExternalStore(
    subscribe,
    () => requested,
    () => null
  )
