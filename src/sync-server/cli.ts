// `npm run sync-server -- …`: runs Folio's sync server, or manages its accounts. Exit 0 done, 1 failed, 2 usage.
//   --port 8787 --data ./sync-data [--host 127.0.0.1] [--cert cert.pem --key key.pem] [--redis redis://…]
//   add-account --data ./sync-data --name alice [--expires-days 30]
//   remove-account --data ./sync-data --account <id>
//   list-accounts --data ./sync-data

import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createAccount, listAccounts, removeAccount } from './accounts'
import { startSyncServer } from './server'

const USAGE = `Usage:
  npm run sync-server -- --port 8787 --data ./sync-data [--host 127.0.0.1] [--cert cert.pem --key key.pem]
                         [--redis redis://127.0.0.1:6379] [--max-message-mb 32] [--max-document-mb 256]
  npm run sync-server -- add-account --data ./sync-data --name <name> [--expires-days <days>]
  npm run sync-server -- remove-account --data ./sync-data --account <id>
  npm run sync-server -- list-accounts --data ./sync-data`

class UsageError extends Error {}

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  cert: { type: 'string' },
  key: { type: 'string' },
  redis: { type: 'string' },
  'max-message-mb': { type: 'string' },
  'max-document-mb': { type: 'string' },
  name: { type: 'string' },
  account: { type: 'string' },
  'expires-days': { type: 'string' },
  help: { type: 'boolean' }
} as const

function wholeNumber(text: string | undefined, what: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new UsageError(`${what}: a whole number from ${min} to ${max}`)
  return value
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`)
  return value
}

async function serve(values: Record<string, string | boolean | undefined>): Promise<number> {
  const str = (key: string) => values[key] as string | undefined
  const port = wholeNumber(required(str('port'), '--port'), '--port', 0, 65_535)!
  const messageMb = wholeNumber(str('max-message-mb'), '--max-message-mb', 1, 1024)
  const documentMb = wholeNumber(str('max-document-mb'), '--max-document-mb', 1, 16_384)
  if (Boolean(str('cert')) !== Boolean(str('key'))) throw new UsageError('--cert and --key go together')
  const server = await startSyncServer({
    port,
    host: str('host'),
    dataDir: resolve(required(str('data'), '--data')),
    cert: str('cert') && resolve(str('cert')!),
    key: str('key') && resolve(str('key')!),
    redis: str('redis'),
    limits: {
      ...(messageMb ? { maxMessageBytes: messageMb * 1024 * 1024 } : {}),
      ...(documentMb ? { maxDocumentBytes: documentMb * 1024 * 1024 } : {})
    }
  })
  process.stdout.write(`Health: ${server.httpUrl}/health\n`)
  await new Promise<void>((done) => {
    const stop = () => {
      process.stdout.write('Storing open documents, then stopping…\n')
      void server.close().then(done)
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}

async function main(args: string[]): Promise<number> {
  const command = args[0] && !args[0].startsWith('-') ? args[0] : 'serve'
  const { values, positionals } = parseArgs({
    args: command === 'serve' ? args : args.slice(1),
    options: OPTIONS,
    allowPositionals: true
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return 0
  }
  if (positionals.length > (command === 'serve' && args[0] === 'serve' ? 1 : 0))
    throw new UsageError(`unexpected: ${positionals.join(' ')}`)
  const dataDir = () => resolve(required(values.data, '--data'))
  switch (command) {
    case 'serve':
      return serve(values)
    case 'add-account': {
      const expiresInDays = wholeNumber(values['expires-days'], '--expires-days', 1, 36_500)
      const created = await createAccount(dataDir(), required(values.name, '--name'), { expiresInDays })
      process.stdout.write(
        `account ${created.account}\ntoken ${created.token}\n` +
          'Give the token to its user now: the server keeps only its hash and cannot show it again.\n'
      )
      return 0
    }
    case 'remove-account': {
      const account = required(values.account, '--account')
      if (!(await removeAccount(dataDir(), account))) {
        process.stderr.write(`No account ${account}.\n`)
        return 1
      }
      process.stdout.write(`Account ${account} removed: its token is refused from now on.\n`)
      return 0
    }
    case 'list-accounts': {
      for (const entry of await listAccounts(dataDir())) {
        process.stdout.write(
          `${entry.account}\t${entry.name}\tcreated ${entry.createdAt}\texpires ${entry.expiresAt ?? 'never'}\n`
        )
      }
      return 0
    }
    default:
      throw new UsageError(`unknown command: ${command}`)
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage ? `${USAGE}\n` : ''}`)
    process.exitCode = usage ? 2 : 1
  }
)
