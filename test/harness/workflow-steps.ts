// Reads the workflows the README shows, and runs one of their `run:` steps as the runner would.
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import { parse } from 'yaml'
import { documentationPages, yamlBlocks } from '../../scripts/actionlint.ts'
import { ROOT } from './run-action.ts'

export interface WorkflowStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  shell?: string
  env?: Record<string, string>
  with?: Record<string, string>
}

export interface Workflow {
  jobs: Record<string, { 'runs-on'?: string; steps?: WorkflowStep[] }>
}

/** Every ```yaml block of the README and of docs/, parsed, with its text. */
export async function readmeWorkflows(): Promise<{ text: string; workflow: Workflow }[]> {
  return documentationPages(ROOT).flatMap((page) =>
    yamlBlocks(page.text).map(({ text }) => ({ text, workflow: parse(text) as Workflow }))
  )
}

export function allSteps(workflow: Workflow): WorkflowStep[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? [])
}

/**
 * Replaces each `${{ ... }}` with its value, evaluated as GitHub Actions does (@actions/expressions)
 * against `context`, given as dotted paths (`github.run_attempt`, `steps.login.outputs.X`). A path
 * the context lacks is an error, so the README cannot use one the test does not know.
 */
export function evaluate(text: string, context: Record<string, string>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    for (const [path] of expression.matchAll(
      /\b(?:github|steps|env|vars|secrets|inputs)\.[\w.-]+/g
    )) {
      if (!(path in context)) throw new Error(`unknown value in a README expression: ${path}`)
    }
    const tokens = new Lexer(expression).lex().tokens
    const parsed = new Parser(tokens, [...new Set(Object.keys(context).map(top))], []).parse()
    return new Evaluator(parsed, nested(context)).evaluate().coerceString()
  })
}

const top = (path: string) => path.split('.')[0] as string

/** `{'a.b': 'x'}` as the evaluator's nested dictionaries. */
function nested(context: Record<string, string>): data.Dictionary {
  const root = new data.Dictionary()
  for (const [path, value] of Object.entries(context)) {
    const names = path.split('.')
    let dictionary = root
    for (const name of names.slice(0, -1)) {
      const next = dictionary.get(name)
      if (next instanceof data.Dictionary) dictionary = next
      else dictionary.add(name, (dictionary = new data.Dictionary()))
    }
    dictionary.add(names.at(-1) as string, new data.StringData(value))
  }
  return root
}

export interface StepRun {
  exitCode: number | null
  output: string
}

/** Runs a `run:` script in bash or pwsh as the runner invokes them, with the step's own env. */
export async function runScript(
  script: string,
  shell: 'bash' | 'pwsh',
  options: { cwd: string; env: Record<string, string | undefined> }
): Promise<StepRun> {
  const dir = await mkdtemp(join(tmpdir(), 'nuget-login-step-'))
  const file = join(dir, shell === 'bash' ? 'step.sh' : 'step.ps1')
  await writeFile(file, script)
  const [command, args] =
    shell === 'bash'
      ? ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', file]]
      : ['pwsh', ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command', `. '${file}'`]]
  try {
    return await new Promise<StepRun>((resolve, reject) => {
      const child = spawn(command, args, {
        cwd: options.cwd,
        env: options.env,
        stdio: ['ignore', 'pipe', 'pipe']
      })
      let output = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
      child.on('error', reject)
      child.on('close', (exitCode) => resolve({ exitCode, output }))
    })
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
