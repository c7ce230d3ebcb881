// `nuget-login <command>`: reads the command word and hands the rest to the command.
import { runCheckCommand, EXIT, type CheckCommandDeps } from './check-command.ts'
import type { CliIo } from './io.ts'
import { runMigrateCommand } from './migrate-command.ts'

const USAGE = 'usage: nuget-login check [DIR...] [options] | nuget-login migrate [DIR] [--dry-run]'

export type MainDeps = CheckCommandDeps

export async function main(args: string[], io: CliIo, deps: MainDeps): Promise<number> {
  const [command, ...rest] = args
  try {
    switch (command) {
      case 'check':
        return await runCheckCommand(rest, io, deps)
      case 'migrate':
        return await runMigrateCommand(rest, io, deps)
      case '--version':
        io.stdout(`${deps.version}\n`)
        return EXIT.clean
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`)
        return EXIT.clean
      default:
        io.stderr(
          `nuget-login: ${command === undefined ? 'name a command' : `unknown command '${command}'`}\n${USAGE}\n`
        )
        return EXIT.usage
    }
  } catch (error) {
    io.stderr(`nuget-login: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT.failure
  }
}
