// What a launch asks Folio to do, from its command line (the first launch's, or a second launch's handed
// over): files to add, `folio://` links to open, and every other argument refused with its reason. Electron's
// and Chromium's switches and the app's own path are skipped. Each argument is looked at once (linear time),
// and only a bounded number of them reach the file system.

import { stat as nodeStat } from 'node:fs/promises'
import { basename, isAbsolute, resolve } from 'node:path'
import { CONTROLS, folioLinkProblem, LINK_SCHEME } from '../../shared/desktop/folio-link'
import { acceptedFormatOf, extensionsOf } from '../../shared/library/accepted-files'

export { LINK_SCHEME, MAX_LINK_LENGTH } from '../../shared/desktop/folio-link'
/** Longest path taken (Windows' long paths: 32,767 characters). */
export const MAX_PATH_LENGTH = 32_767
/** Most arguments looked at in one launch; the rest are refused without being read. */
export const MAX_ARGUMENTS = 256

/** The copies Folio keeps (main/copies/sniff-copy.ts reads them by these extensions, then checks their bytes). */
export const COPY_EXTENSIONS: ReadonlySet<string> = new Set(extensionsOf('pdf', 'html'))

export type LaunchRefusalReason =
  | 'too-many'
  | 'too-long'
  | 'nul-byte'
  | 'control-characters'
  | 'unknown-scheme'
  | 'invalid-link'
  | 'network-path'
  | 'not-found'
  | 'directory'
  | 'not-a-file'
  | 'unreadable'
  | 'unsupported-type'

export interface LaunchRefusal {
  /** The argument, cut to 200 characters (enough to recognise it in a log). */
  argument: string
  reason: LaunchRefusalReason
  message: string
}

export interface LaunchRequest {
  /** Absolute paths of existing regular files of a type Folio reads, in the order given. */
  files: string[]
  /** `folio://` links, exactly as given. */
  links: string[]
  refused: LaunchRefusal[]
}

export interface FileInfo {
  isFile(): boolean
  isDirectory(): boolean
}

export interface LaunchArgsOptions {
  /** The folder relative paths are resolved from (a second launch's own working directory). */
  cwd: string
  /** True when Electron runs the app from a path (`electron .`, development): argv[1] is that path. */
  defaultApp: boolean
  /** The file system's stat (followed links); Node's by default. */
  stat?: (path: string) => Promise<FileInfo>
}

/** A URL's scheme at the start of an argument ("http:", "javascript:"); a Windows drive ("C:\") is not one. */
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/

const MESSAGES: Record<LaunchRefusalReason, string> = {
  'too-many': 'trop d’arguments : les suivants sont ignorés.',
  'too-long': 'argument trop long.',
  'nul-byte': 'l’argument contient un caractère nul.',
  'control-characters': 'l’argument contient des caractères de contrôle.',
  'unknown-scheme': 'seuls les liens folio:// s’ouvrent dans Folio.',
  'invalid-link': 'ce lien folio:// est mal formé.',
  'network-path': 'les chemins réseau ne sont pas ouverts au lancement.',
  'not-found': 'ce fichier n’existe pas.',
  directory: 'c’est un dossier, pas un fichier.',
  'not-a-file': 'ce n’est pas un fichier ordinaire.',
  unreadable: 'ce fichier ne peut pas être lu.',
  'unsupported-type': 'seuls les fichiers .txt, .md, .pdf et les pages web enregistrées peuvent être ajoutés.'
}

const refusal = (argument: string, reason: LaunchRefusalReason): LaunchRefusal => ({
  argument: argument.slice(0, 200),
  reason,
  message: `« ${argument.slice(0, 200)} » : ${MESSAGES[reason]}`
})

/** Whether Folio reads files named so: its documents (.txt, .md, .markdown) or its copies (.pdf, saved pages). */
export const readableName = (path: string): boolean => acceptedFormatOf(basename(path)) !== null

export type SortedArgument = { link: string } | { path: string } | { refused: LaunchRefusalReason } | null

/** What one argument is, without touching the disk: a switch (null), a link, a path to look at, or refused. */
export function sortArgument(argument: string, cwd: string): SortedArgument {
  // Electron's and Chromium's switches (--inspect, --allow-file-access-from-files…) and macOS's -psn_….
  if (argument.startsWith('-') || argument === '') return null
  if (argument.includes('\0')) return { refused: 'nul-byte' }
  if (argument.length > MAX_PATH_LENGTH) return { refused: 'too-long' }
  if (CONTROLS.test(argument)) return { refused: 'control-characters' }
  const scheme = SCHEME.exec(argument)?.[1]
  // One letter then a separator is a Windows drive ("C:\Users", "d:/notes.md"), not a scheme.
  const drive = scheme?.length === 1 && /^[a-zA-Z]:[\\/]/.test(argument)
  if (scheme && !drive) {
    if (scheme !== LINK_SCHEME) return { refused: 'unknown-scheme' }
    const problem = folioLinkProblem(argument)
    return problem ? { refused: problem } : { link: argument }
  }
  // A UNC path ("\\server\share", "//server/share") would make Windows connect to that server to stat it.
  if (/^[\\/]{2}/.test(argument)) return { refused: 'network-path' }
  return { path: isAbsolute(argument) ? resolve(argument) : resolve(cwd, argument) }
}

/**
 * Reads a launch's `argv` (process.argv, or the `argv` of app's 'second-instance' event): the program
 * first, then in development the app's path, then the user's arguments among Electron's switches.
 */
export async function parseLaunchArgs(argv: readonly string[], options: LaunchArgsOptions): Promise<LaunchRequest> {
  const stat = options.stat ?? nodeStat
  const request: LaunchRequest = { files: [], links: [], refused: [] }
  const user = argv.slice(options.defaultApp ? 2 : 1)
  let looked = 0
  for (const argument of user) {
    if (looked === MAX_ARGUMENTS) {
      request.refused.push(refusal(argument, 'too-many'))
      break
    }
    const sorted = sortArgument(argument, options.cwd)
    if (!sorted) continue
    looked++
    if ('refused' in sorted) request.refused.push(refusal(argument, sorted.refused))
    else if ('link' in sorted) request.links.push(sorted.link)
    else {
      const reason = await checkFile(sorted.path, stat)
      if (reason) request.refused.push(refusal(argument, reason))
      else request.files.push(sorted.path)
    }
  }
  return request
}

/** Null when `path` is an existing regular file of a type Folio reads, else why not. */
async function checkFile(path: string, stat: (path: string) => Promise<FileInfo>): Promise<LaunchRefusalReason | null> {
  let info: FileInfo
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'not-found' : 'unreadable'
  }
  if (info.isDirectory()) return 'directory'
  if (!info.isFile()) return 'not-a-file'
  return readableName(path) ? null : 'unsupported-type'
}
