// Whether a run GitHub would start reaches a login step: the job's, its needs' and the step's
// `if:`, evaluated on what such a run knows, with everything else left unknown.
import { conditionText, knownFalse, type Known } from '../expressions.ts'
import { jobsOf, text } from '../model.ts'
import type { RawJob, WorkflowFile } from '../workflow-file.ts'
import type { RunFacts } from '../run-facts.ts'
import type { LoginJob } from './context.ts'

/** The login jobs such a run reaches, quoted for a message (`'publish', 'docs'`); undefined for none. */
export function reachedJobs(
  file: WorkflowFile,
  loginJobs: LoginJob[],
  run: Known
): string | undefined {
  const reached = loginJobs.filter((loginJob) => reachesLogin(file, loginJob, run))
  return reached.length === 0 ? undefined : reached.map(({ jobId }) => `'${jobId}'`).join(', ')
}

/** What every run of this repository knows of it: its name and owner, and its event's repository. */
export function repositoryContext(facts: RunFacts) {
  const repository = facts.repository ?? 'this-owner/this-repository'
  return {
    repository,
    repository_owner: facts.ownerLogin ?? repository.split('/')[0] ?? null,
    eventRepository: { fork: false, full_name: repository }
  }
}

/** Where a finding about a trigger goes: the event's key under `on:` when `on:` is a map of them. */
export function triggerPath(file: WorkflowFile, event: string): string[] {
  const on = file.data.on
  return on && typeof on === 'object' && !Array.isArray(on) ? ['on', event] : ['on']
}

/** Whether the login job, its login step, and every job it needs may run on such a run. */
export function reachesLogin(file: WorkflowFile, loginJob: LoginJob, run: Known): boolean {
  const env = envOnRun(file, loginJob, run)
  if (knownFalse(loginJob.login.if, { ...run, env: env.known }, env.complete ? ['env'] : [])) {
    return false
  }
  return jobMayRun(file, loginJob.jobId, run, new Set())
}

/**
 * The `env` context at the login step on such a run: the workflow's and job's literal values, and
 * null for a variable only earlier steps write to $GITHUB_ENV when none of those steps runs.
 * When every value is known, anything else the context does not hold is null, as on GitHub.
 */
function envOnRun(file: WorkflowFile, { job, steps, loginIndex }: LoginJob, run: Known) {
  const env: Known = {}
  let complete = true
  const written = new Map<string, boolean>()
  for (const step of steps.slice(0, loginIndex)) {
    const script = text(step.run)
    if (!/GITHUB_ENV/.test(script)) continue
    const runs = !knownFalse(step.if, run)
    for (const match of script.matchAll(/\b([A-Za-z_]\w*)=/g)) {
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

function jobMayRun(file: WorkflowFile, jobId: string, run: Known, seen: Set<string>): boolean {
  const job = Object.fromEntries(jobsOf(file.data))[jobId] as RawJob | undefined
  if (!job || seen.has(jobId)) return true
  seen.add(jobId)
  if (knownFalse(job.if, run)) return false
  const condition = conditionText(job.if) ?? ''
  if (/\b(always|failure|cancelled)\s*\(/.test(condition)) return true
  const needs = Array.isArray(job.needs) ? job.needs.map(text) : job.needs ? [text(job.needs)] : []
  return needs.every((need) => jobMayRun(file, need, run, seen))
}
