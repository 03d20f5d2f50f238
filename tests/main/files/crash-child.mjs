// A process that writes a file with Folio's durable write and is killed mid-way, for the crash test.
// Usage: node crash-child.mjs <helper.mjs> <target> <content file> step <n>   killed by itself after its nth file-system call
//        node crash-child.mjs <helper.mjs> <target> <content file> loop <other content file>   writes both in turn until killed

import * as nodeFs from 'node:fs/promises'
import { pathToFileURL } from 'node:url'

const [helper, target, contentFile, mode, arg] = process.argv.slice(2)
const { writeAtomically } = await import(pathToFileURL(helper).href)
const content = await nodeFs.readFile(contentFile)

if (mode === 'step') {
  const killAfter = Number(arg)
  let calls = 0
  // SIGKILL: no handler, no flush, no cleanup runs — what a crash leaves is what is on disk.
  const counted =
    (run) =>
    async (...args) => {
      const result = await run(...args)
      if (++calls === killAfter) process.kill(process.pid, 'SIGKILL')
      return result
    }
  const wrap = (handle) => ({
    writeFile: counted((data) => handle.writeFile(data)),
    chmod: counted((bits) => handle.chmod(bits)),
    sync: counted(() => handle.sync()),
    close: counted(() => handle.close())
  })
  const fs = {
    open: counted(async (path, flags, bits) => wrap(await nodeFs.open(path, flags, bits))),
    rename: counted(nodeFs.rename),
    unlink: counted(nodeFs.unlink),
    realpath: (path) => nodeFs.realpath(path),
    readlink: (path) => nodeFs.readlink(path),
    stat: (path) => nodeFs.stat(path)
  }
  await writeAtomically(target, content, { fs })
  process.stdout.write(`done after ${calls} calls\n`)
} else {
  const other = await nodeFs.readFile(arg)
  process.stdout.write('writing\n')
  for (let turn = 0; ; turn++) await writeAtomically(target, turn % 2 === 0 ? content : other)
}
