// Local composite actions (`uses: ./path`): their steps run in the job that calls them, so the
// check reads them as part of that job. Actions of other repositories are not read.
import { KEY_OUTPUT, text } from '../model.ts'
import type { PlacedFile, RawJob, RawStep, SourceFile, WorkflowFile } from './workflow-file.ts'
import { parseWorkflowFile, WorkflowSyntaxError } from './workflow-file.ts'

/** The action files of local actions, by their folder relative to the workspace (`''` for the root). */
export type LocalActions = Record<string, SourceFile>

/** Composite actions nested deeper than this are not followed (GitHub stops at 9 levels). */
const MAX_DEPTH = 9
/** At most this many local actions are read for one check. */
export const MAX_ACTIONS = 100

/** The folder of a local action `uses: ./path`, relative to the workspace; undefined otherwise. */
export function localActionDir(uses: unknown): string | undefined {
  const value = text(uses).trim()
  if (!value.startsWith('./')) return undefined
  const segments = value
    .slice(2)
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
  if (segments.some((segment) => segment === '..' || segment.includes('\\'))) return undefined
  return segments.join('/')
}

/** The local actions the steps of a job, or of an action, use. */
export function localActionDirsIn(steps: unknown): string[] {
  if (!Array.isArray(steps)) return []
  return steps.flatMap((step: RawStep | null) => {
    const dir = step && typeof step === 'object' ? localActionDir(step.uses) : undefined
    return dir === undefined ? [] : [dir]
  })
}

/**
 * Reads every local action the workflows use, and the local actions those use, with `read`
 * (which reads `<dir>/action.yml` or `action.yaml` inside the workspace), at most MAX_ACTIONS.
 */
export async function readLocalActions(
  files: WorkflowFile[],
  read: (dir: string) => Promise<SourceFile | undefined>
): Promise<LocalActions> {
  const queue = files.flatMap((file) =>
    Object.values(file.data.jobs ?? {}).flatMap((job) =>
      job && typeof job === 'object' ? localActionDirsIn(job.steps) : []
    )
  )
  const actions: LocalActions = {}
  const seen = new Set<string>()
  while (queue.length > 0 && seen.size < MAX_ACTIONS) {
    const dir = queue.shift() as string
    if (seen.has(dir)) continue
    seen.add(dir)
    const source = await read(dir).catch(() => undefined)
    if (!source) continue
    actions[dir] = source
    queue.push(...localActionDirsIn(compositeSteps(source)?.steps))
  }
  return actions
}

type Composite = { file: WorkflowFile; steps: unknown[] } | undefined

/** Each action file is parsed once, however many jobs call it. */
const parsed = new WeakMap<SourceFile, Composite>()

/** A composite action's file and steps; undefined for other actions and files that do not parse. */
function compositeSteps(source: SourceFile): Composite {
  if (!parsed.has(source)) parsed.set(source, parseComposite(source))
  return parsed.get(source)
}

function parseComposite(source: SourceFile): Composite {
  let file: WorkflowFile
  try {
    file = parseWorkflowFile(source.path, source.text)
  } catch (error) {
    if (error instanceof WorkflowSyntaxError) return undefined
    throw error
  }
  const runs = (file.data as { runs?: { using?: unknown; steps?: unknown } }).runs
  if (!runs || !/^composite$/i.test(text(runs.using)) || !Array.isArray(runs.steps))
    return undefined
  return { file, steps: runs.steps }
}

/** A step of a job as it runs: where it is written, and the workflow step that called it. */
interface PlacedStep {
  step: RawStep
  /** The file the step is written in, and its path there. */
  origin: WorkflowFile
  path: (string | number)[]
  /** The workflow's step that calls the action holding this step, if it is in one. */
  caller?: { index: number; step: RawStep; dir: string }
}

/** A job with its local composite actions' steps in place of the steps that call them. */
export interface ExpandedJob {
  file: PlacedFile
  job: RawJob
  steps: RawStep[]
  /** Ids of calling steps whose NUGET_API_KEY output is a login's inside their action. */
  keyStepIds: string[]
}

/**
 * The job with the steps of the local composite actions it calls read in, and a view of its
 * workflow file in which those steps' places are in the actions' files. Undefined when the job
 * calls no local composite action the check has read.
 */
