// The commands of a `run:` step, read by the shell that runs it, with variables resolved from the
// script's own assignments and the step's, job's and workflow's `env:`.
import { text } from '../model.ts'
import type { RawJob, RawStep, RawWorkflow } from '../reading/workflow-file.ts'
import { parsePwsh } from './pwsh.ts'
import { readSimpleBash } from './simple-bash.ts'
import type { Command, Part, Script, ShellParser, Word } from './words.ts'
import { hideExpressions, restoreExpressions } from './words.ts'

export interface StepScript {
  commands: Command[]
  /** The step's words with every variable the workflow or script sets replaced by its value. */
  resolve(word: Word): Word
  /** Whether a variable is set for the step: by `env:`, by the script, or by the login's export. */
  isSet(name: string): boolean
  /** Whether a variable is a `for` loop's. */
  isLoopVariable(name: string): boolean
}

export type Shell = 'bash' | 'pwsh'

/** The shell GitHub runs a step with: its own `shell:`, the defaults, else by the runner's OS. */
export function shellOf(workflow: RawWorkflow, job: RawJob, step: RawStep): Shell {
  const defaults = (value: unknown) =>
    text((value as { run?: { shell?: unknown } } | undefined)?.run?.shell)
  const named = text(step.shell) || defaults(job.defaults) || defaults(workflow.defaults)
  if (named) return /^(pwsh|powershell|cmd)\b/i.test(named) ? 'pwsh' : 'bash'
  return /windows/i.test(JSON.stringify(job['runs-on'] ?? '')) ? 'pwsh' : 'bash'
}

export function readStepScript(
  workflow: RawWorkflow,
  job: RawJob,
  step: RawStep,
  bash: ShellParser | undefined,
  needs?: Set<'bash'>
): StepScript | undefined {
  const source = text(step.run)
  if (!source) return undefined
  const pwsh = shellOf(workflow, job, step) === 'pwsh'
  let script: Script | undefined
  try {
    script = pwsh ? parsePwsh(source) : (readSimpleBash(source) ?? bash?.(source))
  } catch {
    return undefined
  }
  if (!script) {
    needs?.add('bash')
    return undefined
  }
  // PowerShell's variables, and Windows' environment, ignore case.
  const key = (name: string) => (pwsh ? name.toLowerCase() : name)
  const env = new Map<string, Word>()
  for (const block of [workflow, job, step]) {
    for (const [name, word] of envWords(block.env)) env.set(key(name), word)
  }
  const { loopVariables, commands } = script
  const assignments = new Map([...script.assignments].map(([name, word]) => [key(name), word]))
  const lookup = (name: string) => assignments.get(key(name)) ?? env.get(key(name))
  const resolve = (word: Word, depth = 0): Word =>
    word.flatMap((part): Part[] => {
      if (depth > 4) return [part]
      // `${{ env.NAME }}` is the env: value GitHub substitutes before the shell starts.
      const fromEnv =
        part.kind === 'expression' ? /^env\.([A-Za-z_]\w*)$/.exec(part.inner)?.[1] : undefined
      const value =
        part.kind === 'variable' ? lookup(part.name) : fromEnv ? env.get(key(fromEnv)) : undefined
      return value ? resolve(value, depth + 1) : [part]
    })
  return {
    commands,
    resolve: (word) => resolve(word),
    isSet: (name) => lookup(name) !== undefined,
    isLoopVariable: (name) => loopVariables?.has(name) ?? false
  }
}

/** Each `env:` block's values as words, read once however many steps see the block. */
const ENV_WORDS = new WeakMap<object, [string, Word][]>()

function envWords(env: unknown): [string, Word][] {
  if (!env || typeof env !== 'object') return []
  let words = ENV_WORDS.get(env)
  if (!words) {
    words = Object.entries(env).map(([name, value]) => [name, envWord(value)])
    ENV_WORDS.set(env, words)
  }
  return words
}

function envWord(value: unknown): Word {
  const { text: hidden, expressions } = hideExpressions(text(value))
  return restoreExpressions(hidden, expressions)
}
