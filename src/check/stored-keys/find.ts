// Every push to nuget.org that uses a stored API key (a repository secret), whatever its shape:
// the .NET or NuGet client, setapikey, a build script, a marketplace action or a reusable workflow.
import { isLoginStep, jobsOf, stepsOf, text } from '../model.ts'
import { pushCommandsIn } from '../push/push-command.ts'
import type { Tools } from '../run-facts.ts'
import { readStepScript, shellOf, type StepScript } from '../shell/scripts.ts'
import { literal, type Word } from '../shell/words.ts'
import type { RawJob, RawStep, WorkflowFile } from '../reading/workflow-file.ts'
import { defaultPushSourceOf } from './nuget-config.ts'

export type Shape =
  | 'dotnet nuget push'
  | 'nuget push'
  | 'setapikey'
  | 'build script'
  | 'push action'
  | 'local reusable workflow'
  | 'remote reusable workflow'

export type Destination = 'nuget.org' | 'other' | 'unknown'

export interface StoredKeyPush {
  file: WorkflowFile
  jobId: string
  /** The step that pushes; undefined for a job that calls a reusable workflow. */
  stepIndex?: number
  shape: Shape
  /** The repository secret that holds the key. */
  secret: string
  /** How the key reaches the step: on its command line, through `env:` at a level, or an input. */
  via: string
  destination: Destination
  /** A build step that is also handed another feed, so its key may go elsewhere too. */
  alsoElsewhere?: boolean
  /** The workflow a reusable call runs. */
  calls?: string
  /** A source the run decides (`--source "$FEED"` from a secret or a job output). */
  runTimeSource?: boolean
  /** For a push without a source: what sends it to nuget.org. */
  sourceFrom?: 'NuGet.Config' | 'setup-dotnet' | 'client default'
}

export interface FindContext {
  /** The text of the NuGet.Config at the repository root, if there is one. */
  nugetConfig?: string
  /** Its defaultPushSource, when the caller has read it already. */
  defaultPushSource?: string
  tools?: Tools
}

