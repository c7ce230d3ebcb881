import { deadlineIn, DeadlineExceeded } from './deadline.ts'
import type { Finding } from './findings.ts'
import { readCheckInputs, shouldFail } from './inputs.ts'
import { countByLevel, headline, logLine, summaryMarkdown } from './report/report.ts'
import { STORED_KEY_TITLE } from './rules/stored-keys.ts'
import { analyseRepository } from './run-analysis.ts'
import type { CheckRuntime } from './runtime.ts'

export async function run(runtime: CheckRuntime): Promise<void> {
  try {
    const inputs = readCheckInputs(runtime.getInput)
    const deadline = deadlineIn(inputs.timeout)
    const sources = await runtime
      .readWorkflows(inputs.workflows, deadline)
      .catch((error: unknown) => {
        if (error instanceof DeadlineExceeded) throw error
        throw new Error(
          `Could not read the workflow folder '${inputs.workflows}': ${(error as Error).message}. ` +
            'Check out the repository before this step, or set `workflows`.'
        )
      })
    const { analysis, facts, tools } = await analyseRepository(sources, await runtime.readFacts(), {
      readAction: runtime.readAction,
      loadTools: runtime.loadTools,
      deadline
    })
    for (const finding of analysis.findings) {
      runtime.info(logLine(finding))
      runtime.annotate(finding)
    }
    runtime.info(headline(analysis))
    const counts = countByLevel(analysis.findings)
    runtime.setOutput('errors', String(counts.error))
    runtime.setOutput('warnings', String(counts.warning))
    const migration = await migrationOf(analysis.findings, async () => {
      // The rewrite is a chunk of its own, loaded only when a push still uses a stored key.
      const [{ planMigration }, { migrationSummary }] = await Promise.all([
        import('../migrate/plan.ts'),
        import('../migrate/summary.ts')
      ])
      return migrationSummary(planMigration(sources, { facts, tools }), facts.repository)
    })
    await runtime.writeSummary(summaryMarkdown(analysis) + (migration ? `\n${migration}` : ''))
    if (shouldFail(inputs.failOn, counts)) {
      runtime.setFailed(
        `The release workflows have ${counts.error} errors and ${counts.warning} warnings; see the annotations.`
      )
    }
  } catch (error) {
    runtime.setFailed(error instanceof Error ? error.message : String(error))
  }
}

/**
 * The move to trusted publishing for the summary, worked out only when a push still uses a stored
 * key; the rest of the summary stands whatever fault the rewrite meets.
 */
async function migrationOf(
  findings: Finding[],
  summarise: () => Promise<string | undefined>
): Promise<string | undefined> {
  if (!findings.some((finding) => finding.title === STORED_KEY_TITLE)) return undefined
  try {
    return await summarise()
  } catch {
    return undefined
  }
}
