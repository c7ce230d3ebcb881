// The pushes of a login job, read from its scripts, and what each one sends where.
import { pushCommandsIn, type PushCommand } from '../push/push-command.ts'
import { readStepScript, type StepScript } from '../shell/scripts.ts'
import type { Word } from '../shell/words.ts'
import { literal } from '../shell/words.ts'
import { exportsKey, isLoginStep, KEY_OUTPUT, text } from '../model.ts'
import type { RawStep } from '../reading/workflow-file.ts'
import type { LoginJob } from './context.ts'

export interface Push {
  step: RawStep
  index: number
  script: StepScript
  command: PushCommand
}

/** A step that may run `dotnet nuget push` or `nuget push`; only these are parsed. */
export const MENTIONS_PUSH = /nuget(?:\.exe)?["']?\s+(?:\\\s*)?push\b/i

const pushesByJob = new WeakMap<LoginJob, Push[]>()

export function pushesOf(loginJob: LoginJob): Push[] {
  const known = pushesByJob.get(loginJob)
  if (known) return known
  const { file, job, steps, tools } = loginJob
  const pushes = steps.flatMap((step, index) => {
    if (!MENTIONS_PUSH.test(text(step.run))) return []
    const script = readStepScript(file.data, job, step, tools.bash, tools.needs)
    if (!script) return []
    return pushCommandsIn(script).map((command) => ({ step, index, script, command }))
  })
  pushesByJob.set(loginJob, pushes)
  return pushes
}

/** Where a push goes: nuget.org, no `--source` at all, another feed, or a value the run decides. */
export function destination(push: Push): 'nuget.org' | 'none' | 'other' | 'unknown' {
  const source = push.command.values.get('--source')
  if (!source) return 'none'
  const texts = source.flatMap((part) => (part.kind === 'text' ? [part.text] : []))
  if (texts.some((value) => /nuget\.org/i.test(value))) return 'nuget.org'
  return literal(source) !== undefined ? 'other' : 'unknown'
}

export type KeySource =
  | { kind: 'login' }
  | { kind: 'other-step'; id: string }
  | { kind: 'secret'; name: string }
  | { kind: 'unset-variable'; name: string }
  | { kind: 'empty' }
  | { kind: 'absent' }
  | { kind: 'environment' }
  | { kind: 'unknown' }

const OUTPUT = new RegExp(`^steps\\.([\\w-]+)\\.outputs\\.${KEY_OUTPUT}$`)
const SECRET = /\bsecrets\.([\w-]+)/

/** Where the key of a push comes from, as far as the workflow says. */
export function keySource(loginJob: LoginJob, push: Push, setByEarlierStep: boolean): KeySource {
  const key = push.command.values.get('--api-key')
  if (!key) {
    if (push.script.isSet(KEY_OUTPUT) || exportsKey(loginJob.login) !== false) {
      return { kind: 'environment' }
    }
    return setByEarlierStep ? { kind: 'unknown' } : { kind: 'absent' }
  }
  return keyWord(loginJob, push, key, setByEarlierStep)
}

function keyWord(loginJob: LoginJob, push: Push, key: Word, setEarlier: boolean): KeySource {
  if (key.length === 0 || literal(key) === '') return { kind: 'empty' }
  for (const part of key) {
    if (part.kind === 'expression') {
      const output = OUTPUT.exec(part.inner)
      if (output) {
        const id = output[1] as string
        const fromLogin = id === text(loginJob.login.id) || loginJob.keyStepIds?.includes(id)
        return fromLogin ? { kind: 'login' } : { kind: 'other-step', id }
      }
      const secret = SECRET.exec(part.inner)
      if (secret) return { kind: 'secret', name: secret[1] as string }
      return { kind: 'unknown' }
    }
    if (part.kind === 'variable') {
      if (part.name === KEY_OUTPUT && exportsKey(loginJob.login) !== false) return { kind: 'login' }
      if (push.script.isSet(part.name) || setEarlier || !/^[A-Za-z_]\w*$/.test(part.name)) {
        return { kind: 'unknown' }
      }
      return { kind: 'unset-variable', name: part.name }
    }
    if (part.kind === 'dynamic') return { kind: 'unknown' }
  }
  return { kind: 'unknown' }
}

/** Actions known to export no variable a push could read as its key, besides the login actions. */
const QUIET_ACTIONS =
  /^actions\/(checkout|setup-dotnet|download-artifact|upload-artifact|cache|setup-node)@/i

/**
 * Whether an earlier step of the job may set variables for later ones: a script writing
 * `$GITHUB_ENV`, or an action (which may export any variable, as secret loaders do).
 */
export function writesEnvironmentBefore(steps: RawStep[], index: number): boolean {
  return steps
    .slice(0, index)
    .some(
      (step) =>
        /GITHUB_ENV/.test(text(step.run)) ||
        (text(step.uses) !== '' && !QUIET_ACTIONS.test(text(step.uses)) && !isLoginStep(step))
    )
}
