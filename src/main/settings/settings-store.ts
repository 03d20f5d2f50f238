// Main's copy of the user's settings (theme, reading size, measure, language, the document open). The renderer owns them in
// IndexedDB and reports each change; main keeps the last report in `<userData>/settings.json` so the next
// start's first screen and main's own dialogs use them. A missing or damaged file means the defaults.

import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE, LANGUAGES, LINE_WIDTH_RANGE, mainSettings, THEMES, type MainSettings } from '../../shared/settings/settings'
import { MAX_ID_LENGTH } from '../../shared/archive/stable-id'
import { writeAtomically } from '../files/atomic-write'

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
    fontSize: z.number().int().min(FONT_SIZE_RANGE.min).max(FONT_SIZE_RANGE.max),
    lineWidth: z.number().int().min(LINE_WIDTH_RANGE.min).max(LINE_WIDTH_RANGE.max),
    language: z.enum(LANGUAGES),
    // A document id (archive or library); absent in files written before it was kept.
    openDocument: z.string().min(1).max(MAX_ID_LENGTH).nullable().default(null)
  })
  .strict() satisfies z.ZodType<MainSettings>

export class SettingsStore {
  private current: Promise<MainSettings>
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly file: string) {
    this.current = readFile(file, 'utf8')
      .then((text) => settingsSchema.parse(JSON.parse(text)))
      .catch((error: unknown) => {
        // No file yet is the normal first start; anything else is a damaged file, said and replaced.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn(`${file}: réglages illisibles, valeurs par défaut utilisées`)
        return mainSettings(DEFAULT_SETTINGS)
      })
  }

  /** The last settings reported (or read from the file at start). */
  get(): Promise<MainSettings> {
    return this.current
  }

  /** Keeps `settings` (main's part of them) and writes them to the file (writes in order; unchanged settings are not rewritten). */
  async remember(settings: MainSettings): Promise<void> {
    const before = JSON.stringify(await this.current)
    const kept = mainSettings(settings)
    this.current = Promise.resolve(kept)
    const text = JSON.stringify(kept)
    if (text === before) return
    const write = this.writes.then(() => writeAtomically(this.file, `${text}\n`))
    this.writes = write.catch(() => undefined)
    await write
  }
}
