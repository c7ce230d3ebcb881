// The migration of one repository's workflows, as text in and text out: each job that pushes to
// nuget.org with a stored key gets `id-token: write`, a login step before the first step that
// needs the key, and the login's key where the secret was read. Every edit is a splice at the
// ranges `yaml` reports, so every other byte of the file stays as it was.
import { isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml'
import type { SourceFile } from '../check/analyse.ts'
import { isLoginStep, stepsOf, text, triggers } from '../check/model.ts'
import type { RunFacts } from '../check/run-facts.ts'
import { type RawJob, type RawStep, type WorkflowFile } from '../check/reading/workflow-file.ts'
import { unifiedDiff } from './diff.ts'
import { KEY_NAME, type StoredKeyPush } from '../check/stored-keys/find.ts'
import {
  foreignRefusal,
  generatedBy,
  generatedRefusal,
  refusalFor,
  type Refusal
} from './refusals.ts'
import { applyEdits, keyColumn, pairIn, parseText, type Edit, type Node } from './yaml-text.ts'
import { carriers, needsKey, type JobPlace } from './job-place.ts'
import { permissionEdits } from './permissions-edit.ts'
import { freeId, loginStepEdit, sourceEdits, stepEdits, storedKeyReaders } from './step-edits.ts'
import { jobEnvEdits, workflowEnvEdits } from './env-edits.ts'

import type { JobOutcome } from './outcome.ts'

export type { JobOutcome }

export interface FileResult {
  path: string
  before: string
  after: string
  /** The change as a unified diff. */
  diff: string
}

export interface Migration {
  files: FileResult[]
  jobs: JobOutcome[]
}

export function migrate(
  sources: SourceFile[],
  pushes: StoredKeyPush[],
  facts: RunFacts = {}
): Migration {
  const jobs: JobOutcome[] = []
  const edits = new Map<string, Edit[]>()
  const add = (path: string, more: Edit[]) => {
    const list = edits.get(path) ?? []
    for (const edit of more) list.push(edit)
    edits.set(path, list)
  }
  // A job that logs in already is the check's to advise on: its fix is to pass the login's key.
  const toNuget = pushes.filter(
    (push) =>
      (push.destination === 'nuget.org' ||
        push.shape === 'remote reusable workflow' ||
        (push.runTimeSource === true && KEY_NAME.test(push.secret))) &&
      !logsIn(push)
  )
  const byFile = groupBy(toNuget, (push) => push.file.path)
  const foreign = calledFromElsewhere(sources, pushes)
  const allByJob = groupBy(pushes, (push) => `${push.file.path}\n${push.jobId}`)
  for (const source of sources) {
    const own = byFile.get(source.path)
    if (!own) continue
    const generator = generatedBy(source.text)
    const document = generator ? undefined : parseText(source.text)
    for (const [jobId, jobPushes] of groupBy(own, (push) => push.jobId)) {
      const first = jobPushes[0] as StoredKeyPush
      if (!document) {
        jobs.push(refused(source.path, jobId, jobPushes, generatedRefusal(generator as string)))
        continue
      }
      const called = first.calls?.replace(/^\.\//, '')
      const elsewhere = foreign.has(source.path)
        ? source.path
        : called && foreign.has(called)
          ? called
          : undefined
      if (elsewhere) {
        jobs.push(refused(source.path, jobId, jobPushes, foreignRefusal(elsewhere)))
        continue
      }
      const others = (allByJob.get(`${source.path}\n${jobId}`) ?? []).filter(
        (push) => push.destination !== 'nuget.org' && !jobPushes.includes(push)
      )
      const outcome = migrateJob(
        { text: source.text, document },
        first.file,
        jobId,
        jobPushes,
        others,
        facts
      )
      jobs.push(outcome.outcome)
      add(source.path, outcome.edits)
    }
  }
  // A workflow-level env entry goes only when no job left as it is still reads it.
  for (const source of sources) {
    const migratedJobs = jobs.filter((job) => job.file === source.path && job.status === 'migrated')
    if (migratedJobs.length === 0) continue
    const file = pushes.find((push) => push.file.path === source.path)?.file
    if (file) add(source.path, workflowEnvEdits(source.text, file, migratedJobs, pushes))
  }
  const files = sources.flatMap((source) => {
    const found = edits.get(source.path)
    if (!found || found.length === 0) return []
    // New lines end as the file's lines do.
    const list = source.text.includes('\r\n')
      ? found.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') }))
      : found
    return [
      {
        path: source.path,
        before: source.text,
        after: applyEdits(source.text, list),
        diff: unifiedDiff(source.path, source.text, list)
      }
    ]
  })
  for (const file of files) {
    const [error] = parseText(file.after).errors
    if (error) throw new Error(`The rewrite of ${file.path} does not parse: ${error.message}`)
  }
  return { files, jobs }
}

function refused(
  file: string,
  jobId: string,
  pushes: StoredKeyPush[],
  refusal: Refusal
): JobOutcome {
  return {
    file,
    jobId,
    status: 'refused',
    refusal,
    notes: [],
    secrets: [...new Set(pushes.map((push) => push.secret))]
  }
}

function migrateJob(
  { text: source, document }: { text: string; document: Document.Parsed },
  file: WorkflowFile,
  jobId: string,
  pushes: StoredKeyPush[],
  others: StoredKeyPush[],
  facts: RunFacts
): { outcome: JobOutcome; edits: Edit[] } {
  const jobsMap = document.get('jobs', true) as YAMLMap<Node, Node>
  const jobMap = jobNode(jobsMap, jobId)
  const job = file.data.jobs?.[jobId] as RawJob
  const unit = Math.max(keyColumn(source, jobMap) - keyColumn(source, jobsMap), 1)
  const place: JobPlace = { text: source, document, file, jobId, job, jobMap, unit }
  const secrets = [...new Set(pushes.map((push) => push.secret))]
  const base = { file: file.path, jobId, secrets }
  if (pushes.some((push) => push.shape === 'local reusable workflow')) {
    const called = pushes.find((push) => push.calls)?.calls?.replace(/^\.\//, '') ?? ''
    const permissions = permissionEdits(place, false)
    return {
      outcome: {
        ...base,
        status: 'migrated',
        notes: [
          `grants \`id-token: write\` to ${called}, where the login runs`,
          ...permissions.notes,
          ...(job.secrets && typeof job.secrets === 'object'
            ? [
                `still passes ${secrets.map((name) => `secrets.${name}`).join(', ')} to ${called}: once a release has gone through trusted publishing, remove it there and from that workflow's on.workflow_call.secrets`
              ]
            : [])
        ],
        policyFile: called.split('/').at(-1) ?? called
      },
      edits: permissions.edits
    }
  }
  const keyNames = carriers(job, file, secrets)
  const steps = stepsOf(job)
  const firstIndex = steps.findIndex((step) => needsKey(step, secrets, keyNames))
  const refusal = refusalFor(file, jobId, job, pushes, others, firstIndex, keyNames, facts)
  if (refusal) return { outcome: refused(file.path, jobId, pushes, refusal), edits: [] }
  const called = triggers(file.data).includes('workflow_call')
  // In a called workflow, secrets.X is what its callers pass, not a repository secret.
  const declared = called ? calledSecrets(file) : new Set<string>()
  base.secrets = secrets.filter((name) => !declared.has(name))
  const permissions = permissionEdits(place, called)
  const edits: Edit[] = [...permissions.edits]
  const stepsSeq = pairIn(jobMap, 'steps')?.value as YAMLSeq<Node> | undefined
  if (!isSeq(stepsSeq)) throw new Error(`job ${jobId} has no steps list`)
  const loginId = freeId(steps)
  edits.push(loginStepEdit(place, stepsSeq, firstIndex, steps[firstIndex] as RawStep, loginId))
  steps.forEach((step, index) => {
    if (index < firstIndex || !needsKey(step, secrets, keyNames)) return
    edits.push(
      ...stepEdits(
        place,
        stepsSeq.items[index] as YAMLMap<Node, Node>,
        step,
        secrets,
        keyNames,
        loginId
      )
    )
  })
  edits.push(...jobEnvEdits(place, keyNames))
  edits.push(...sourceEdits(place, stepsSeq, pushes))
  edits.push(...storedKeyReaders(place, stepsSeq, pushes, secrets, keyNames, loginId))
  const environment = text(
    typeof job.environment === 'object' && job.environment
      ? (job.environment as { name?: unknown }).name
      : job.environment
  )
  return {
    outcome: {
      ...base,
      status: 'migrated',
      notes: permissions.notes,
      policyFile: file.name,
      ...(environment ? { environment } : {})
    },
    edits
  }
}

/**
 * Reusable workflows that push with a key no caller in this repository passes them: other
 * repositories call them, and a login there would run with those callers' tokens.
 */
function calledFromElsewhere(sources: SourceFile[], pushes: StoredKeyPush[]): Set<string> {
  const callers = groupBy(
    pushes.filter((push) => push.shape === 'local reusable workflow' && push.calls),
    (push) => (push.calls as string).replace(/^\.\//, '')
  )
  const foreign = new Set<string>()
  for (const push of pushes) {
    const path = push.file.path
    if (push.destination !== 'nuget.org' || !triggers(push.file.data).includes('workflow_call'))
      continue
    const passed = (callers.get(path) ?? []).some((caller) => caller.via !== 'no secret')
    if (!passed && sources.some((source) => source.path === path)) foreign.add(path)
  }
  return foreign
}

function calledSecrets(file: WorkflowFile): Set<string> {
  const on = file.data.on as { workflow_call?: { secrets?: unknown } } | undefined
  const declared = on && typeof on === 'object' ? on.workflow_call?.secrets : undefined
  return new Set(declared && typeof declared === 'object' ? Object.keys(declared) : [])
}

const jobNodes = new WeakMap<object, Map<string, YAMLMap<Node, Node>>>()

/** A job's node, from an index of the jobs map built once per file. */
function jobNode(jobsMap: YAMLMap<Node, Node>, jobId: string): YAMLMap<Node, Node> {
  let index = jobNodes.get(jobsMap)
  if (!index) {
    index = new Map(
      jobsMap.items.map((pair) => [
        String((pair.key as { value?: unknown })?.value),
        pair.value as YAMLMap<Node, Node>
      ])
    )
    jobNodes.set(jobsMap, index)
  }
  return index.get(jobId) as YAMLMap<Node, Node>
}

function logsIn(push: StoredKeyPush): boolean {
  const job = push.file.data.jobs?.[push.jobId]
  return job && typeof job === 'object' ? stepsOf(job).some(isLoginStep) : false
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}
