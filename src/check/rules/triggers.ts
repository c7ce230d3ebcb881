// Triggers whose runs nuget.org refuses, and pull request runs that reach a login: runs for pull
// requests from forks (and from Dependabot) get no OIDC token, so the login fails on them.
import { conditionText, knownFalse, type Known } from '../expressions.ts'
import type { Finding } from '../findings.ts'
import { jobsOf, text, triggers } from '../model.ts'
import type { RunFacts } from '../run-facts.ts'
import type { RawJob, WorkflowFile } from '../workflow-file.ts'
import { finding, type LoginJob } from './context.ts'

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
  const fork = forkRun(event, facts)
  const reached = loginJobs.filter((loginJob) => {
    const env = envOnForkRun(file, loginJob, fork)
    return reachesLogin(file, loginJob, { ...fork, env: env.known }, env.complete)
  })
  if (reached.length === 0) return findings
  const jobs = reached.map((loginJob) => `'${loginJob.jobId}'`).join(', ')
  findings.push(
    finding(
      file,
      typeof file.data.on === 'object' && !Array.isArray(file.data.on) ? ['on', event] : ['on'],
      'warning',
      'Login on pull request runs',
      `This workflow runs on ${event}, and nothing keeps those runs from the login in job ${jobs}: runs for ` +
        'pull requests from forks and from Dependabot get no OIDC token, so the login fails there. Publish on ' +
        'push of a tag, on release or by workflow_dispatch, or keep fork runs out with ' +
        '`if: github.event.pull_request.head.repo.full_name == github.repository` on the job.'
    )
  )
  return findings
}

/** What a run for a pull request from a fork knows; whatever is missing stays unknown. */
function forkRun(event: string, facts: RunFacts): Known {
  const repository = facts.repository ?? 'this-owner/this-repository'
  return {
    github: {
      event_name: event,
      repository,
      repository_owner: facts.ownerLogin ?? repository.split('/')[0] ?? null,
      ref: 'refs/pull/1/merge',
      ref_name: '1/merge',
      ref_type: 'branch',
      event: {
        pull_request: {
          head: {
            repo: { fork: true, full_name: 'fork-owner/fork', owner: { login: 'fork-owner' } }
          }
        },
        repository: { fork: false, full_name: repository }
      }
    }
  }
}

/**
 * The `env` context at the login step on such a run: the workflow's and job's literal values, and
 * null for a variable only earlier steps write to $GITHUB_ENV when none of those steps runs.
 * When every value is known, anything else the context does not hold is null, as on GitHub.
 */
function envOnForkRun(file: WorkflowFile, { job, steps, loginIndex }: LoginJob, fork: Known) {
  const env: Known = {}
  let complete = true
  const written = new Map<string, boolean>()
  for (const step of steps.slice(0, loginIndex)) {
    const run = text(step.run)
    if (!/GITHUB_ENV/.test(run)) continue
    const runs = !knownFalse(step.if, fork)
    for (const match of run.matchAll(/\b([A-Za-z_]\w*)=/g)) {
      const name = match[1] as string
      written.set(name, (written.get(name) ?? false) || runs)
    }
  }
  for (const [name, runs] of written) if (!runs) env[name] = null
  for (const block of [file.data, job] as { env?: unknown }[]) {
    if (!block.env || typeof block.env !== 'object') continue
    for (const [name, value] of Object.entries(block.env as Record<string, unknown>)) {
      if (typeof value === 'string' && value.includes('${{')) complete = false
      else if (!written.get(name)) {
        env[name] = typeof value === 'object' ? null : (value as string | number | boolean)
      }
    }
  }
  if ([...written.values()].some((runs) => runs)) complete = false
  return { known: env, complete }
}

/** Whether the login job, its login step, and every job it needs may run on such a run. */
function reachesLogin(file: WorkflowFile, loginJob: LoginJob, fork: Known, envComplete: boolean) {
  if (knownFalse(loginJob.login.if, fork, envComplete ? ['env'] : [])) return false
  return jobMayRun(file, loginJob.jobId, fork, new Set())
}

function jobMayRun(file: WorkflowFile, jobId: string, fork: Known, seen: Set<string>): boolean {
  const job = Object.fromEntries(jobsOf(file.data))[jobId] as RawJob | undefined
  if (!job || seen.has(jobId)) return true
  seen.add(jobId)
  if (knownFalse(job.if, fork)) return false
  const condition = conditionText(job.if) ?? ''
  if (/\b(always|failure|cancelled)\s*\(/.test(condition)) return true
  const needs = Array.isArray(job.needs) ? job.needs.map(text) : job.needs ? [text(job.needs)] : []
  return needs.every((need) => jobMayRun(file, need, fork, seen))
}
