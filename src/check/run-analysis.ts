// The check's whole analysis of one repository, as the action and the command line run it: parse
// every file, read the local actions they call, read the login jobs' scripts (loading mvdan/sh
// only when a script is beyond the simple reader) and judge each file.
import { analyseLoginJobs, loginJobsIn, readWorkflowFiles, type Analysis } from './analyse.ts'
import { readLocalActions } from './reading/composite.ts'
import { NO_DEADLINE, type Deadline } from './deadline.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import type { SourceFile } from './reading/workflow-file.ts'

export interface AnalysisDeps {
  /** A local action's action.yml or action.yaml, read inside the workspace only. */
  readAction(dir: string): Promise<SourceFile | undefined>
  /** The bash parser, loaded only when a script needs it. */
  loadTools(): Promise<Tools>
  deadline?: Deadline
}

export async function analyseRepository(
  sources: SourceFile[],
  repositoryFacts: RunFacts,
  deps: AnalysisDeps
): Promise<{ analysis: Analysis; facts: RunFacts; tools: Tools }> {
  const deadline = deps.deadline ?? NO_DEADLINE
  const workflows = readWorkflowFiles(sources, deadline)
  const facts = {
    ...repositoryFacts,
    localActions: await readLocalActions(workflows.files, deps.readAction)
  }
  const needs = new Set<'bash'>()
  let tools: Tools = { needs }
  let loginJobs = loginJobsIn(workflows, facts, tools, deadline)
  if (needs.size > 0) {
    tools = await deps.loadTools()
    loginJobs = loginJobsIn(workflows, facts, tools, deadline)
  }
  return { analysis: analyseLoginJobs(workflows, loginJobs, facts, deadline, tools), facts, tools }
}
