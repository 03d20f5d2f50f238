// Files dropped on the window: the page sends each one's name and bytes (never a path: a page is not trusted to
// name files on the user's disk). Each name and size is checked here again, then the bytes are written to a
// private folder of their own under the app's user data, added as a launch's file is (handed-files.ts), and removed.

import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ADDED_LIMITS,
  addedKindOf,
  MAX_DROPPED_FILES,
  MAX_DROPPED_NAME_LENGTH,
  type AddedFile,
  type DroppedFile
} from '../../shared/desktop/added-files'
import { toDisplayName } from '../library/display-name'
import { fileNameProblem, visibleFileName } from './file-names'
import { addHandedFile, type HandedFileStores } from './handed-files'

/** Each drop's file is written in a folder named so inside the drop folder; a crash's leftovers go at the next start. */
const DROP_PREFIX = 'drop-'
/** What Windows refuses in a name (":" would even write to another stream of a file). */
const WINDOWS_RESERVED = /[<>:"|?*]|[. ]$|^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} Mo`

/** Why `name` cannot be a dropped file's name on `platform` (in French), or null when it can. Linear in its length. */
export function droppedNameProblem(name: string, platform: NodeJS.Platform = process.platform): string | null {
  const problem = fileNameProblem(name)
  if (problem) return problem
  if (name.length > MAX_DROPPED_NAME_LENGTH || Buffer.byteLength(name) > MAX_DROPPED_NAME_LENGTH)
    return `un nom de fichier a au plus ${MAX_DROPPED_NAME_LENGTH} octets`
  if (platform === 'win32' && WINDOWS_RESERVED.test(name))
    return 'le nom contient un caractère ou un mot que Windows réserve'
  return null
}

/** Why a dropped file is refused before anything is written, or null when it may be added. */
function refusalOf(file: DroppedFile, platform: NodeJS.Platform): AddedFile | null {
  const shown = toDisplayName(visibleFileName(file.name))
  const problem = droppedNameProblem(file.name, platform)
  if (problem) return { ok: false, name: shown, reason: 'bad-name', message: `« ${shown} » : ${problem}.` }
  const kind = addedKindOf(file.name)
  if (!kind) {
    const text = `« ${shown} » : seuls les textes (.txt), le Markdown (.md), les PDF et les pages web enregistrées (.html, .htm) peuvent être ajoutés.`
    return { ok: false, name: shown, reason: 'unsupported', message: text }
  }
  const limit = ADDED_LIMITS[kind]
  if (file.bytes.byteLength > limit) {
    const text = `« ${shown} » (${megabytes(file.bytes.byteLength)}) dépasse ${megabytes(limit)}, la limite de ce type de fichier.`
    return { ok: false, name: shown, reason: 'too-large', message: text }
  }
  return null
}

export class DroppedFiles {
  /** Set once the leftovers of an earlier session (a crash mid-drop) are removed. */
  private cleared: Promise<void> | null = null

  /** Drops go in `dropDir` (under the app's user data; null: the system's temporary folder), and into `stores`. */
  constructor(
    private readonly dropDir: string | null,
    private readonly stores: HandedFileStores,
    private readonly platform: NodeJS.Platform = process.platform
  ) {}

  /** Removes every drop folder left in `dropDir`: none of this session's exists before its first drop. */
  private clearLeftovers(): Promise<void> {
    const dir = this.dropDir
    if (!dir) return Promise.resolve()
    // Best effort: a folder that cannot be listed now says so at the drop's own write, file by file.
    this.cleared ??= readdir(dir).then(
      async (names) => {
        for (const name of names.filter((candidate) => candidate.startsWith(DROP_PREFIX)))
          await rm(join(dir, name), { recursive: true, force: true }).catch(() => undefined)
      },
      () => undefined
    )
    return this.cleared
  }

  /** Adds each file in turn (at most {@link MAX_DROPPED_FILES}: the rest are refused); one answer per file. */
  async add(files: readonly DroppedFile[]): Promise<AddedFile[]> {
    await this.clearLeftovers()
    const answers: AddedFile[] = []
    for (const [index, file] of files.entries()) {
      if (index >= MAX_DROPPED_FILES) {
        const shown = toDisplayName(visibleFileName(file.name))
        const text = `« ${shown} » : ${MAX_DROPPED_FILES} fichiers au plus sont ajoutés à la fois.`
        answers.push({ ok: false, name: shown, reason: 'too-many', message: text })
        continue
      }
      answers.push(refusalOf(file, this.platform) ?? (await this.addOne(file)))
    }
    return answers
  }

  /** Writes `file` alone in a new private folder, adds it from there, then removes the folder whatever happened. */
  private async addOne(file: DroppedFile): Promise<AddedFile> {
    let folder: string | null = null
    try {
      if (this.dropDir) await mkdir(this.dropDir, { recursive: true, mode: 0o700 })
      // mkdtemp makes the folder readable by this user alone, under a name no one could guess beforehand.
      folder = await mkdtemp(join(this.dropDir ?? tmpdir(), this.dropDir ? DROP_PREFIX : `folio-${DROP_PREFIX}`))
      const path = join(folder, file.name)
      // 'wx': the folder is new and ours; a file already there would mean something else wrote into it.
      await writeFile(path, file.bytes, { flag: 'wx', mode: 0o600 })
      return await addHandedFile(path, this.stores)
    } catch (error) {
      const shown = toDisplayName(file.name)
      const detail = error instanceof Error ? error.message : String(error)
      return { ok: false, name: shown, reason: 'failed', message: `« ${shown} » n’a pas pu être ajouté : ${detail}` }
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true }).catch(() => undefined)
    }
  }
}
