// `nuget-login <command>`: reads the command word and hands the rest to the command.
import { runCheckCommand, EXIT, type CheckCommandDeps } from './check-command.ts'
import type { CliIo } from './io.ts'

const USAGE = 'usage: nuget-login check [DIR...] [options] | nuget-login migrate [DIR] [--dry-run]'

/** How `migrate` is reached: a module of its own, loaded only when asked for. */
export type MigrateCommand = (args: string[], io: CliIo) => Promise<number>

export interface MainDeps extends CheckCommandDeps {
  loadMigrate(): Promise<MigrateCommand | undefined>
}

export async function main(args: string[], io: CliIo, deps: MainDeps): Promise<number> {
  const [command, ...rest] = args
  try {
    switch (command) {
      case 'check':
        return await runCheckCommand(rest, io, deps)
      case 'migrate': {
        const migrate = await deps.loadMigrate()
        if (!migrate) {
          io.stderr('nuget-login: migrate is not available in this build\n')
          return EXIT.failure
        }
        return await migrate(rest, io)
      }
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
