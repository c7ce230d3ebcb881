import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The actions of this repository: the login at the root, the workflow check in check/. */
export type ActionName = 'login' | 'check'
const ACTION_DIRS: Record<ActionName, string> = { login: ROOT, check: join(ROOT, 'check') }
export const bundleOf = (action: ActionName = 'login') =>
  action === 'check' && process.env.NUGET_LOGIN_CHECK_BUNDLE
    ? // Another build of the check, such as a release's, to show what a test finds in it.
      process.env.NUGET_LOGIN_CHECK_BUNDLE
    : join(ACTION_DIRS[action], 'dist', 'index.js')
export const BUNDLE = bundleOf('login')

export interface RunOptions {
  /** Which action to run; the login unless said. */
  action?: ActionName
  /** Inputs as a workflow's `with:` gives them; action.yml defaults fill the rest. */
  inputs?: Record<string, string>
  /** Variables the runner would set, such as ACTIONS_ID_TOKEN_REQUEST_URL. */
  env?: Record<string, string | undefined>
  /** The webhook payload GITHUB_EVENT_PATH points at. */
  event?: unknown
  /** Kill the process after this long; the run then reports `timedOut`. */
  killAfterMs?: number
  /** Node options for the child, before the script. */
  nodeArgs?: string[]
  /** Another bundle to run in the action's place (the benchmark's other logins); inputs as for it. */
  bundle?: string
  /** The most files the child may hold open at once (set with prlimit). */
  openFileLimit?: number
}

export interface RunResult {
  exitCode: number | null
  timedOut: boolean
  stdout: string
  stderr: string
  outputs: Record<string, string>
  /** What the step exported to the environment of later steps (GITHUB_ENV). */
  env: Record<string, string>
  summary: string
  durationMs: number
}

interface ActionMetadata {
  inputs: Record<string, { default?: string; required?: boolean; description: string }>
  outputs: Record<string, { description: string }>
}

export async function readActionMetadata(action: ActionName = 'login'): Promise<ActionMetadata> {
  return parse(await readFile(join(ACTION_DIRS[action], 'action.yml'), 'utf8')) as ActionMetadata
}

/** The INPUT_* variables the runner sets: action.yml defaults, then the step's `with:`. */
export async function inputVariables(
  inputs: Record<string, string>,
  action: ActionName = 'login'
): Promise<Record<string, string>> {
  const metadata = await readActionMetadata(action)
  const values: Record<string, string> = {}
  for (const [name, input] of Object.entries(metadata.inputs)) {
    if (input.default !== undefined) values[name] = String(input.default)
  }
  Object.assign(values, inputs)
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      `INPUT_${name.replace(/ /g, '_').toUpperCase()}`,
      value
    ])
  )
}

/** Variables of the machine running the tests that must not leak into the action's run. */
const RUNNER_VARIABLE =
  /^(INPUT_|GITHUB_|ACTIONS_|RUNNER_|HTTPS?_PROXY$|NO_PROXY$|https?_proxy$|no_proxy$)/

/** Runs the committed bundle in a child process the way the runner runs a node24 action. */
export async function runAction(options: RunOptions = {}): Promise<RunResult> {
  const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-run-'))
  const files = {
    GITHUB_OUTPUT: join(workspace, 'output'),
    GITHUB_STEP_SUMMARY: join(workspace, 'summary'),
    GITHUB_STATE: join(workspace, 'state'),
    GITHUB_ENV: join(workspace, 'env'),
    GITHUB_PATH: join(workspace, 'path'),
    GITHUB_EVENT_PATH: join(workspace, 'event.json')
  }
  try {
    for (const file of Object.values(files)) await writeFile(file, '')
    await writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(options.event ?? {}))
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !RUNNER_VARIABLE.test(name))
    )
    const env = {
      ...inherited,
      ...files,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'contoso/widgets',
      GITHUB_WORKFLOW_REF: 'contoso/widgets/.github/workflows/release.yml@refs/tags/v1.2.3',
      RUNNER_TEMP: workspace,
      ...(await inputVariables(options.inputs ?? {}, options.action)),
      ...options.env
    }
    const run = await spawnNode(
      [...(options.nodeArgs ?? []), options.bundle ?? bundleOf(options.action)],
      withoutUndefined(env),
      options.killAfterMs ?? 120_000,
      options.openFileLimit ? ['prlimit', `--nofile=${options.openFileLimit}`, '--'] : []
    )
    return {
      ...run,
      outputs: parseFileCommand(await readFile(files.GITHUB_OUTPUT, 'utf8')),
      env: parseFileCommand(await readFile(files.GITHUB_ENV, 'utf8')),
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8')
    }
  } finally {
    await rm(workspace, { recursive: true, force: true })
  }
}

function withoutUndefined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
}

/** Runs Node with `args` (through `wrapper`, a command such as prlimit) and times it to exit. */
export function spawnNode(
  args: string[],
  env: Record<string, string>,
  killAfterMs: number,
  wrapper: string[] = []
) {
  return new Promise<Omit<RunResult, 'outputs' | 'env' | 'summary'>>((resolve, reject) => {
    const started = performance.now()
    const [command, ...rest] = [...wrapper, process.execPath, ...args] as [string, ...string[]]
    const child = spawn(command, rest, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, killAfterMs)
    child.on('error', reject)
    child.on('close', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, timedOut, stdout, stderr, durationMs: performance.now() - started })
    })
  })
}

/** Reads `name<<delimiter` blocks, as the runner does with GITHUB_OUTPUT. */
export function parseFileCommand(content: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = content.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i] ?? '')
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const end = lines.indexOf(delimiter, i + 1)
      if (end === -1) throw new Error(`unterminated value for ${name} in a file command`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i]?.includes('=')) {
      const line = lines[i] as string
      values[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return values
}

/** The log as the runner shows it: add-mask commands consumed, every secret replaced by ***. */
export function maskedLog(text: string): string {
  const secrets = [...text.matchAll(/^::add-mask::(.*)$/gm)].map((match) => match[1] as string)
  let log = text.replace(/^::add-mask::.*\n?/gm, '')
  for (const secret of secrets.filter(Boolean)) log = log.split(secret).join('***')
  return log
}
