// Triggers whose runs nuget.org refuses, and pull request runs that reach a login: runs for pull
// requests from forks (and from Dependabot) get no OIDC token, so the login fails on them.
import type { Finding } from '../findings.ts'
import { triggers } from '../model.ts'
import type { RunFacts } from '../run-facts.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding, type LoginJob } from './context.ts'
import { reachFindings, repositoryContext, triggerPath, type ImaginedRun } from './reach.ts'

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment']

export function checkTriggers(
  file: WorkflowFile,
  loginJobs: LoginJob[],
  facts: RunFacts
): Finding[] {
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
  const event = events.find((name) => PULL_REQUEST_EVENTS.includes(name))
  if (!event) return findings
  const why =
    'runs for pull requests from forks and from Dependabot get no OIDC token, so the login fails there.'
  findings.push(
    ...reachFindings(file, loginJobs, forkRun(event, facts), triggerPath(file, event), {
      title: 'Login on pull request runs',
      reached: (jobs) =>
        `This workflow runs on ${event}, and nothing keeps those runs from the login in job ${jobs}: ${why} ` +
        'Publish on push of a tag, on release or by workflow_dispatch, or keep fork runs out with ' +
        '`if: github.event.pull_request.head.repo.full_name == github.repository` on the job.',
      unless: (job, conditions) =>
        `This workflow runs on ${event}, and job ${job} reaches the login unless ` +
        `${conditions} is false on those runs: confirm it. If it can be true there, ${why}`
    })
  )
  return findings
}

/** What a run for a pull request from a fork knows; whatever is missing stays unknown. */
function forkRun(event: string, facts: RunFacts): ImaginedRun {
  const { eventRepository, ...repository } = repositoryContext(facts)
  const known = {
    // Only workflow_dispatch and workflow_call runs have inputs.
    inputs: {},
    github: {
      event_name: event,
      ...repository,
      ref: 'refs/pull/1/merge',
      ref_name: '1/merge',
      ref_type: 'branch',
      event: {
        pull_request: {
          head: {
            repo: { fork: true, full_name: 'fork-owner/fork', owner: { login: 'fork-owner' } }
          }
        },
        repository: eventRepository,
        inputs: null
      }
    }
  }
  return { known, closed: ['inputs'] }
}
