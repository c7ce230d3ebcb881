// Reusable workflows: nuget.org matches the file that holds the login, in this repository only.
import type { Finding } from '../findings.ts'
import { environmentOf, jobsOf, text, triggers } from '../model.ts'
import { accessTo, describeBlock, grantFor } from '../permissions.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

/**
 * A login in a local `on: workflow_call` file: the policy must name that file, and each job that
 * calls it must grant `id-token: write`, which the called workflow cannot raise itself.
 */
export function checkCalledWorkflow(
  file: WorkflowFile,
  all: WorkflowFile[],
  loginJobs: LoginJob[],
  repository: string | undefined
): Finding[] {
  const [first] = loginJobs
  if (!first || !triggers(file.data).includes('workflow_call')) return []
  const calls = callersOf(file, all)
  const onlyCalled = triggers(file.data).every((event) => event === 'workflow_call')
  const why =
    calls.length === 0 && onlyCalled
      ? 'runs only when called, and no workflow in this repository calls it'
      : callsOwnActionsByName(first, repository)
        ? `uses this repository's own actions by name (${repository}/...), as a workflow other repositories call does`
        : undefined
  const callerNames = [...new Set(calls.map(({ caller }) => `'${caller.name}'`))]
  const findings = [
    why
      ? finding(
          file,
          stepPath(first.jobId, first.loginIndex),
          'warning',
          'Login in a workflow for other repositories',
          `This workflow ${why}, and it logs in to nuget.org: called from another repository, the token's ` +
            "job_workflow_ref names this repository while its repository claim names the caller's, so no " +
            'policy matches ("No matching trust policy" or "job_workflow_ref ... does not start with"). Log ' +
            'in from a workflow file of each repository that publishes.'
        )
      : finding(
          file,
          ['jobs', first.jobId],
          'notice',
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
  return [...findings, ...unpassedSecrets(file, calls, loginJobs)]
}

/**
 * A call to another repository's workflow with an OIDC token and nuget.org in its inputs: a login
 * there never matches. When a job of this repository logs in, that login is the release and the
 * call is a notice; when none does, the call is the only way this repository publishes, and a
 * warning (the other repository decides whether it logs in or pushes with a stored key).
 */
export function checkRemoteCalls(file: WorkflowFile, anyLocalLogin: boolean): Finding[] {
  return jobsOf(file.data).flatMap(([jobId, job]) => {
    const uses = text(job.uses)
    if (!uses || uses.startsWith('./')) return []
    if (accessTo(grantFor(file.data, jobId, job).block, 'id-token') !== 'write') return []
    const call = JSON.stringify([uses, job.with ?? {}, job.secrets ?? {}])
    if (!/nuget/i.test(call)) return []
    return [
      finding(
        file,
        ['jobs', jobId, 'uses'],
        anyLocalLogin ? 'notice' : 'warning',
        'Reusable workflow from another repository',
        `Job '${jobId}' calls ${uses} with an OIDC token. If that workflow logs in to nuget.org with trusted ` +
          'publishing, no policy can match it: nuget.org matches only workflow files of the repository the policy ' +
          'names. Log in from a workflow file in this repository.'
      )
    ]
  })
}

/**
 * Callers of a local reusable workflow whose login reads a secret they do not pass: a called
 * workflow sees only the secrets its caller hands it (`secrets: inherit`, or each by name).
 */
function unpassedSecrets(
  file: WorkflowFile,
  calls: ReturnType<typeof callersOf>,
  loginJobs: LoginJob[]
): Finding[] {
  const needed = new Set(
    loginJobs.flatMap(({ login }) =>
      [...JSON.stringify([login.with ?? {}, login.env ?? {}]).matchAll(/\bsecrets\.([\w-]+)/g)]
        .map((match) => match[1] as string)
        .filter((name) => name.toUpperCase() !== 'GITHUB_TOKEN')
    )
  )
  if (needed.size === 0) return []
  // A called job in an environment also gets that environment's secrets, which no file shows.
  const environments = [...new Set(loginJobs.flatMap(({ job }) => environmentOf(job)?.name ?? []))]
  return calls.flatMap(({ caller, jobId, job }) => {
    const passed = job.secrets
    if (passed === 'inherit') return []
    const names = passed && typeof passed === 'object' ? Object.keys(passed) : []
    const missing = [...needed].filter(
      (name) => !names.some((n) => n.toLowerCase() === name.toLowerCase())
    )
    if (missing.length === 0) return []
    const reads = `Job '${jobId}' calls ${file.name}, whose login reads ${missing.map((name) => `secrets.${name}`).join(', ')}, but does not pass it`
    const fix = 'Add `secrets: inherit` to this job, or pass each secret by name.'
    return [
      environments.length === 0
        ? finding(
            caller,
            ['jobs', jobId, 'uses'],
            'warning',
            'Secret not passed to the called workflow',
            `${reads}: the called workflow gets an empty value and the login fails. ${fix}`
          )
        : finding(
            caller,
            ['jobs', jobId, 'uses'],
            'notice',
            'Secret not passed to the called workflow',
            `${reads}. The login works only if the environment ${environments.map((name) => `'${name}'`).join(', ')} ` +
              `of the called job holds it as an environment secret: confirm it there, or: ${fix}`
          )
    ]
  })
}

/** A step of the login job that calls an action of this very repository by `owner/name/path@ref`. */
function callsOwnActionsByName({ steps }: LoginJob, repository: string | undefined): boolean {
  if (!repository) return false
  const own = `${repository.toLowerCase()}/`
  return steps.some((step) => text(step.uses).toLowerCase().startsWith(own))
}

/** The jobs of this repository's workflows that call a local reusable workflow. */
export function callersOf(file: WorkflowFile, all: WorkflowFile[]) {
  return all.flatMap((caller) =>
    jobsOf(caller.data)
      .filter(([, job]) => text(job.uses).split('@', 1)[0] === `./.github/workflows/${file.name}`)
      .map(([jobId, job]) => ({ caller, jobId, job }))
  )
}
