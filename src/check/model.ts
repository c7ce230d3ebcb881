import type { RawJob, RawStep, RawWorkflow } from './reading/workflow-file.ts'

/** The login actions this check knows: this one, and NuGet's own with the same inputs. */
const LOGIN_ACTIONS = String.raw`(acme\/nuget-login|nuget\/login)@`
const LOGIN_ACTION = new RegExp(`^${LOGIN_ACTIONS}`, 'i')
/** A login step anywhere in a workflow's text, for files that cannot be parsed. */
export const LOGIN_ACTION_IN_TEXT = new RegExp(`uses:\\s*["']?${LOGIN_ACTIONS}`, 'i')
export const KEY_OUTPUT = 'NUGET_API_KEY'

export const text = (value: unknown): string =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value)

export const isExpression = (value: string) => value.includes('${{')

export function isLoginStep(step: RawStep): boolean {
  return LOGIN_ACTION.test(text(step.uses))
}

/** The login's export-api-key: true, false, or decided at run time. */
export function exportsKey(login: RawStep): boolean | 'maybe' {
  const value = text(login.with?.['export-api-key']).trim()
  if (isExpression(value)) return 'maybe'
  return /^true$/i.test(value)
}

/** The events that trigger the workflow, whichever form `on:` takes. */
export function triggers(workflow: RawWorkflow): string[] {
  const on = workflow.on
  if (typeof on === 'string') return [on]
  if (Array.isArray(on)) return on.map(text)
  if (on && typeof on === 'object') return Object.keys(on)
  return []
}

export function jobsOf(workflow: RawWorkflow): [string, RawJob][] {
  return Object.entries(workflow.jobs ?? {}).filter(
    (entry): entry is [string, RawJob] => typeof entry[1] === 'object' && entry[1] !== null
  )
}

export function stepsOf(job: RawJob): RawStep[] {
  return Array.isArray(job.steps)
    ? job.steps.filter((step) => step && typeof step === 'object')
    : []
}

/** Everything a step hands its command: the script and its environment, as one text. */
export function stepText(step: RawStep): string {
  return [text(step.run), ...Object.values(step.env ?? {}).map(text)].join('\n')
}

/** The `environment:` of a job: its name, whether set with an expression, or none. */
export function environmentOf(job: RawJob): { name: string; atRunTime: boolean } | undefined {
  const environment = job.environment
  const name =
    environment && typeof environment === 'object'
      ? text((environment as { name?: unknown }).name)
      : text(environment)
  if (!name) return undefined
  return { name, atRunTime: isExpression(name) }
}
