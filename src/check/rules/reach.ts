// Whether a run GitHub would start reaches a login step: the step's, its job's and every needed
// job's `if:`, evaluated on what such a run knows, with everything else left unknown. The job graph
// is read once per file and each job's answer worked out once per run imagined, so a long `needs:`
// chain costs its length, not its length for every login job.
import { conditionText, evaluate, type Known } from '../expressions.ts'
import { jobsOf, text } from '../model.ts'
import type { RawJob, WorkflowFile } from '../reading/workflow-file.ts'
import type { RunFacts } from '../run-facts.ts'
import type { Finding } from '../findings.ts'
import { finding, type LoginJob } from './context.ts'
import { falsy } from '@actions/expressions/result'

/** A run GitHub would start: the contexts it knows, and those it knows in full. */
export interface ImaginedRun {
  known: Known
  /** Contexts whose missing keys are null on such a run (an empty `inputs`). */
  closed: string[]
}

/**
 * Whether such a run gets to a login: `out` when a guard is known false, `reached` when every guard
 * on the way is known true or absent, `unless` naming the guards nobody knows before the run.
 */
export type Reach = { kind: 'out' } | { kind: 'reached' } | { kind: 'unless'; conditions: string[] }

const OUT: Reach = { kind: 'out' }
const REACHED: Reach = { kind: 'reached' }
/** How many unknown guards a message names; the rest are summed up. */
const NAMED_CONDITIONS = 3
const CONDITION_LENGTH = 200

/** The login jobs such a run reaches, and those it reaches unless an unknown guard is false. */
export function reachOf(file: WorkflowFile, loginJobs: LoginJob[], run: ImaginedRun) {
  const jobReach = jobReachOn(graphOf(file), run)
  const reached: string[] = []
  const unless: { jobId: string; conditions: string[] }[] = []
  for (const loginJob of loginJobs) {
    const reach = combine([stepReach(file, loginJob, run), jobReach(loginJob.jobId)])
    if (reach.kind === 'reached') reached.push(loginJob.jobId)
    else if (reach.kind === 'unless')
      unless.push({ jobId: loginJob.jobId, conditions: reach.conditions })
  }
  return { reached, unless }
}

/** How findings on runs that reach a login are worded: jobs quoted, unknown guards in backticks. */
export interface ReachWording {
  title: string
  reached(jobs: string): string
  unless(job: string, conditions: string): string
}

/**
 * The findings on runs such as `run`, at `where`: one warning naming the login jobs nothing keeps
 * those runs from, and a notice for each job that a guard nobody knows before the run may keep out.
 */
export function reachFindings(
  file: WorkflowFile,
  loginJobs: LoginJob[],
  run: ImaginedRun,
  where: string[],
  wording: ReachWording
): Finding[] {
  const { reached, unless } = reachOf(file, loginJobs, run)
  const say = (level: 'warning' | 'notice', message: string) =>
    finding(file, where, level, wording.title, message)
  return [
    ...(reached.length > 0 ? [say('warning', wording.reached(quotedJobs(reached)))] : []),
    ...unless.map(({ jobId, conditions }) =>
      say('notice', wording.unless(quotedJobs([jobId]), conditionsText(conditions)))
    )
  ]
}

/** Job ids quoted for a message: `'publish', 'docs'`. */
const quotedJobs = (jobIds: string[]) => jobIds.map((jobId) => `'${jobId}'`).join(', ')

