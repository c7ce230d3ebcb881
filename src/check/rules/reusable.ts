// Reusable workflows: nuget.org matches the file that holds the login, in this repository only.
import type { Finding } from '../findings.ts'
import { jobsOf, text, triggers } from '../model.ts'
import { accessTo, grantFor } from '../permissions.ts'
import type { WorkflowFile } from '../workflow-file.ts'
import { finding } from './context.ts'

/** A login in a local `on: workflow_call` file: the policy must name that file. */
export function checkCalledWorkflow(
  file: WorkflowFile,
  all: WorkflowFile[],
  loginJobIds: string[]
): Finding[] {
  if (loginJobIds.length === 0 || !triggers(file.data).includes('workflow_call')) return []
  const callers = all.filter((other) =>
    jobsOf(other.data).some(
      ([, job]) =>
        text(job.uses).replace(/@.*$/, '').endsWith(`/.github/workflows/${file.name}`) ||
        text(job.uses) === `./.github/workflows/${file.name}`
    )
  )
  const names = callers.map((caller) => `'${caller.name}'`)
  return [
    finding(
      file,
      ['jobs', loginJobIds[0] as string],
      'warning',
      'Login in a reusable workflow',
      `This reusable workflow logs in, and nuget.org matches the file that holds the login: the policy's ` +
        `Workflow File must be '${file.name}'` +
        (names.length > 0
          ? `, not the calling workflow (${names.join(', ')}).`
          : ', not the workflow that calls it.')
    )
  ]
}

/** A call to another repository's workflow, with an OIDC token: a login there never matches. */
export function checkRemoteCalls(file: WorkflowFile): Finding[] {
  return jobsOf(file.data).flatMap(([jobId, job]) => {
    const uses = text(job.uses)
    if (!uses || uses.startsWith('./')) return []
    if (accessTo(grantFor(file.data, jobId, job).block, 'id-token') !== 'write') return []
    return [
      finding(
        file,
        ['jobs', jobId, 'uses'],
        'warning',
        'Reusable workflow from another repository',
        `Job '${jobId}' calls ${uses} with an OIDC token. If that workflow logs in to nuget.org, no policy can ` +
          'match it: nuget.org matches only workflow files of the repository the policy names. Log in from a ' +
          'workflow file in this repository.'
      )
    ]
  })
}
