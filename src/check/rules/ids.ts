// Job and step ids GitHub refuses. GitHub checks them when it reads the file
// (actions/runner, src/Sdk/WorkflowParser/Conversion/IdBuilder.cs), so one bad id stops every job.
import type { Finding } from '../findings.ts'
import { text } from '../model.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding } from './context.ts'

/** Letters, digits, `_` and `-`, starting with a letter or `_`. */
const ID = /^[A-Za-z_][A-Za-z0-9_-]*$/
/** GitHub's limit: an id must be shorter than this. */
const MAX_ID_LENGTH = 100

const REFUSED = 'GitHub refuses the whole file, so no job in it starts.'

/** Why GitHub refuses `id`; undefined when it accepts it. */
export function idProblem(id: string): string | undefined {
  if (id.length >= MAX_ID_LENGTH) {
    return `is ${id.length} characters long, and GitHub takes ids shorter than ${MAX_ID_LENGTH}`
  }
  if (!ID.test(id)) {
    return "may hold only letters, digits, '_' and '-', and must start with a letter or '_'"
  }
  if (id.startsWith('__')) return "starts with '__', which GitHub reserves"
  return undefined
}

/** The job ids and step ids of a workflow file that GitHub refuses, or that repeat in their scope. */
export function checkIds(file: WorkflowFile): Finding[] {
  const jobs = file.data.jobs
  if (!jobs || typeof jobs !== 'object' || Array.isArray(jobs)) return []
  const findings: Finding[] = []
  const seenJobs = new Map<string, string>()
  for (const [jobId, job] of Object.entries(jobs)) {
    const path = ['jobs', jobId]
    const problem = idProblem(jobId)
    const first = seenJobs.get(jobId.toLowerCase())
    if (problem) {
      findings.push(
        refused(file, path, `The job id '${jobId}' ${problem}.`, 'Job id GitHub refuses')
      )
    } else if (first !== undefined) {
      findings.push(
        refused(
          file,
          path,
          `The job id '${jobId}' repeats '${first}': GitHub compares job ids ignoring case.`,
          'Job id used twice'
        )
      )
    } else seenJobs.set(jobId.toLowerCase(), jobId)
    if (job && typeof job === 'object') findings.push(...checkStepIds(file, jobId, job.steps))
  }
  return findings
}

function checkStepIds(file: WorkflowFile, jobId: string, steps: unknown): Finding[] {
  if (!Array.isArray(steps)) return []
  const findings: Finding[] = []
  const seen = new Map<string, { id: string; line: number }>()
  steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object' || !('id' in step)) return
    const id = text(step.id)
    // GitHub gives a step with an empty id one of its own.
    if (id === '') return
    const path = ['jobs', jobId, 'steps', index, 'id']
    const problem = idProblem(id)
    const first = seen.get(id.toLowerCase())
    if (problem) {
      findings.push(
        refused(file, path, `The step id '${id}' ${problem}.`, 'Step id GitHub refuses')
      )
    } else if (first) {
      findings.push(
        refused(
          file,
          path,
          `The step id '${id}' is used twice in job '${jobId}' (first as '${first.id}' on line ` +
            `${first.line}): GitHub compares step ids ignoring case.`,
          'Step id used twice'
        )
      )
    } else seen.set(id.toLowerCase(), { id, line: file.where(path).line })
  })
  return findings
}

function refused(
  file: WorkflowFile,
  path: (string | number)[],
  problem: string,
  title: string
): Finding {
  return finding(
    file,
    path,
    'error',
    title,
    `${problem} ${REFUSED} Rename it, and every reference to it.`
  )
}
