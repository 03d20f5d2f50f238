// Main's copy of the user's settings (theme, reading size, measure, language, the document open, zoom). The renderer owns them in
// IndexedDB and reports each change; main keeps the last report in `<userData>/settings.json` so the next
// start's first screen and main's own dialogs use them. A missing or damaged file means the defaults;
// a damaged one is kept aside first (settings.json.damaged-<date>), so replacing it loses nothing.

import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import {
  DEFAULT_SETTINGS,
  FONT_SIZE_RANGE,
  LANGUAGES,
  LINE_WIDTH_RANGE,
  mainSettings,
  THEMES,
  type MainSettings
} from '../../shared/settings/settings'
import { DEFAULT_ZOOM, ZOOM_RANGE } from '../../shared/settings/zoom'
import { MAX_ID_LENGTH } from '../../shared/archive/stable-id'
import { writeAtomically } from '../files/atomic-write'
import { keepAside } from '../files/keep-aside'

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    lineWidth: z.number().int().min(LINE_WIDTH_RANGE.min).max(LINE_WIDTH_RANGE.max),
    language: z.enum(LANGUAGES),
    // A document id (archive or library); absent in files written before it was kept.
    openDocument: z.string().min(1).max(MAX_ID_LENGTH).nullable().default(null),
    // The window's zoom factor; absent in files written before it was kept.
    zoom: z.number().min(ZOOM_RANGE.min).max(ZOOM_RANGE.max).default(DEFAULT_ZOOM)
  })
  .strict() satisfies z.ZodType<MainSettings>

/** The settings in `file`; the defaults when there is none or it is damaged (then kept aside, and said). */
async function readSettings(file: string): Promise<MainSettings> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    // No file yet is the normal first start; an unreadable one is left as it is for the user to see.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      console.warn(`${file} : réglages illisibles, valeurs par défaut utilisées`)
    return mainSettings(DEFAULT_SETTINGS)
  }
  try {
    // Editors on Windows save UTF-8 with a byte order mark, which JSON.parse refuses.
    return settingsSchema.parse(JSON.parse(text.replace(/^\ufeff/, '')))
  } catch {
    const aside = await keepAside(file).catch(() => null)
    console.warn(
      `${file} : réglages abîmés, valeurs par défaut utilisées${aside ? ` ; l’ancien fichier est gardé dans ${aside}` : ''}`
    )
    return mainSettings(DEFAULT_SETTINGS)
  }
}

export class SettingsStore {
  private current: Promise<MainSettings>
  private writes: Promise<void> = Promise.resolve()
  private readonly listeners = new Set<(settings: MainSettings) => void>()

  constructor(private readonly file: string) {
    this.current = readSettings(file)
  }

  /** The last settings reported (or read from the file at start). */
  get(): Promise<MainSettings> {
    return this.current
  }

  /** Calls `listener` with the settings each time a report changes them (the window's zoom follows); returns the unsubscribe. */
  onChange(listener: (settings: MainSettings) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Keeps `settings` (main's part of them) and writes them to the file (writes in order; unchanged settings are not rewritten). */
  async remember(settings: MainSettings): Promise<void> {
    const before = JSON.stringify(await this.current)
    const kept = mainSettings(settings)
    this.current = Promise.resolve(kept)
    const text = JSON.stringify(kept)
    if (text === before) return
    for (const listener of this.listeners) listener(kept)
    const write = this.writes.then(() => writeAtomically(this.file, `${text}\n`))
    this.writes = write.catch(() => undefined)
    await write
  }
}
