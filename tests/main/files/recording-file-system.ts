// A file system for the durable write's tests: Node's own, recording each call the write makes (with the
// temporary file and the folder named as such) and failing the calls a test chooses.

import * as nodeFs from 'node:fs/promises'
import { basename } from 'node:path'
import type { WritableFile, WriteFileSystem } from '../../../src/main/files/atomic-write'

/** Decides whether call `step` ("rename tmp → target"…) fails: return the error code, or null to let it run. */
export type Failure = (step: string, count: number) => string | null

const errno = (code: string, step: string) => Object.assign(new Error(`${code}: ${step}`), { code })

/**
 * Node's file system, logging each call as "open tmp", "write tmp", "sync dir"… in `calls`.
 * `folder` is the folder written to: it shows as "dir", files in it as their names, the temporary as "tmp".
 */
export function recordingFileSystem(folder: string, fail: Failure = () => null): WriteFileSystem & { calls: string[] } {
  const calls: string[] = []
  const counts = new Map<string, number>()
  const name = (path: string) =>
    path === folder ? 'dir' : basename(path).startsWith('.folio-') ? 'tmp' : basename(path)
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    calls.push(label)
    const count = (counts.get(label) ?? 0) + 1
    counts.set(label, count)
    const code = fail(label, count)
    if (code) throw errno(code, label)
    return run()
  }
  const wrap = (path: string, handle: nodeFs.FileHandle): WritableFile => ({
    writeFile: (data) => step(`write ${name(path)}`, () => handle.writeFile(data)),
    chmod: (mode) => step(`chmod ${name(path)}`, () => handle.chmod(mode)),
    sync: () => step(`sync ${name(path)}`, () => handle.sync()),
    close: () => step(`close ${name(path)}`, () => handle.close())
  })
  return {
    calls,
    open: (path, flags, mode) =>
      step(`open ${name(path)}`, async () => wrap(path, await nodeFs.open(path, flags, mode))),
    rename: (from, to) => step(`rename ${name(from)} → ${name(to)}`, () => nodeFs.rename(from, to)),
    unlink: (path) => step(`unlink ${name(path)}`, () => nodeFs.unlink(path)),
    realpath: (path) => nodeFs.realpath(path),
    readlink: (path) => nodeFs.readlink(path),
    stat: (path) => nodeFs.stat(path)
  }
}
