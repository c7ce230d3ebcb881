// Entries of a job's or the workflow's `env:` that carried the old secret, removed.
import { isMap, type YAMLMap } from 'yaml'
import { jobsOf } from '../check/model.ts'
import { type RawJob, type WorkflowFile } from '../check/reading/workflow-file.ts'
import { type StoredKeyPush } from '../check/stored-keys/find.ts'
import {
  isFlow,
  pairIn,
  pairLines,
  parseText,
  sourceOf,
  type Edit,
  type Node
} from './yaml-text.ts'
import { escape, readsSecret, type JobPlace } from './job-place.ts'
import type { JobOutcome } from './outcome.ts'

/** The job's env entries that carry the key go; an `env:` left empty goes too. */
export function jobEnvEdits(place: JobPlace, keyNames: string[]): Edit[] {
  const { text: source, jobMap } = place
  const env = pairIn(jobMap, 'env')
  if (!env || !isMap(env.value) || isFlow(source, env.value)) return []
  const map = env.value as YAMLMap<Node, Node>
  const doomed = map.items.filter((pair) =>
    keyNames.includes(String((pair.key as { value?: unknown })?.value))
  )
  if (doomed.length === 0) return []
  if (doomed.length === map.items.length) return [pairLines(source, env)]
  return doomed.map((pair) => pairLines(source, pair))
}

/** Workflow env entries that carry a migrated job's secret and that no other job still reads. */
export function workflowEnvEdits(
  source: string,
  file: WorkflowFile,
  migrated: JobOutcome[],
  pushes: StoredKeyPush[]
): Edit[] {
  const document = parseText(source)
  const env = document.get('env', true)
  if (!isMap(env) || isFlow(source, env)) return []
  const map = env as YAMLMap<Node, Node>
  const secrets = migrated.flatMap((job) => job.secrets)
  const migratedIds = new Set(migrated.map((job) => job.jobId))
  const remaining = jobsOf(file.data).filter(([jobId]) => !migratedIds.has(jobId))
  const doomed = map.items.filter((pair) => {
    const name = String((pair.key as { value?: unknown })?.value)
    if (!readsSecret(sourceOf(source, pair.value), secrets)) return false
    return !remaining.some(([jobId, job]) => stillReads(job, name, pushes, file.path, jobId))
  })
  if (doomed.length === 0) return []
  if (doomed.length === map.items.length) {
    const pair = (document.contents as YAMLMap<Node, Node>).items.find(
      (item) => String((item.key as { value?: unknown })?.value) === 'env'
    )
    return pair ? [pairLines(source, pair)] : []
  }
  return doomed.map((pair) => pairLines(source, pair))
}

export function stillReads(
  job: RawJob,
  name: string,
  pushes: StoredKeyPush[],
  path: string,
  jobId: string
) {
  if (new RegExp(`\\b${escape(name)}\\b`, 'i').test(JSON.stringify({ ...job, env: undefined })))
    return true
  return pushes.some((push) => push.file.path === path && push.jobId === jobId)
}
