// The zod schema of every IPC method's arguments, checked in main before a handler runs.
// Typed against the shared contract, so a method added there without a schema fails to compile.

import { z } from 'zod'
import type { FolioApi, FolioMethod } from '../../shared/ipc/contract'

type ArgsSchemas = { [M in FolioMethod]: z.ZodType<Parameters<FolioApi[M]>> }

export const argSchemas = {
  loadArchive: z.tuple([]),
  openExternal: z.tuple([z.string().min(1).max(4096)])
} satisfies ArgsSchemas
