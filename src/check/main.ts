import { analyseLoginJobs, loginJobsIn, readWorkflowFiles } from './analyse.ts'
import { readLocalActions } from './composite.ts'
import { deadlineIn, DeadlineExceeded } from './deadline.ts'
import { readCheckInputs, shouldFail } from './inputs.ts'
import { countByLevel, headline, logLine, summaryMarkdown } from './report.ts'
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
    const workflows = readWorkflowFiles(sources, deadline)
    const facts = {
      ...(await runtime.readFacts()),
      localActions: await readLocalActions(workflows.files, runtime.readAction)
    }
    // Most push scripts are single commands the check reads by itself; only when one is not
    // does it load mvdan/sh (tens of milliseconds) and read the login jobs' scripts again with it.
    const needs = new Set<'bash'>()
    let loginJobs = loginJobsIn(workflows, facts, { needs }, deadline)
    if (needs.size > 0) {
      loginJobs = loginJobsIn(workflows, facts, await runtime.loadTools(), deadline)
    }
    const analysis = analyseLoginJobs(workflows, loginJobs, facts, deadline)
    for (const finding of analysis.findings) {
      runtime.info(logLine(finding))
      runtime.annotate(finding)
    }
    runtime.info(headline(analysis))
    const counts = countByLevel(analysis.findings)
    runtime.setOutput('errors', String(counts.error))
    runtime.setOutput('warnings', String(counts.warning))
    await runtime.writeSummary(summaryMarkdown(analysis))
    if (shouldFail(inputs.failOn, counts)) {
      runtime.setFailed(
        `The release workflows have ${counts.error} errors and ${counts.warning} warnings; see the annotations.`
      )
    }
  } catch (error) {
    runtime.setFailed(error instanceof Error ? error.message : String(error))
  }
}
