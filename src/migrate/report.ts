// What a migration tells the maintainer: the policy to enter on nuget.org, the variable to
// create, what was refused and why, and when the old secret can go.
import type { SourceFile } from '../check/reading/workflow-file.ts'
import type { Plan } from './plan.ts'
import type { FileResult, JobOutcome } from './rewrite.ts'

export interface PolicyEntry {
  file: string
  job: string
  fields: [name: string, value: string][]
}

export function policyEntries(jobs: JobOutcome[], repository: string | undefined): PolicyEntry[] {
  const [owner, name] = repository?.includes('/') ? repository.split('/') : []
  return jobs
    .filter(
      (job) => job.status === 'migrated' && !job.notes.some((note) => note.startsWith('grants'))
    )
    .map((job) => ({
      file: job.file,
      job: job.jobId,
      fields: [
        ['Repository Owner', owner ?? "(this repository's owner)"],
        ['Repository', name ?? "(this repository's name)"],
        ['Workflow File', job.policyFile ?? job.file.split('/').at(-1) ?? job.file],
        [
          'Environment',
          !job.environment
            ? '(none: leave it empty)'
            : job.environment.includes('${{')
              ? `set at run time (${job.environment}): enter the name the publishing runs get`
              : job.environment
        ]
      ]
    }))
}

export interface SecretAdvice {
  secret: string
  /** Where the secret is still read after the migration: files and the jobs there. */
  stillReadBy: string[]
}

/** Each secret the migrated jobs no longer read, and where else it is still read. */
export function secretAdvice(
  jobs: JobOutcome[],
  sources: SourceFile[],
  files: FileResult[]
): SecretAdvice[] {
  const secrets = [
    ...new Set(jobs.filter((job) => job.status === 'migrated').flatMap((job) => job.secrets))
  ]
  return secrets.map((secret) => {
    const pattern = new RegExp(`\\bsecrets\\.${secret.replace(/[-]/g, '\\-')}\\b`)
    const stillReadBy = sources.flatMap((source) => {
      const text = files.find((file) => file.path === source.path)?.after ?? source.text
      return pattern.test(text) ? [source.path] : []
    })
    return { secret, stillReadBy }
  })
}

export function secretAdviceText(advice: SecretAdvice): string {
  const when = `Delete the secret ${advice.secret} once the first release through trusted publishing has succeeded`
  return advice.stillReadBy.length === 0
    ? `${when}: no workflow reads it any more.`
    : `${when}, and not while ${advice.stillReadBy.join(', ')} still ${advice.stillReadBy.length === 1 ? 'reads' : 'read'} it (a job left as it is, another feed's push, or the workflow's env:).`
}

export const VARIABLE_ADVICE =
  'Create the repository variable NUGET_USER (Settings > Secrets and variables > Actions > Variables) holding the nuget.org username of the account that creates the policy: a username, not an e-mail address or an organization.'

export function refusalText(job: JobOutcome): string {
  const sentence = (text = '') => text.replace(/\.$/, '')
  return `${job.file}: job '${job.jobId}' left as it is: ${sentence(job.refusal?.why)}. Instead: ${sentence(job.refusal?.instead)}.`
}

/** What `nuget-login migrate` prints: the diffs, the policies, the variable, the secret, the refusals. */
export function commandReport(
  plan: Plan,
  sources: SourceFile[],
  repository: string | undefined,
  dryRun: boolean
): string {
  const out: string[] = []
  if (plan.jobs.length === 0) {
    return `No job pushes to nuget.org with a stored API key in ${sources.length} workflow file${sources.length === 1 ? '' : 's'}: nothing to do.\n`
  }
  for (const file of plan.files) out.push(printable(file.diff))
  const migrated = plan.jobs.filter((job) => job.status === 'migrated')
  if (plan.files.length > 0) {
    out.push(
      dryRun
        ? `Dry run: ${plan.files.length} file${plan.files.length === 1 ? '' : 's'} would change; nothing was written.`
        : `Changed ${plan.files.map((file) => file.path).join(', ')}.`,
      ''
    )
  }
  for (const job of migrated) {
    for (const note of job.notes) out.push(`${job.file}: job '${job.jobId}': ${printable(note)}.`)
  }
  for (const policy of policyEntries(plan.jobs, repository)) {
    out.push(
      '',
      `Add a trusted publishing policy on nuget.org (Account > Trusted Publishing) for job '${policy.job}' in ${policy.file}:`
    )
    for (const [name, value] of policy.fields) out.push(`  ${name}: ${printable(value)}`)
  }
  if (migrated.length > 0) {
    out.push('', VARIABLE_ADVICE, '')
    for (const advice of secretAdvice(plan.jobs, sources, plan.files)) {
      out.push(secretAdviceText(advice))
    }
  }
  const refused = plan.jobs.filter((job) => job.status === 'refused')
  if (refused.length > 0) out.push('')
  for (const job of refused) out.push(printable(refusalText(job)))
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

/** Workflow text for a terminal: control characters shown, never sent to it. */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
