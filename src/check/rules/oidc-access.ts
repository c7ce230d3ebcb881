// Can the job get an OIDC token at all, and can its other steps still do their work?
import type { Finding } from '../findings.ts'
import { stepsOf, text, triggers } from '../model.ts'
import { accessTo, describeBlock, grantFor } from '../permissions.ts'
import type { WorkflowFile } from '../workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

const RELEASE_ACTIONS =
  /^(softprops\/action-gh-release|ncipollo\/release-action|actions\/create-release)@/i
const GH_RELEASE = /\bgh\s+release\s+(create|upload|edit|delete)\b/
const CHECKOUT = /^actions\/checkout@/i
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

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

/** Steps that need more than a permissions block gives: a release needs contents: write. */
export function checkOtherScopes({ file, jobId, job }: LoginJob): Finding[] {
  const grant = grantFor(file.data, jobId, job)
  if (grant.source === 'default') return []
  const contents = accessTo(grant.block, 'contents')
  return stepsOf(job).flatMap((step, index) => {
    const uses = text(step.uses)
    if ((RELEASE_ACTIONS.test(uses) || GH_RELEASE.test(text(step.run))) && contents !== 'write') {
      return [
        finding(
          file,
          stepPath(jobId, index),
          'error',
          'Release step without contents: write',
          `This step creates or changes a GitHub release, which needs \`contents: write\`, but the job has ` +
            `\`contents: ${contents}\` under ${describeBlock(grant)}. Add \`contents: write\` next to \`id-token: write\`.`
        )
      ]
    }
    if (CHECKOUT.test(uses) && contents === 'none') {
      return [
        finding(
          file,
          stepPath(jobId, index),
          'warning',
          'Checkout without contents: read',
          `actions/checkout needs \`contents: read\`, but the job has \`contents: none\` under ${describeBlock(grant)}. Add ` +
            '`contents: read` next to `id-token: write`.'
        )
      ]
    }
    return []
  })
}

/** Triggers whose runs nuget.org refuses, or that get no OIDC token. */
export function checkTriggers(file: WorkflowFile): Finding[] {
  const events = triggers(file.data)
  const findings: Finding[] = []
  if (events.includes('pull_request_target')) {
    findings.push(
      finding(
        file,
        ['on', 'pull_request_target'],
        'error',
        'Trigger refused by nuget.org',
        'nuget.org refuses logins from runs triggered by pull_request_target. Publish on push of a tag, on ' +
          'release or by workflow_dispatch.'
      )
    )
  }
  if (events.length > 0 && events.every((event) => PULL_REQUEST_EVENTS.has(event))) {
    findings.push(
      finding(
        file,
        ['on'],
        'warning',
        'Pull request trigger',
        `This workflow runs only on ${events.join(', ')}: runs for pull requests from forks and from Dependabot ` +
          'get no OIDC token, so the login fails there. Publish on push of a tag, on release or by workflow_dispatch.'
      )
    )
  }
  return findings
}