const SECRET = /\bsecrets\.([A-Za-z_][\w-]*)/g
const NOT_A_KEY = /^(GITHUB_TOKEN|GH_TOKEN)$/i
const NUGET_ORG = /(^|[/.\s"'])nuget\.org\b/i
const OTHER_FEEDS =
  /nuget\.pkg\.github\.com|pkgs\.dev\.azure\.com|\.visualstudio\.com|myget\.org|feedz\.io|nugettest\.org|cloudsmith|jfrog|artifactory|nexus|\/_packaging\//i
/**
 * A build or push script of the repository (`./build.sh`, `build.ps1`, `./tools/push.ps1`,
 * `build.cmd`) or a build tool (Cake, Nuke, FAKE), which may push with a key it is handed.
 */
export const BUILD_SCRIPT =
  /(^|[\s;&|(])((?:\.{0,2}[\\/]|[\w.-]+[\\/])[\w./\\-]*\.(?:sh|ps1|psm1|cmd|bat|fsx|cake)|build\.(?:sh|ps1|cmd|bat|fsx|cake)|dotnet\s+(?:tool\s+run\s+)?(?:dotnet-)?(?:cake|nuke|fake|make|run)|nuke|dotnet\s+fsi\s+\S*build\.fsx)(?=$|[\s"';&|)])/im
/** A script that only tests or prints the key, which is not a push. */
const ONLY_CHECKS =
  /^(?:[ \t]*(?:(?:echo|printf|test|\[\[?|if|then|else|fi|exit)\b[^\n]*|#[^\n]*)?(?:\n|$))+$/
/** Marketplace actions that push to nuget.org unless told another source. */
const PUSH_ACTIONS =
  /^(brandedoutcast\/publish-nuget|alirezanet\/publish-nuget|rohith\/publish-nuget|rebel028\/publish-nuget|elgohr\/publish-nuget)@/i
/** Actions that set up tools or feeds: their key inputs are not a push. */
const NOT_PUSH_ACTIONS = /^(nuget\/setup-nuget|actions\/setup-dotnet)@/i
/** A step that may run the client's push or setapikey; only these are parsed. */
const CLIENT_COMMAND = /nuget(?:\.exe)?["']?\s+(?:\\\s*)?(push|setapikey)\b/i
const KEY_INPUT = /key|token/i
/** A name that says it holds a NuGet key (an API key for some other service does not). */
export const KEY_NAME = /nuget/i

/** The secrets a text reads, the job's own token aside. */
export function secretsIn(value: unknown): string[] {
  return [...text(value).matchAll(SECRET)]
    .map((match) => match[1] as string)
    .filter((name) => !NOT_A_KEY.test(name))
}

export function findStoredKeyPushes(
  files: WorkflowFile[],
  context: FindContext = {}
): StoredKeyPush[] {
  const configSource =
    context.defaultPushSource ??
    (context.nugetConfig ? defaultPushSourceOf(context.nugetConfig) : undefined)
  return files.flatMap((file) =>
    jobsOf(file.data).flatMap(([jobId, job]) => {
      if (typeof job.uses === 'string') return reusableCall(file, files, jobId, job, context)
      const steps = stepsOf(job)
      const found: StoredKeyPush[] = []
      steps.forEach((step, index) => {
        const where = { file, jobId, job, steps, index, configSource, tools: context.tools ?? {} }
        found.push(...pushesOfStep(step, where))
      })
      // A key stored by setapikey matters only to a push that comes after it.
      return found.filter(
        (push) => push.shape !== 'setapikey' || pushesAfter(steps, push.stepIndex as number)
      )
    })
  )
}

const CLIENT_PUSH = /nuget(?:\.exe)?["']?\s+push\b/i

function pushesAfter(steps: RawStep[], index: number): boolean {
  const own = text(steps[index]?.run)
  const setAt = own.search(/setapikey/i)
  if (setAt >= 0 && CLIENT_PUSH.test(own.slice(setAt))) return true
  return steps
    .slice(index + 1)
    .some((step) => CLIENT_PUSH.test(text(step.run)) || BUILD_SCRIPT.test(text(step.run)))
}

interface StepPlace {
  file: WorkflowFile
  jobId: string
  job: RawJob
  steps: RawStep[]
  index: number
  configSource: string | undefined
  tools: Tools
}

function pushesOfStep(step: RawStep, place: StepPlace): StoredKeyPush[] {
  if (isLoginStep(step)) return []
  if (typeof step.uses === 'string') return actionPush(step, place)
  if (!text(step.run)) return []
  const { file, job, tools } = place
  // Only a script that can see a secret can push with a stored key: others are not read at all,
  // which spares loading mvdan/sh for them.
  const script =
    CLIENT_COMMAND.test(text(step.run)) && seesSecret(file, job, step)
      ? readStepScript(file.data, job, step, tools.bash, tools.needs)
      : undefined
  const commands = script ? clientPushes(step, script, place) : []
  return commands.length > 0 ? commands : buildScriptPush(step, place)
}

/** Whether a step's script or any `env:` it inherits reads a secret. */
function seesSecret(file: WorkflowFile, job: RawJob, step: RawStep): boolean {
  return (
    mentionsSecrets(step.run) || mentionsSecrets(step.env) || inherited(job) || inherited(file.data)
  )
}

const mentionsSecrets = (value: unknown) => JSON.stringify(value ?? '').includes('secrets.')

/** A job's or workflow's `env:`, judged once however many steps ask. */
const secretEnv = new WeakMap<object, boolean>()
function inherited(block: { env?: unknown }): boolean {
  const known = secretEnv.get(block)
  if (known !== undefined) return known
  const reads = mentionsSecrets(block.env)
  secretEnv.set(block, reads)
  return reads
}

/** `dotnet nuget push`, `nuget push`, and `setapikey` in a step's script. */
function clientPushes(step: RawStep, script: StepScript, place: StepPlace): StoredKeyPush[] {
  const raw: StepScript = { ...script, resolve: (word) => word }
  const found: StoredKeyPush[] = []
  const pushes = pushCommandsIn(script)
  const rawPushes = pushCommandsIn(raw)
  pushes.forEach((push, at) => {
    const rawKey = rawPushes[at]?.values.get('--api-key')
    const key = push.values.get('--api-key')
    const key$ = key ?? (push.tool === 'dotnet' ? implicitKey(script) : undefined)
    const secret = key$ ? secretOfWord(key$) : undefined
    if (!secret) return
    const source = push.values.get('--source')
    const fallback = source
      ? undefined
      : push.tool === 'nuget' && !place.configSource
        ? { destination: 'nuget.org' as const, sourceFrom: 'client default' as const }
        : defaultDestination(place)
    found.push({
      ...placeOf(place),
      shape: push.tool === 'dotnet' ? 'dotnet nuget push' : 'nuget push',
      secret,
      via: viaOf(rawKey, key === undefined, step, place),
      destination: source ? destinationOfWord(source) : (fallback?.destination ?? 'unknown'),
      ...(source && destinationOfWord(source) === 'unknown' ? { runTimeSource: true } : {}),
      ...(fallback?.sourceFrom ? { sourceFrom: fallback.sourceFrom } : {})
    })
  })
  for (const command of script.commands) {
    const setApiKey = readSetApiKey(command.words.map((word) => script.resolve(word)))
    if (!setApiKey) continue
    const secret = secretOfWord(setApiKey.key)
    if (!secret) continue
    const rawWords = command.words
    const rawKey = readSetApiKey(rawWords)?.key
    found.push({
      ...placeOf(place),
      shape: 'setapikey',
      secret,
      via: viaOf(rawKey, false, step, place),
      destination: setApiKey.source ? destinationOfWord(setApiKey.source) : 'nuget.org'
    })
  }
  return found
}

/** The key word and source of `dotnet nuget setapikey KEY` or `nuget setapikey KEY`. */
function readSetApiKey(words: Word[]): { key: Word; source?: Word } | undefined {
  const names = words.map((word) =>
    literal(word)
      ?.toLowerCase()
      .replace(/^.*[\\/]/, '')
  )
  const at = names.findIndex(
    (name, index) =>
      name === 'setapikey' &&
      (/^nuget(\.exe)?$/.test(names[index - 1] ?? '') ||
        (names[index - 1] === 'nuget' && /^dotnet(\.exe)?$/.test(names[index - 2] ?? '')))
  )
  if (at < 0) return undefined
  let key: Word | undefined
  let source: Word | undefined
  for (let index = at + 1; index < words.length; index++) {
    const name = names[index]
    if (name && /^(-s|--source|-source)$/.test(name)) source = words[++index]
    else if (!name?.startsWith('-') && !key) key = words[index]
  }
  return key ? { key, ...(source ? { source } : {}) } : undefined
}

/** The key `dotnet nuget push` reads from NUGET_API_KEY when no `--api-key` is given. */
function implicitKey(script: StepScript): Word | undefined {
  if (!script.isSet('NUGET_API_KEY')) return undefined
  return script.resolve([{ kind: 'variable', name: 'NUGET_API_KEY' }])
}

/** A build script handed a NuGet key in its step's `env:`, its arguments, or the job's env. */
function buildScriptPush(step: RawStep, place: StepPlace): StoredKeyPush[] {
  const run = text(step.run)
  const argued = secretsIn(run).some((secret) => KEY_NAME.test(secret))
  if (!BUILD_SCRIPT.test(run) && (!argued || ONLY_CHECKS.test(run))) return []
  const inherited = [place.job.env, place.file.data.env]
  const candidates: { secret: string; via: string }[] = []
  for (const [name, value] of Object.entries(step.env ?? {})) {
    if (/^NUGET_AUTH_TOKEN$/i.test(name)) continue
    for (const secret of secretsIn(value)) {
      if (KEY_NAME.test(name) || KEY_NAME.test(secret)) {
        candidates.push({ secret, via: `the step's env: ${name}` })
      }
    }
  }
  for (const secret of secretsIn(run)) {
    if (KEY_NAME.test(secret)) candidates.push({ secret, via: 'an argument of the script' })
  }
  inherited.forEach((env, level) => {
    for (const [name, value] of Object.entries(env ?? {})) {
      if (!KEY_NAME.test(name) || /^NUGET_AUTH_TOKEN$/i.test(name)) continue
      for (const secret of secretsIn(value)) {
        candidates.push({ secret, via: `the ${level === 0 ? "job's" : "workflow's"} env: ${name}` })
      }
    }
  })
  const [first] = candidates
  if (!first) return []
  const handed = [run, ...Object.values(step.env ?? {}).map(text)].join('\n')
  const elsewhere = OTHER_FEEDS.test(handed)
  const destination: Destination = elsewhere && !NUGET_ORG.test(handed) ? 'other' : 'nuget.org'
  return [
    {
      ...placeOf(place),
      shape: 'build script',
      secret: first.secret,
      via: first.via,
      destination,
      ...(elsewhere && destination === 'nuget.org' ? { alsoElsewhere: true } : {})
    }
  ]
}

/** A marketplace action given the key as an input. */
function actionPush(step: RawStep, place: StepPlace): StoredKeyPush[] {
  const uses = text(step.uses)
  if (/^nuget\/setup-nuget@/i.test(uses)) return setupNugetKey(step, place)
  if (NOT_PUSH_ACTIONS.test(uses)) return []
  const known = PUSH_ACTIONS.test(uses)
  if (!known && !/nuget/i.test(uses)) return []
  const inputs = Object.entries(step.with ?? {})
  const keyInput = inputs.find(
    ([name, value]) => KEY_INPUT.test(name) && secretsIn(value).length > 0
  )
  if (!keyInput) return []
  const source = inputs.find(([name]) => /source|feed|url/i.test(name))?.[1]
  const destination: Destination = source
    ? destinationOfText(text(source))
    : known
      ? 'nuget.org'
      : 'unknown'
  return [
    {
      ...placeOf(place),
      shape: 'push action',
      secret: secretsIn(keyInput[1])[0] as string,
      via: `the input ${keyInput[0]}`,
      destination
    }
  ]
}

/** NuGet/setup-nuget's `nuget-api-key` runs `nuget setapikey` for the pushes after it. */
function setupNugetKey(step: RawStep, place: StepPlace): StoredKeyPush[] {
  const [secret] = secretsIn(step.with?.['nuget-api-key'])
  if (!secret) return []
  const source = text(step.with?.['nuget-api-key-source'])
  return [
    {
      ...placeOf(place),
      shape: 'setapikey',
      secret,
      via: 'the input nuget-api-key',
      destination: source ? destinationOfText(source) : 'nuget.org'
    }
  ]
}

/** Whether a call to another repository's workflow says it pushes packages to NuGet. */
function pushesToNuget(uses: string, inputs: Record<string, unknown> | undefined): boolean {
  const entries = Object.entries(inputs ?? {})
  const off = entries.some(
    ([name, value]) =>
      /nuget/i.test(name) && /push|publish/i.test(name) && /^false$/i.test(text(value))
  )
  if (off) return false
  return /nuget/i.test(uses) || entries.some(([name]) => /nuget/i.test(name))
}

/** A job that hands a NuGet key to a reusable workflow: this repository's, or another's. */
function reusableCall(
  file: WorkflowFile,
  files: WorkflowFile[],
  jobId: string,
  job: RawJob,
  context: FindContext
): StoredKeyPush[] {
  const uses = text(job.uses)
  const local = uses.startsWith('./')
  const inherit = job.secrets === 'inherit'
  const named = Object.entries(
    job.secrets && typeof job.secrets === 'object' ? (job.secrets as Record<string, unknown>) : {}
  ).flatMap(([name, value]) => secretsIn(value).map((secret) => ({ name, secret })))
  const base = { file, jobId, calls: uses }
  if (!local) {
    const key = named.find(({ name, secret }) => KEY_NAME.test(name) || KEY_NAME.test(secret))
    // `secrets: inherit` hands over every secret, a NuGet key among them only if the call is about
    // pushing to NuGet: its path or an input says so, and no input turns the push off.
    if (!key && !(inherit && pushesToNuget(uses, job.with))) return []
    return [
      {
        ...base,
        shape: 'remote reusable workflow',
        secret: key?.secret ?? 'NUGET_API_KEY',
        via: inherit ? 'secrets: inherit' : `secrets: ${key?.name}`,
        destination: 'unknown'
      }
    ]
  }
  const called = files.find((other) => other.path === uses.slice(2).split('@', 1)[0])
  if (!called || called === file) return []
  const pushes = calledPushes(called, context).filter(
    (push) => push.destination === 'nuget.org' && push.shape !== 'local reusable workflow'
  )
  // Every caller grants the called workflow's token, whether or not it passes the key.
  const [push] = pushes
  if (!push) return []
  const name = named.find((entry) => entry.name === push.secret)
  return [
    {
      ...base,
      shape: 'local reusable workflow',
      secret: name?.secret ?? push.secret,
      via: inherit ? 'secrets: inherit' : name ? `secrets: ${push.secret}` : 'no secret',
      destination: 'nuget.org'
    }
  ]
}

const pushesOfCalled = new WeakMap<WorkflowFile, StoredKeyPush[]>()

/** The pushes of a called workflow, read once however many jobs call it. */
function calledPushes(called: WorkflowFile, context: FindContext): StoredKeyPush[] {
  const known = pushesOfCalled.get(called)
  if (known) return known
  const pushes = findStoredKeyPushes([called], context)
  pushesOfCalled.set(called, pushes)
  return pushes
}

function placeOf(place: StepPlace) {
  return { file: place.file, jobId: place.jobId, stepIndex: place.index }
}

/** How the key word reaches the command: the secret itself, or a variable from some `env:`. */
function viaOf(
  rawKey: Word | undefined,
  implicit: boolean,
  step: RawStep,
  place: StepPlace
): string {
  const variable = implicit
    ? 'NUGET_API_KEY'
    : (rawKey?.find((part) => part.kind === 'variable')?.name ??
      rawKey
        ?.flatMap((part) => (part.kind === 'expression' ? [part.inner] : []))
        .map((inner) => /^env\.([A-Za-z_]\w*)$/.exec(inner)?.[1])
        .find(Boolean))
  if (!variable) return 'the command line'
  const pwsh = shellOf(place.file.data, place.job, step) === 'pwsh'
  const levels: [string, Record<string, unknown> | undefined][] = [
    ["the step's env", step.env],
    ["the job's env", place.job.env],
    ["the workflow's env", place.file.data.env]
  ]
  for (const [label, env] of levels) {
    const name = Object.keys(env ?? {}).find((key) =>
      pwsh ? key.toLowerCase() === variable.toLowerCase() : key === variable
    )
    if (name) return `${label}: ${name}`
  }
  return 'the command line'
}

function secretOfWord(word: Word): string | undefined {
  for (const part of word) {
    if (part.kind !== 'expression') continue
    const [secret] = secretsIn(`\${{ ${part.inner} }}`)
    if (secret) return secret
  }
  return undefined
}

function destinationOfWord(word: Word): Destination {
  const texts = word.flatMap((part) => (part.kind === 'text' ? [part.text] : []))
  if (texts.some((value) => NUGET_ORG.test(value))) return 'nuget.org'
  return literal(word) !== undefined ? 'other' : 'unknown'
}

export function destinationOfText(value: string): Destination {
  if (NUGET_ORG.test(value)) return 'nuget.org'
  return value.includes('${{') || value.includes('$') ? 'unknown' : 'other'
}

/** Where a push without a source goes: the root NuGet.Config's, else setup-dotnet's source-url. */
function defaultDestination(place: StepPlace): {
  destination: Destination
  sourceFrom?: StoredKeyPush['sourceFrom']
} {
  if (place.configSource) {
    return { destination: destinationOfText(place.configSource), sourceFrom: 'NuGet.Config' }
  }
  const setup = place.steps
    .slice(0, place.index)
    .find((step) => /^actions\/setup-dotnet@/i.test(text(step.uses)) && step.with?.['source-url'])
  if (setup) {
    return {
      destination: destinationOfText(text(setup.with?.['source-url'])),
      sourceFrom: 'setup-dotnet'
    }
  }
  return { destination: 'unknown' }
}