/** The unknown guards for a message: `` `a` or `b` ``. */
function conditionsText(conditions: string[]): string {
  return conditions.map((condition) => `\`${condition}\``).join(' or ')
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

/** What a guard says on such a run. */
function guardReach(condition: unknown, known: Known, closed: string[]): Reach {
  const expression = conditionText(condition)
  if (expression === undefined) return REACHED
  const outcome = evaluate(expression, known, closed)
  if (outcome.known) return falsy(outcome.value) ? OUT : REACHED
  const shown = expression.trim().replace(/\s+/g, ' ')
  const bounded = shown.length > CONDITION_LENGTH ? `${shown.slice(0, CONDITION_LENGTH)}…` : shown
  return { kind: 'unless', conditions: [bounded] }
}

/** Any guard known false keeps the run out; else any unknown one leaves it open. */
function combine(reaches: Reach[]): Reach {
  if (reaches.some((reach) => reach.kind === 'out')) return OUT
  const conditions = new Set<string>()
  for (const reach of reaches) {
    if (reach.kind === 'unless') for (const condition of reach.conditions) conditions.add(condition)
  }
  if (conditions.size === 0) return REACHED
  return { kind: 'unless', conditions: [...conditions].slice(0, NAMED_CONDITIONS) }
}

/** The login step's own `if:`, with the `env` it sees on such a run. */
function stepReach(file: WorkflowFile, loginJob: LoginJob, run: ImaginedRun): Reach {
  const env = envOnRun(file, loginJob, run)
  const closed = env.complete ? [...run.closed, 'env'] : run.closed
  return guardReach(loginJob.login.if, { ...run.known, env: env.known }, closed)
}

/**
 * The `env` context at the login step on such a run: the workflow's and job's literal values, and
 * null for a variable only earlier steps write to $GITHUB_ENV when none of those steps runs.
 * When every value is known, anything else the context does not hold is null, as on GitHub.
 */
function envOnRun(file: WorkflowFile, { job, steps, loginIndex }: LoginJob, run: ImaginedRun) {
  const env: Known = {}
  let complete = true
  const written = new Map<string, boolean>()
  for (const step of steps.slice(0, loginIndex)) {
    const script = text(step.run)
    if (!script.includes('GITHUB_ENV')) continue
    const runs = guardReach(step.if, run.known, run.closed).kind !== 'out'
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

interface JobNode {
  job: RawJob
  needs: string[]
  /** `always()`, `failure()` or `cancelled()` in its `if:`: it may run whatever its needs did. */
  ignoresNeeds: boolean
}

const GRAPHS = new WeakMap<object, Map<string, JobNode>>()

/** The jobs of a file by id, with what each needs: read once per file. */
function graphOf(file: WorkflowFile): Map<string, JobNode> {
  let graph = GRAPHS.get(file.data)
  if (!graph) {
    graph = new Map()
    for (const [jobId, job] of jobsOf(file.data)) {
      const needs = Array.isArray(job.needs)
        ? job.needs.map(text)
        : job.needs
          ? [text(job.needs)]
          : []
      const condition = conditionText(job.if) ?? ''
      graph.set(jobId, {
        job,
        needs,
        ignoresNeeds: /\b(always|failure|cancelled)\s*\(/.test(condition)
      })
    }
    GRAPHS.set(file.data, graph)
  }
  return graph
}

/**
 * Each job's reach on one run, worked out once: its own `if:`, and unless that ignores them, what
 * its needs reach. Depth first with a stack of its own, so a chain of any length fits; a job in a
 * cycle of needs (which GitHub refuses) counts as reached.
 */
function jobReachOn(graph: Map<string, JobNode>, run: ImaginedRun): (jobId: string) => Reach {
  const done = new Map<string, Reach>()
  const own = new Map<string, Reach>()
  const started = new Set<string>()
  const ownReach = (jobId: string, node: JobNode) => {
    let reach = own.get(jobId)
    if (!reach) {
      reach = guardReach(node.job.if, run.known, run.closed)
      own.set(jobId, reach)
    }
    return reach
  }
  return (root) => {
    const stack = [root]
    while (stack.length > 0) {
      const jobId = stack.at(-1) as string
      const node = graph.get(jobId)
      if (done.has(jobId) || !node) {
        if (!node) done.set(jobId, REACHED)
        stack.pop()
        continue
      }
      const guard = ownReach(jobId, node)
      const decided = guard.kind === 'out' || node.ignoresNeeds
      if (!decided && !started.has(jobId)) {
        started.add(jobId)
        for (const need of node.needs) if (!done.has(need) && !started.has(need)) stack.push(need)
        continue
      }
      const needs = decided ? [] : node.needs.map((need) => done.get(need) ?? REACHED)
      done.set(jobId, combine([guard, ...needs]))
      stack.pop()
    }
    return done.get(root) ?? REACHED
  }
}
