// `nuget-login check [DIR...]`: the workflow check's analysis for a terminal, over one repository
// or many. Exit codes as actionlint's: 0 nothing at or above --fail-on, 1 findings, 2 invalid
// arguments, 3 a failure of the command itself (a folder it cannot read).
import { shouldFail } from '../check/inputs.ts'
import { countByLevel } from '../check/report/report.ts'
import { analyseRepository } from '../check/run-analysis.ts'
import type { Tools } from '../check/run-facts.ts'
import { CHECK_USAGE, parseCheckArguments, UsageError, type CheckArguments } from './arguments.ts'
import { jsonReport, sarifReport, textReport, type RepositoryResult } from './formats.ts'
import type { CliIo } from './io.ts'
import { readRepository, type Repository } from './repository.ts'

export const EXIT = { clean: 0, findings: 1, usage: 2, failure: 3 } as const

const HELP = `${CHECK_USAGE}

Checks the release workflows in each DIR's .github/workflows (default: the current folder) for
what makes a nuget.org trusted publishing login or push fail.

  --format text|json|sarif      one line a finding (default), a JSON array, or SARIF 2.1.0
  --fail-on error|warning|never which findings make the exit code 1 (default: error)

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 invalid arguments, 3 a failure of
its own (a folder it cannot read).
`

export interface CheckCommandDeps {
  version: string
  /** Loads the bash parser, only when a script needs it. */
  loadTools(): Promise<Tools>
}

export async function runCheckCommand(
  args: string[],
  io: CliIo,
  deps: CheckCommandDeps
): Promise<number> {
  let options: CheckArguments
  try {
    options = parseCheckArguments(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`nuget-login check: ${error.message}\n${CHECK_USAGE}\n`)
    return EXIT.usage
  }
  if (options.help) {
    io.stdout(HELP)
    return EXIT.clean
  }
  const results: RepositoryResult[] = []
  let failed = false
  for (const folder of options.folders) {
    try {
      const repository = await readRepository(folder, io)
      results.push({
        folder,
        repository: repository.facts.repository,
        analysis: await analyseFolder(repository, deps)
      })
    } catch (error) {
      io.stderr(`nuget-login check: ${folder}: ${(error as Error).message}\n`)
      failed = true
    }
  }
  io.stdout(report(results, options, io, deps.version))
  if (failed) return EXIT.failure
  const failing = results.some(({ analysis }) =>
    shouldFail(options.failOn, countByLevel(analysis.findings))
  )
  return failing ? EXIT.findings : EXIT.clean
}

/** The check's own analysis, as the action runs it. */
async function analyseFolder({ sources, facts, readAction }: Repository, deps: CheckCommandDeps) {
  return (await analyseRepository(sources, facts, { readAction, loadTools: deps.loadTools }))
    .analysis
}

function report(
  results: RepositoryResult[],
  options: CheckArguments,
  io: CliIo,
  version: string
): string {
  if (options.format === 'json') return jsonReport(results)
  if (options.format === 'sarif') return sarifReport(results, version)
  return textReport(results, io.colour)
}
