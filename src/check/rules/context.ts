import type { Finding, Level } from '../findings.ts'
import type { RunFacts, Tools } from '../run-facts.ts'
import type { PlacedFile, RawJob, RawStep, WorkflowFile } from '../reading/workflow-file.ts'

export type { PlacedFile }

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
  /** Ids of steps calling a local action that passes the login's key on as their NUGET_API_KEY output. */
  keyStepIds?: string[]
}

/**
 * A workflow file that may hold steps read from local composite actions: `placeOf` names the
 * action's file for such a step, and a note naming the workflow's step that calls it.
 */
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
  const place = (file as PlacedFile).placeOf?.(path)
  return {
    level,
    file: place?.file ?? file.path,
    where: file.where(path),
    title,
    message: place ? `${message} ${place.note}` : message
  }
}
