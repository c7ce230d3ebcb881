// The migration of one repository's workflows, as text in and text out: each job that pushes to
// nuget.org with a stored key gets `id-token: write`, a login step before the first step that
// needs the key, and the login's key where the secret was read. Every edit is a splice at the
// ranges `yaml` reports, so every other byte of the file stays as it was.
import { isMap, isSeq, type Document, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'
import type { SourceFile } from '../check/analyse.ts'
import { isLoginStep, jobsOf, stepsOf, text, triggers } from '../check/model.ts'
import { releaseStep } from '../check/rules/release-steps.ts'
import type { RunFacts } from '../check/run-facts.ts'
import { shellOf } from '../check/shell/scripts.ts'
import { type RawJob, type RawStep, type WorkflowFile } from '../check/workflow-file.ts'
import { unifiedDiff } from './diff.ts'
import { BUILD_SCRIPT, KEY_NAME, type StoredKeyPush } from './find.ts'
import { generatedBy, generatedRefusal, refusalFor, type Refusal } from './refusals.ts'
import {
  applyEdits,
  columnOf,
  isFlow,
  keyColumn,
  lineEnd,
  lineStart,
  mapEnd,
  pairIn,
  pairLines,
  parseText,
  sourceOf,
  type Edit,
  type Node
} from './yaml-text.ts'

export const LOGIN_ID = 'nuget-login'
export const LOGIN_OUTPUT = `\${{ steps.${LOGIN_ID}.outputs.NUGET_API_KEY }}`
const KEY_VARIABLE = 'NUGET_API_KEY'
/** Every scope `read-all` grants, written out so `id-token: write` can join them. */
const ALL_SCOPES = [
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

export interface JobOutcome {
  file: string
  jobId: string
  status: 'migrated' | 'refused'
  refusal?: Refusal
  /** What else changed for the job, in words. */
  notes: string[]
  /** The secrets it no longer reads. */
  secrets: string[]
  /** The workflow file a policy names for it (a reusable workflow's own), and its environment. */
  policyFile?: string
  environment?: string
}

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

interface JobPlace {
  text: string
  file: WorkflowFile
  jobId: string
  job: RawJob
  jobMap: YAMLMap<Node, Node>
  document: Document.Parsed
  /** Spaces one level of nesting adds in this file. */
  unit: number
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

const NUGET_ORG_SOURCE = 'https://api.nuget.org/v3/index.json'

/**
 * A push that went to nuget.org without a source, by setup-dotnet's source-url or nuget.exe's own
 * default, names nuget.org: a login job's push without one is an error in the check.
 */
function sourceEdits(place: JobPlace, stepsSeq: YAMLSeq<Node>, pushes: StoredKeyPush[]): Edit[] {
  const indexes = new Set(
    pushes
      .filter((push) => push.sourceFrom === 'setup-dotnet' || push.sourceFrom === 'client default')
      .map((push) => push.stepIndex as number)
  )
  return [...indexes].flatMap((index) => {
    const item = stepsSeq.items[index] as YAMLMap<Node, Node>
    const run = pairIn(item, 'run')?.value
    const range = run?.range
    if (!range) return []
    const source = place.text.slice(range[0], range[1])
    return [...source.matchAll(/\b(dotnet(?:\.exe)?\s+)?nuget(?:\.exe)?\s+push\b/gi)].flatMap(
      (match) => {
        const end = range[0] + match.index + match[0].length
        const rest = place.text.slice(end, lineEnd(place.text, end))
        if (/(^|\s)(--source|-s|-source)(\s|=|$)/i.test(rest)) return []
        const option = match[1] ? '--source' : '-Source'
        return [{ start: end, end, text: ` ${option} ${NUGET_ORG_SOURCE}` }]
      }
    )
  })
}

/** After `setapikey`, a push with no key of its own reads the key from the store: give it the login's. */
function storedKeyReaders(
  place: JobPlace,
  stepsSeq: YAMLSeq<Node>,
  pushes: StoredKeyPush[],
  secrets: string[],
  keyNames: string[],
  loginId: string
): Edit[] {
  const first = pushes.find((push) => push.shape === 'setapikey')?.stepIndex
  if (first === undefined) return []
  const steps = stepsOf(place.job)
  return steps.flatMap((step, index) => {
    if (index <= first || needsKey(step, secrets, keyNames)) return []
    const run = text(step.run)
    if (!/nuget(\.exe)?["']?\s+push\b/i.test(run) || /(--api-key|-k|-apikey)\b/i.test(run))
      return []
    if (Object.keys(step.env ?? {}).includes(KEY_VARIABLE)) return []
    const item = stepsSeq.items[index] as YAMLMap<Node, Node>
    return [
      envEntries(place, item, [KEY_VARIABLE], `\${{ steps.${loginId}.outputs.NUGET_API_KEY }}`)
    ]
  })
}

/** The env names at job or workflow level whose values read one of the secrets. */
function carriers(job: RawJob, file: WorkflowFile, secrets: string[]): string[] {
  return [job.env, file.data.env].flatMap((env) =>
    Object.entries(env ?? {})
      .filter(([, value]) => readsSecret(text(value), secrets))
      .map(([name]) => name)
  )
}

function readsSecret(value: string, secrets: string[]): boolean {
  return secrets.some((secret) => new RegExp(`\\bsecrets\\.${escape(secret)}\\b`).test(value))
}

/** A step that reads a secret itself, or one of the env names that carry it. */
function needsKey(step: RawStep, secrets: string[], keyNames: string[]): boolean {
  const all = [
    text(step.run),
    ...Object.values(step.with ?? {}).map(text),
    ...Object.values(step.env ?? {}).map(text)
  ].join('\n')
  if (readsSecret(all, secrets)) return true
  return keyNames.some(
    (name) =>
      !Object.keys(step.env ?? {}).includes(name) &&
      (new RegExp(`\\b${escape(name)}\\b`, 'i').test(all) ||
        (name === KEY_VARIABLE &&
          (/nuget(\.exe)?["']?\s+push/i.test(text(step.run)) || BUILD_SCRIPT.test(text(step.run)))))
  )
}

/** `id-token: write` for the job, keeping every scope it had. */
function permissionEdits(place: JobPlace, called: boolean): { edits: Edit[]; notes: string[] } {
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

function defaultContents(place: JobPlace): 'read' | 'write' {
  const { file, job } = place
  return stepsOf(job).some((step) => releaseStep(file.data, job, step)) ? 'write' : 'read'
}

function pushesToGitHubPackages(job: RawJob): boolean {
  return stepsOf(job).some(
    (step) =>
      /nuget\.pkg\.github\.com/i.test(text(step.run)) &&
      /secrets\.GITHUB_TOKEN|github\.token/i.test(JSON.stringify(step))
  )
}

/** The workflow block's scopes as `scope: access` lines. */
function scopeEntries(source: string, document: Document.Parsed, block: unknown): string[] {
  if (block === 'read-all') return ALL_SCOPES.map((scope) => `${scope}: read`)
  if (!block || typeof block !== 'object') return []
  const map = document.get('permissions', true)
  if (!isMap(map)) return []
  return (map as YAMLMap<Node, Node>).items.map(
    (pair) => `${sourceOf(source, pair.key)}: ${sourceOf(source, pair.value)}`
  )
}

/** Adds or raises `id-token` in the job's own block. */
function addIdToken(
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
function insertInJob(place: JobPlace, block: string): Edit {
  const { text: source, jobMap } = place
  const anchor = pairIn(jobMap, 'runs-on') ?? pairIn(jobMap, 'uses')
  if (anchor) {
    const end = pairEndOf(source, anchor)
    return { start: end, end, text: `\n${block}` }
  }
  const first = lineStart(source, jobMap.items[0]?.key?.range?.[0] ?? 0)
  return { start: first, end: first, text: `${block}\n` }
}

function pairEndOf(source: string, pair: Pair<Node, Node>): number {
  const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0
  let at = end
  while (at > 0 && /\s/.test(source[at - 1] as string)) at--
  return lineEnd(source, Math.max(at - 1, 0))
}

function freeId(steps: RawStep[]): string {
  const ids = new Set(steps.map((step) => text(step.id)))
  let id = LOGIN_ID
  for (let n = 2; ids.has(id); n++) id = `${LOGIN_ID}-${n}`
  return id
}

/** The login step, before the first step that needs the key (and its comments), with its `if:`. */
function loginStepEdit(
  place: JobPlace,
  steps: YAMLSeq<Node>,
  index: number,
  step: RawStep,
  loginId: string
): Edit {
  const { text: source, unit } = place
  const item = steps.items[index] as YAMLMap<Node, Node>
  const itemStart = item.range?.[0] ?? 0
  const keyIndent = columnOf(source, itemStart)
  const dashAt = source.lastIndexOf('-', itemStart - 1)
  const dashIndent = columnOf(source, dashAt)
  let at = lineStart(source, dashAt)
  // Comments just above the step belong to it.
  while (at > 0) {
    const previous = lineStart(source, at - 1)
    if (!/^\s*#/.test(source.slice(previous, at))) break
    at = previous
  }
  const blankBefore = at > 1 && /^\s*$/.test(source.slice(lineStart(source, at - 1), at - 1))
  const key = ' '.repeat(keyIndent)
  const condition = conditionSource(place, item, step)
  const lines = [
    `${' '.repeat(dashIndent)}-${' '.repeat(Math.max(keyIndent - dashIndent - 1, 1))}name: Log in to nuget.org`,
    `${key}uses: acme/nuget-login@v1`,
    `${key}id: ${loginId}`,
    ...(condition ? [`${key}if: ${condition}`] : []),
    `${key}with:`,
    `${key}${' '.repeat(unit)}user: \${{ vars.NUGET_USER }}`
  ]
  return {
    start: at,
    end: at,
    text: `${lines.join('\n')}\n${blankBefore && index > 0 ? '\n' : ''}`
  }
}

/** The step's `if:` as it is written when it fits on one line, else as a quoted string. */
function conditionSource(
  place: JobPlace,
  item: YAMLMap<Node, Node>,
  step: RawStep
): string | undefined {
  if (step.if === undefined || step.if === null) return undefined
  const source = sourceOf(place.text, pairIn(item, 'if')?.value)
  return source && !source.includes('\n') ? source : JSON.stringify(String(step.if))
}

/** The step reads the login's key where it read the secret, through its own `env:`. */
function stepEdits(
  place: JobPlace,
  item: YAMLMap<Node, Node>,
  step: RawStep,
  secrets: string[],
  keyNames: string[],
  loginId: string
): Edit[] {
  const { text: source } = place
  const output = `steps.${loginId}.outputs.NUGET_API_KEY`
  const edits: Edit[] = []
  const newEnv = new Set<string>()
  for (const key of ['env', 'with']) {
    const map = pairIn(item, key)?.value
    if (!isMap(map)) continue
    for (const pair of (map as YAMLMap<Node, Node>).items) {
      edits.push(...secretReads(source, pair.value, secrets, output).edits)
    }
  }
  const run = pairIn(item, 'run')?.value
  if (run) {
    const shell = shellKind(place, step)
    const reads = secretReads(source, run, secrets, output, (before) =>
      variableReference(shell, before)
    )
    if (reads.throughVariable) newEnv.add(KEY_VARIABLE)
    edits.push(...reads.edits)
  }
  const own = Object.keys(step.env ?? {})
  for (const name of keyNames) {
    if (!own.includes(name) && needsKey({ ...step, env: {} }, [], [name])) newEnv.add(name)
  }
  for (const name of own) newEnv.delete(name)
  if (newEnv.size > 0) edits.push(envEntries(place, item, [...newEnv], `\${{ ${output} }}`))
  return edits
}

type ShellKind = 'bash' | 'pwsh' | 'cmd'

function shellKind(place: JobPlace, step: RawStep): ShellKind {
  const named =
    text(step.shell) ||
    text((place.job.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell) ||
    text((place.file.data.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell)
  if (/^cmd\b/i.test(named)) return 'cmd'
  return shellOf(place.file.data, place.job, step)
}

/** How a script reads the variable where an expression stood, given the text before it on its line. */
function variableReference(shell: ShellKind, before: string): string | undefined {
  if (shell === 'cmd') return `%${KEY_VARIABLE}%`
  const quote = openQuote(before, shell)
  if (quote === "'") return undefined
  if (shell === 'pwsh') return `$env:${KEY_VARIABLE}`
  return quote === '"' ? `$${KEY_VARIABLE}` : `"$${KEY_VARIABLE}"`
}

function openQuote(line: string, shell: ShellKind): string | undefined {
  let quote: string | undefined
  for (let index = 0; index < line.length; index++) {
    const character = line[index] as string
    const escape = shell === 'pwsh' ? '`' : '\\'
    if (character === escape && quote !== "'") index++
    else if (!quote && (character === '"' || character === "'")) quote = character
    else if (quote === character) quote = undefined
  }
  return quote
}

/**
 * Each `${{ }}` in a node's source that reads one of the secrets. A whole `${{ secrets.X }}` is
 * replaced by what `whole` returns, given the text before it on its line; otherwise, or when it
 * returns undefined, the secret inside the expression becomes `output`.
 */
function secretReads(
  source: string,
  node: Node | null | undefined,
  secrets: string[],
  output: string,
  whole?: (before: string) => string | undefined
): { edits: Edit[]; throughVariable: boolean } {
  const range = node?.range
  const edits: Edit[] = []
  let throughVariable = false
  if (!range) return { edits, throughVariable }
  const slice = source.slice(range[0], range[1])
  for (const match of slice.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const inner = match[1] as string
    const start = range[0] + match.index
    const secret = secrets.find((name) => secretPattern(name).test(inner))
    if (!secret) continue
    const isWhole = new RegExp(`^\\s*secrets\\.${escape(secret)}\\s*$`).test(inner)
    const replacement =
      isWhole && whole ? whole(source.slice(lineStart(source, start), start)) : undefined
    if (replacement !== undefined) {
      edits.push({ start, end: start + match[0].length, text: replacement })
      throughVariable = true
      continue
    }
    for (const found of inner.matchAll(new RegExp(secretPattern(secret).source, 'g'))) {
      const at = start + 3 + found.index
      edits.push({ start: at, end: at + found[0].length, text: output })
    }
  }
  return { edits, throughVariable }
}

const secretPattern = (name: string) => new RegExp(`\\bsecrets\\.${escape(name)}\\b`)

/** New entries in a step's `env:`, or a new `env:` at the end of the step. */
function envEntries(
  place: JobPlace,
  item: YAMLMap<Node, Node>,
  names: string[],
  value: string
): Edit {
  const { text: source, unit } = place
  const env = pairIn(item, 'env')
  if (env && isMap(env.value) && !isFlow(source, env.value)) {
    const map = env.value as YAMLMap<Node, Node>
    const end = mapEnd(source, map)
    const indent = ' '.repeat(keyColumn(source, map))
    return { start: end, end, text: names.map((name) => `\n${indent}${name}: ${value}`).join('') }
  }
  if (env && isMap(env.value)) {
    const close = (env.value.range?.[1] ?? 0) - 1
    const empty = (env.value as YAMLMap).items.length === 0
    const entries = names.map((name) => `${name}: ${value}`).join(', ')
    return { start: close, end: close, text: empty ? ` ${entries} ` : `, ${entries} ` }
  }
  const end = mapEnd(source, item)
  const indent = ' '.repeat(keyColumn(source, item))
  const lines = names.map((name) => `\n${indent}${' '.repeat(unit)}${name}: ${value}`).join('')
  return { start: end, end, text: `\n${indent}env:${lines}` }
}

/** The job's env entries that carry the key go; an `env:` left empty goes too. */
function jobEnvEdits(place: JobPlace, keyNames: string[]): Edit[] {
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
function workflowEnvEdits(
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

function stillReads(
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

function foreignRefusal(path: string): Refusal {
  return {
    why: `${path} is a reusable workflow that no workflow of this repository passes the key to, so other repositories call it: a login there runs with their tokens, whose job_workflow_ref names this repository, and no policy of theirs can match`,
    instead:
      'migrate each repository that calls it: the login and the push belong in a workflow file of the repository that publishes'
  }
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

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
