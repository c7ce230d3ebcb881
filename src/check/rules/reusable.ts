// Reusable workflows: nuget.org matches the file that holds the login, in this repository only.
import type { Finding } from '../findings.ts'
import { jobsOf, text, triggers } from '../model.ts'
import { accessTo, describeBlock, grantFor } from '../permissions.ts'
import type { WorkflowFile } from '../workflow-file.ts'
import { finding } from './context.ts'

/**
 * A login in a local `on: workflow_call` file: the policy must name that file, and each job that
 * calls it must grant `id-token: write`, which the called workflow cannot raise itself.
 */
export function checkCalledWorkflow(
  file: WorkflowFile,
  all: WorkflowFile[],
  loginJobIds: string[]
): Finding[] {
  if (loginJobIds.length === 0 || !triggers(file.data).includes('workflow_call')) return []
  const calls = all.flatMap((caller) =>
    jobsOf(caller.data)
      .filter(
        ([, job]) => text(job.uses).replace(/@.*$/, '') === `./.github/workflows/${file.name}`
      )
      .map(([jobId, job]) => ({ caller, jobId, job }))
  )
  const callerNames = [...new Set(calls.map(({ caller }) => `'${caller.name}'`))]
  const findings = [
    finding(
      file,
      ['jobs', loginJobIds[0] as string],
      'warning',
      'Login in a reusable workflow',
      `This reusable workflow logs in, and nuget.org matches the file that holds the login: the policy's ` +
        `Workflow File must be '${file.name}'` +
        (callerNames.length > 0
          ? `, not the calling workflow (${callerNames.join(', ')}).`
          : ', not the workflow that calls it.')
    )
  ]
  for (const { caller, jobId, job } of calls) {
    const grant = grantFor(caller.data, jobId, job)
    if (accessTo(grant.block, 'id-token') === 'write') continue
    findings.push(
      finding(
        caller,
        ['jobs', jobId],
        'error',
        'No OIDC token for the called workflow',
        `Job '${jobId}' calls ${file.name}, which logs in to nuget.org, but grants no \`id-token: write\` ` +
          `(${describeBlock(grant)}); a called workflow cannot raise its caller's permissions. Add ` +
          '`permissions: id-token: write` to this job.'
      )
    )
  }
  return findings
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
