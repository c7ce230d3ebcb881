// `id-token: write` for a job, keeping every scope it had, in the file's own style.
import { isMap, type Document, type Pair, type YAMLMap } from 'yaml'
import { stepsOf, text } from '../check/model.ts'
import { releaseStep } from '../check/rules/release-steps.ts'
import { type RawJob } from '../check/reading/workflow-file.ts'
import {
  isFlow,
  keyColumn,
  lineEnd,
  lineStart,
  mapEnd,
  pairIn,
  sourceOf,
  type Edit,
  type Node
} from './yaml-text.ts'
import { type JobPlace } from './job-place.ts'

/** Every scope `read-all` grants, written out so `id-token: write` can join them. */
export const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'issues',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses'
]

/** `id-token: write` for the job, keeping every scope it had. */
export function permissionEdits(
  place: JobPlace,
  called: boolean
): { edits: Edit[]; notes: string[] } {
  const { text: source, jobMap, job, file, unit } = place
  const own = pairIn(jobMap, 'permissions')
  const indent = ' '.repeat(keyColumn(source, jobMap))
  const inner = indent + ' '.repeat(unit)
  if (own) {
    const edit = addIdToken(source, own, job.permissions, inner)
    return { edits: edit ? [edit] : [], notes: [] }
  }
  const workflowLevel = file.data.permissions
  let entries: string[]
  const notes: string[] = []
  if (workflowLevel === 'write-all') return { edits: [], notes: [] }
  if (workflowLevel !== undefined) {
    entries = scopeEntries(source, place.document, workflowLevel)
    notes.push("the workflow's permissions are copied into the job's new block")
  } else if (called) {
    return { edits: [], notes: [] }
  } else {
    entries = [`contents: ${defaultContents(place)}`]
    if (pushesToGitHubPackages(job)) entries.push('packages: write')
    notes.push(
      "the job had GitHub's default permissions: its new block grants only " +
        entries.join(', ') +
        ' and id-token: write, so its other default scopes are now off'
    )
  }
  entries = entries.filter((entry) => !entry.startsWith('id-token:')).concat('id-token: write')
  const block = `${indent}permissions:\n${entries.map((entry) => inner + entry).join('\n')}`
  return { edits: [insertInJob(place, block)], notes }
}

export function defaultContents(place: JobPlace): 'read' | 'write' {
  const { file, job } = place
  return stepsOf(job).some((step) => releaseStep(file.data, job, step)) ? 'write' : 'read'
}

export function pushesToGitHubPackages(job: RawJob): boolean {
  return stepsOf(job).some(
    (step) =>
      /nuget\.pkg\.github\.com/i.test(text(step.run)) &&
      /secrets\.GITHUB_TOKEN|github\.token/i.test(JSON.stringify(step))
  )
}

/** The workflow block's scopes as `scope: access` lines. */
export function scopeEntries(source: string, document: Document.Parsed, block: unknown): string[] {
  if (block === 'read-all') return ALL_SCOPES.map((scope) => `${scope}: read`)
  if (!block || typeof block !== 'object') return []
  const map = document.get('permissions', true)
  if (!isMap(map)) return []
  return (map as YAMLMap<Node, Node>).items.map(
    (pair) => `${sourceOf(source, pair.key)}: ${sourceOf(source, pair.value)}`
  )
}

/** Adds or raises `id-token` in the job's own block. */
export function addIdToken(
  source: string,
  pair: Pair<Node, Node>,
  value: unknown,
  inner: string
): Edit | undefined {
  const node = pair.value
  if (value === 'write-all') return undefined
  if (value === null || value === undefined || typeof value !== 'object') {
    const scopes = value === 'read-all' ? ALL_SCOPES.map((scope) => `${scope}: read`) : []
    const lines = [...scopes, 'id-token: write'].map((entry) => `\n${inner}${entry}`).join('')
    const colon = source.indexOf(':', pair.key?.range?.[1] ?? 0)
    const end = node?.range ? node.range[1] : colon + 1
    return { start: colon + 1, end, text: lines }
  }
  const existing = pairIn(node, 'id-token')
  if (existing?.value?.range) {
    const [start, end] = existing.value.range
    return { start, end, text: 'write' }
  }
  const map = node as YAMLMap<Node, Node>
  if (isFlow(source, node)) {
    const close = source.lastIndexOf('}', node?.range?.[1] ?? 0)
    if (map.items.length === 0) return { start: close, end: close, text: ' id-token: write ' }
    let at = close
    while (/\s/.test(source[at - 1] as string)) at--
    return { start: at, end: at, text: ', id-token: write' }
  }
  const end = mapEnd(source, map)
  return { start: end, end, text: `\n${' '.repeat(keyColumn(source, map))}id-token: write` }
}

/** Inserts a block into a job: after `runs-on:` (or `uses:`), else before its first key. */
export function insertInJob(place: JobPlace, block: string): Edit {
  const { text: source, jobMap } = place
  const anchor = pairIn(jobMap, 'runs-on') ?? pairIn(jobMap, 'uses')
  if (anchor) {
    const end = pairEndOf(source, anchor)
    return { start: end, end, text: `\n${block}` }
  }
  const first = lineStart(source, jobMap.items[0]?.key?.range?.[0] ?? 0)
  return { start: first, end: first, text: `${block}\n` }
}

export function pairEndOf(source: string, pair: Pair<Node, Node>): number {
  const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0
  let at = end
  while (at > 0 && /\s/.test(source[at - 1] as string)) at--
  return lineEnd(source, Math.max(at - 1, 0))
}
