// `nuget-login migrate [DIR] [--dry-run]`: moves each job that pushes to nuget.org with a stored
// key to trusted publishing, in place, and says what to enter on nuget.org. The repository is read
// as `nuget-login check` reads it: no link followed, no file past GitHub's size.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Tools } from '../check/run-facts.ts'
import { planMigration } from '../migrate/plan.ts'
import { commandReport, printable } from '../migrate/report.ts'
import type { CliIo } from './io.ts'
import { readRepository, RepositoryError } from './repository.ts'

export const MIGRATE_USAGE = 'usage: nuget-login migrate [DIR] [--dry-run]'

export interface MigrateCommandDeps {
  /** Loads the bash parser, which the migration's reading of scripts needs. */
  loadTools(): Promise<Tools>
}

/** 0: everything found was moved (or nothing to do); 1: something was refused; 2: bad arguments. */
export async function runMigrateCommand(
  args: string[],
  io: CliIo,
  deps: MigrateCommandDeps
): Promise<number> {
  const options = parseArguments(args)
  if ('error' in options) {
    io.stderr(`nuget-login migrate: ${options.error}\n${MIGRATE_USAGE}\n`)
    return 2
  }
  if (options.help) {
    io.stdout(
      `${MIGRATE_USAGE}\n\nRewrites each workflow under DIR/.github/workflows that pushes to nuget.org with a stored API key so it logs in with trusted publishing instead. --dry-run prints the change and writes nothing.\n`
    )
    return 0
  }
  let repository
  try {
    repository = await readRepository(options.dir, io)
  } catch (error) {
    if (!(error instanceof RepositoryError)) throw error
    io.stderr(
      `nuget-login migrate: ${printable(options.dir)}: ${error.message} Run the command in a repository's root, or name it: nuget-login migrate path/to/repository\n`
    )
    return 2
  }
  const sources = repository.sources.filter((source) => !source.unread)
  const { facts } = repository
  const plan = planMigration(sources, { facts, tools: await deps.loadTools() })
  if (!options.dryRun) {
    for (const file of plan.files) await writeFile(join(repository.root, file.path), file.after)
  }
  io.stdout(commandReport(plan, sources, facts.repository, options.dryRun))
  return plan.jobs.some((job) => job.status === 'refused') ? 1 : 0
}

interface Options {
  dir: string
  dryRun: boolean
  help: boolean
}

function parseArguments(args: string[]): Options | { error: string } {
  const options: Options = { dir: '.', dryRun: false, help: false }
  let dirs = 0
  for (const arg of args) {
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else if (arg.startsWith('-')) return { error: `unknown option ${printable(arg)}.` }
    else if (++dirs > 1) return { error: 'migrate takes one repository folder at a time.' }
    else options.dir = arg
  }
  return options
}
