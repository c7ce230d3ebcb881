// The edits inside a job's steps: the login step, and the login's key where the secret was read.
import { isMap, type YAMLMap, type YAMLSeq } from 'yaml'
import { stepsOf, text } from '../check/model.ts'
import { shellOf } from '../check/shell/scripts.ts'
import { type RawStep } from '../check/reading/workflow-file.ts'
import { type StoredKeyPush } from '../check/stored-keys/find.ts'
import {
  columnOf,
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
import {
  escape,
  KEY_VARIABLE,
  LOGIN_ID,
  needsKey,
  secretPattern,
  type JobPlace
} from './job-place.ts'

export const NUGET_ORG_SOURCE = 'https://api.nuget.org/v3/index.json'

/**
 * A push that went to nuget.org without a source, by setup-dotnet's source-url or nuget.exe's own
 * default, names nuget.org: a login job's push without one is an error in the check.
 */
export function sourceEdits(
  place: JobPlace,
  stepsSeq: YAMLSeq<Node>,
  pushes: StoredKeyPush[]
): Edit[] {
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
export function storedKeyReaders(
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

export function freeId(steps: RawStep[]): string {
  const ids = new Set(steps.map((step) => text(step.id)))
  let id = LOGIN_ID
  for (let n = 2; ids.has(id); n++) id = `${LOGIN_ID}-${n}`
  return id
}

/** The login step, before the first step that needs the key (and its comments), with its `if:`. */
export function loginStepEdit(
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
export function conditionSource(
  place: JobPlace,
  item: YAMLMap<Node, Node>,
  step: RawStep
): string | undefined {
  if (step.if === undefined || step.if === null) return undefined
  const source = sourceOf(place.text, pairIn(item, 'if')?.value)
  return source && !source.includes('\n') ? source : JSON.stringify(String(step.if))
}

/** The step reads the login's key where it read the secret, through its own `env:`. */
export function stepEdits(
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

export type ShellKind = 'bash' | 'pwsh' | 'cmd'

export function shellKind(place: JobPlace, step: RawStep): ShellKind {
  const named =
    text(step.shell) ||
    text((place.job.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell) ||
    text((place.file.data.defaults as { run?: { shell?: unknown } } | undefined)?.run?.shell)
  if (/^cmd\b/i.test(named)) return 'cmd'
  return shellOf(place.file.data, place.job, step)
}

/** How a script reads the variable where an expression stood, given the text before it on its line. */
export function variableReference(shell: ShellKind, before: string): string | undefined {
  if (shell === 'cmd') return `%${KEY_VARIABLE}%`
  const quote = openQuote(before, shell)
  if (quote === "'") return undefined
  if (shell === 'pwsh') return `$env:${KEY_VARIABLE}`
  return quote === '"' ? `$${KEY_VARIABLE}` : `"$${KEY_VARIABLE}"`
}

export function openQuote(line: string, shell: ShellKind): string | undefined {
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
export function secretReads(
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

/** New entries in a step's `env:`, or a new `env:` at the end of the step. */
export function envEntries(
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
