import { analyseLoginJobs, loginJobsIn, readWorkflowFiles } from './analyse.ts'
import { readCheckInputs, shouldFail } from './inputs.ts'
import { countByLevel, headline, logLine, summaryMarkdown } from './report.ts'
import type { Tools } from './run-facts.ts'
import { planMigration } from '../migrate/plan.ts'
import { migrationSummary } from '../migrate/summary.ts'
import type { CheckRuntime } from './runtime.ts'

export async function run(runtime: CheckRuntime): Promise<void> {
  try {
    const inputs = readCheckInputs(runtime.getInput)
    const sources = await runtime.readWorkflows(inputs.workflows).catch((error: unknown) => {
      throw new Error(
        `Could not read the workflow folder '${inputs.workflows}': ${(error as Error).message}. ` +
          'Check out the repository before this step, or set `workflows`.'
      )
    })
    const facts = await runtime.readFacts()
    const workflows = readWorkflowFiles(sources)
    // Most push scripts are single commands the check reads by itself; only when one is not
    // does it load mvdan/sh (tens of milliseconds) and read the login jobs' scripts again with it.
    const needs = new Set<'bash'>()
    let tools: Tools = { needs }
    let loginJobs = loginJobsIn(workflows, facts, tools)
    if (needs.size > 0)
      loginJobs = loginJobsIn(workflows, facts, (tools = await runtime.loadTools()))
    const analysis = analyseLoginJobs(workflows, loginJobs, facts, tools)
    for (const finding of analysis.findings) {
      runtime.info(logLine(finding))
      runtime.annotate(finding)
    }
    runtime.info(headline(analysis))
    const counts = countByLevel(analysis.findings)
    runtime.setOutput('errors', String(counts.error))
    runtime.setOutput('warnings', String(counts.warning))
    const migration = migrationSummary(planMigration(sources, { facts, tools }), facts.repository)
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
