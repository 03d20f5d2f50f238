// The user's settings as the app read them (use-settings.ts), handed down from App to whatever deep in
// the tree needs one (a reference card's citation style), rather than each reading IndexedDB again.

import { createContext, useContext } from 'react'
import type { Settings } from '../../../shared/settings/settings'

/** Undefined until the settings are read. */
export const SettingsContext = createContext<Settings | undefined>(undefined)

/** The settings, or undefined until they are read. */
export function useSettingsContext(): Settings | undefined {
  return useContext(SettingsContext)
}
