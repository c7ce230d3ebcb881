// Can the job get an OIDC token at all, and can its other steps still do their work?
import type { Finding } from '../findings.ts'
import { stepsOf, text } from '../model.ts'
import { accessTo, describeBlock, grantFor, type Grant } from '../permissions.ts'
import { finding, stepPath, type LoginJob } from './context.ts'
import { pushesOf } from './pushes.ts'
import { releaseStep } from './release-steps.ts'

const CHECKOUT = /^actions\/checkout@/i

/** A called workflow without its own block takes the caller's permissions, which it cannot see. */
export function checkIdToken({ file, jobId, job }: LoginJob, calledWorkflow = false): Finding[] {
  const grant = grantFor(file.data, jobId, job)
  if (accessTo(grant.block, 'id-token') === 'write') return []
  if (calledWorkflow && grant.source === 'default') return []
  return [
    finding(
      file,
      grant.path,
      'error',
      'No OIDC token',
      `Job '${jobId}' logs in to nuget.org, but it has no \`id-token: write\` under ${describeBlock(grant)}, so ` +
        "it cannot request an OIDC token. Add `id-token: write` to the job's `permissions:`, with every " +
        'other scope its steps need (a permissions block sets the rest to none).'
    )
  ]
}

/**
 * Steps that need more than a permissions block gives: a release needs contents: write, a
 * private repository's checkout contents: read (a public one's works without it), and a push to
 * GitHub Packages with the job's token packages: write.
 */
export function checkOtherScopes(loginJob: LoginJob): Finding[] {
  const { file, jobId, job } = loginJob
  const grant = grantFor(file.data, jobId, job)
  if (grant.source === 'default') return []
  return [...contentsScope(loginJob, grant), ...packagesScope(loginJob, grant)]
}

function contentsScope({ file, jobId, job, facts }: LoginJob, grant: Grant): Finding[] {
  const contents = accessTo(grant.block, 'contents')
  return stepsOf(job).flatMap((step, index) => {
    const release = contents === 'write' ? undefined : releaseStep(file.data, job, step)
    if (release) {
      return [
        finding(
          file,
          stepPath(jobId, index, ...release.at),
          release.certain ? 'error' : 'warning',
          release.certain
            ? 'Release step without contents: write'
            : 'Token without contents: write',
          `${release.what}, which needs \`contents: write\`, but the job has ` +
            `\`contents: ${contents}\` under ${describeBlock(grant)}` +
            (release.certain ? '' : ': if it creates a release or pushes a tag, it fails') +
            '. Add `contents: write` next to `id-token: write`.'
        )
      ]
    }
    if (CHECKOUT.test(text(step.uses)) && contents === 'none' && facts.private !== false) {
      return [
        finding(
          file,
          stepPath(jobId, index),
          facts.private ? 'error' : 'notice',
          'Checkout without contents: read',
          `actions/checkout needs \`contents: read\` in a private repository, but the job has \`contents: none\` under ` +
            `${describeBlock(grant)}${facts.private ? '' : ' (a public repository checks out without it)'}. Add ` +
            '`contents: read` next to `id-token: write`.'
        )
      ]
    }
    return []
  })
}

const GITHUB_PACKAGES = /nuget\.pkg\.github\.com/i
const JOB_TOKEN = /\bsecrets\.GITHUB_TOKEN\b|\bgithub\.token\b/i

/** A push to GitHub Packages with the job's token needs packages: write, which a block may drop. */
function packagesScope(loginJob: LoginJob, grant: Grant): Finding[] {
  const { file, jobId } = loginJob
  const packages = accessTo(grant.block, 'packages')
  if (packages === 'write') return []
  return pushesOf(loginJob).flatMap((push) => {
    const words = (name: string) => JSON.stringify(push.command.values.get(name) ?? [])
    if (!GITHUB_PACKAGES.test(words('--source')) || !JOB_TOKEN.test(words('--api-key'))) return []
    return [
      finding(
        file,
        stepPath(jobId, push.index),
        'error',
        'Push to GitHub Packages without packages: write',
        `This push sends the job's GITHUB_TOKEN to GitHub Packages, which needs \`packages: write\`, but the ` +
          `job has \`packages: ${packages}\` under ${describeBlock(grant)}: GitHub Packages answers 403. Add ` +
          '`packages: write` next to `id-token: write`.'
      )
    ]
  })
}
