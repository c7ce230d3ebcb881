import { analyse } from './analyse.ts'
import { readCheckInputs, shouldFail } from './inputs.ts'
import { LOGIN_ACTION_IN_TEXT } from './model.ts'
import { MENTIONS_PUSH } from './rules/pushes.ts'
import { countByLevel, headline, logLine, summaryMarkdown } from './report.ts'
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
    // Pushes are read only in jobs that log in, so only such a file needs the shell parser.
    const needsShell = ({ text }: { text: string }) =>
      LOGIN_ACTION_IN_TEXT.test(text) && MENTIONS_PUSH.test(text)
    const tools = sources.some(needsShell) ? await runtime.loadTools() : {}
    const analysis = analyse(sources, facts, tools)
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