export function expandJob(
  file: WorkflowFile,
  jobId: string,
  job: RawJob,
  actions: LocalActions | undefined
): ExpandedJob | undefined {
  if (!actions || !localActionDirsIn(job.steps).some((dir) => dir in actions)) return undefined
  const placed: PlacedStep[] = []
  const keyStepIds: string[] = []
  if (!Array.isArray(job.steps)) return undefined
  job.steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object') return
    const own: PlacedStep = {
      step: step as RawStep,
      origin: file,
      path: ['jobs', jobId, 'steps', index]
    }
    const inner = stepsOfAction(own, actions, 0, new Set())
    if (!inner) return placed.push(own)
    placed.push(
      ...inner.map((entry) => ({ ...entry, caller: { index, step: own.step, dir: inner.dir } }))
    )
    if (inner.passesKey && text(own.step.id)) keyStepIds.push(text(own.step.id))
  })
  const steps = placed.map((entry) => entry.step)
  const expanded: RawJob = { ...job, steps }
  return {
    file: viewOf(file, jobId, expanded, placed),
    job: expanded,
    steps,
    keyStepIds
  }
}

/** The steps a step runs in its place when it calls a local composite action, placed in its file. */
function stepsOfAction(
  calling: PlacedStep,
  actions: LocalActions,
  depth: number,
  seen: Set<string>
): (PlacedStep[] & { dir: string; passesKey: boolean }) | undefined {
  const dir = localActionDir(calling.step.uses)
  const source = dir === undefined ? undefined : actions[dir]
  if (dir === undefined || !source || depth >= MAX_DEPTH || seen.has(dir)) return undefined
  const action = compositeSteps(source)
  if (!action) return undefined
  const result: PlacedStep[] = []
  action.steps.forEach((step: unknown, index) => {
    if (!step || typeof step !== 'object') return
    const own: PlacedStep = {
      step: asCalledBy(step as RawStep, calling.step),
      origin: action.file,
      path: ['runs', 'steps', index]
    }
    const nested = stepsOfAction(own, actions, depth + 1, new Set([...seen, dir]))
    result.push(...(nested ?? [own]))
  })
  const outputs = (action.file.data as { outputs?: Record<string, { value?: unknown }> }).outputs
  const passesKey = new RegExp(`\\.outputs\\.${KEY_OUTPUT}\\b`).test(
    text(outputs?.[KEY_OUTPUT]?.value)
  )
  return Object.assign(result, { dir, passesKey })
}

/**
 * An action's step as it runs for a caller: with the caller's `env:` under its own, and the
 * caller's `if:` as its condition (the step's own `if:` joins it unless it reads the action's
 * `inputs`, which are not the workflow's).
 */
function asCalledBy(step: RawStep, caller: RawStep): RawStep {
  const env = { ...(caller.env ?? {}), ...(step.env ?? {}) }
  const conditions = [caller.if, /\binputs\./.test(text(step.if)) ? undefined : step.if]
    .map((condition) => bare(text(condition)))
    .filter((condition) => condition !== '')
  const condition =
    conditions.length > 1 ? conditions.map((part) => `(${part})`).join(' && ') : conditions[0]
  const called: RawStep = { ...step, env }
  delete called.if
  return condition ? { ...called, if: condition } : called
}

/** An `if:` without the optional `${{ }}` around it. */
const bare = (condition: string) =>
  condition
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim()

/**
 * The workflow file as the analysis sees one expanded job: its data holds the expanded steps,
 * and the places of the steps read from actions are in the actions' files.
 */
function viewOf(file: WorkflowFile, jobId: string, job: RawJob, placed: PlacedStep[]): PlacedFile {
  const translate = (path: readonly (string | number)[]) => {
    const [jobs, id, steps, index] = path
    const entry =
      jobs === 'jobs' && id === jobId && steps === 'steps' && typeof index === 'number'
        ? placed[index]
        : undefined
    return entry
      ? { entry, file: entry.origin, path: [...entry.path, ...path.slice(4)] }
      : { file, path }
  }
  return {
    ...file,
    data: { ...file.data, jobs: { ...file.data.jobs, [jobId]: job } },
    where: (path) => {
      const at = translate(path)
      return at.file.where(at.path)
    },
    lineOf: (path, line) => {
      const at = translate(path)
      return at.file.lineOf(at.path, line)
    },
    placeOf: (path) => {
      const { entry } = translate(path)
      if (!entry?.caller) return undefined
      const name = text(entry.caller.step.name) || text(entry.caller.step.id)
      return {
        file: entry.origin.path,
        note:
          `(In the local action ./${entry.caller.dir}, run by ` +
          `${name ? `step '${name}'` : `step ${entry.caller.index + 1}`} of job '${jobId}' in ${file.path}.)`
      }
    }
  }
}
