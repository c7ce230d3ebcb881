import type { Finding, Level } from '../findings.ts'
import type { RunFacts, Tools } from '../run-facts.ts'
import type { RawJob, RawStep, WorkflowFile } from '../workflow-file.ts'

/** A job of a workflow file that logs in to nuget.org, with the login step found. */
export interface LoginJob {
  file: WorkflowFile
  jobId: string
  job: RawJob
  steps: RawStep[]
  login: RawStep
  loginIndex: number
  facts: RunFacts
  tools: Tools
}

export const stepPath = (jobId: string, index: number, ...rest: (string | number)[]) => [
  'jobs',
  jobId,
  'steps',
  index,
  ...rest
]

export function finding(
  file: WorkflowFile,
  path: readonly (string | number)[],
  level: Level,
  title: string,
  message: string
): Finding {
  return { level, file: file.path, where: file.where(path), title, message }
}
