// `dotnet nuget push` and `nuget push` commands in a step's script, with their options read as the
// client reads them.
import type { StepScript } from '../shell/scripts.ts'
import { asString, evaluate } from '../expressions.ts'
import { leadingText, literal, type Command, type Part, type Word } from '../shell/words.ts'
import { DOTNET_PUSH_OPTIONS, NUGET_EXE_OPTIONS } from './options.ts'

/** A word that is one expression, and what it expands to on a first run and on a re-run. */
export interface ConditionalWord {
  word: Word
  firstRun: string
  reRun: string
}

export interface PushCommand {
  tool: 'dotnet' | 'nuget'
  line: number
  /** Option values by canonical name (`--source`, `--api-key`), variables resolved. */
  values: Map<string, Word>
  /** Options given without a value (`--skip-duplicate`), and those set by an expression. */
  flags: Set<string>
  /** Whole-word expressions whose value is known on a first run and on a re-run (`run_attempt`). */
  conditional: ConditionalWord[]
  /** Words that start with `-` but that the client does not know. */
  unknown: string[]
  /** Value options given more than once. */
  repeated: string[]
  /** A value given to an option that takes none (`--no-symbols true`): the client reads a path. */
  strayValues: { option: string; value: string }[]
  /** Whether a word may expand to options the check cannot see (`$ARGS`, `${{ inputs.flags }}`). */
  opaque: boolean
  /** A key or secret given as a bare word, without `--api-key`: the client takes it as a path. */
  bareKey?: string
}

export function pushCommandsIn(script: StepScript): PushCommand[] {
  return script.commands.flatMap((command) => {
    const found = findPush(command)
    return found ? [readPush(found.tool, found.args, command.line, script)] : []
  })
}

function findPush(command: Command): { tool: 'dotnet' | 'nuget'; args: Word[] } | undefined {
  const names = command.words.map((word) => literal(word)?.toLowerCase())
  for (let index = 0; index < names.length; index++) {
    const name = names[index]?.replace(/^.*[\\/]/, '')
    if ((name === 'dotnet' || name === 'dotnet.exe') && names[index + 1] === 'nuget') {
      if (names[index + 2] === 'push') {
        return { tool: 'dotnet', args: command.words.slice(index + 3) }
      }
    }
    if ((name === 'nuget' || name === 'nuget.exe') && names[index + 1] === 'push') {
      return { tool: 'nuget', args: command.words.slice(index + 2) }
    }
  }
  return undefined
}

function readPush(tool: 'dotnet' | 'nuget', args: Word[], line: number, script: StepScript) {
  const push: PushCommand = {
    tool,
    line,
    values: new Map(),
    flags: new Set(),
    conditional: [],
    unknown: [],
    repeated: [],
    strayValues: [],
    opaque: false
  }
  const table = tool === 'dotnet' ? DOTNET_PUSH_OPTIONS : NUGET_EXE_OPTIONS
  for (let index = 0; index < args.length; index++) {
    const word = script.resolve(args[index] as Word)
    const head = leadingText(word)
    const [only] = word
    if (word.length === 1 && only?.kind === 'expression') {
      if (KEY_LIKE.test(only.inner)) {
        push.bareKey = only.inner
        continue
      }
      const attempts = onEveryAttempt(only.inner)
      if (attempts) push.conditional.push({ word, ...attempts })
      else push.opaque = true
      continue
    }
    if (head === '' && word.some((part) => splits(part, script))) push.opaque = true
    if (head === '--' || head === '--%') break
    if (!head.startsWith('-') || head === '-') continue
    const match = /^([^=:]+)([=:])?/.exec(head) as RegExpExecArray
    const name = tool === 'dotnet' ? (match[1] as string) : (match[1] as string).toLowerCase()
    const option = table[name]
    if (!option) {
      if (tool === 'dotnet' && literal(word) !== undefined)
        push.unknown.push(literal(word) as string)
      continue
    }
    if (!option.takesValue) {
      push.flags.add(option.canonical)
      const next = literal(script.resolve(args[index + 1] ?? []))
      if (tool === 'dotnet' && !match[2] && next !== undefined && SWITCH_VALUE.test(next)) {
        push.strayValues.push({ option: head, value: next })
      }
      continue
    }
    const value: Word = match[2]
      ? [{ kind: 'text', text: head.slice(match[0].length) }, ...word.slice(textPartsIn(word))]
      : script.resolve(args[++index] ?? [])
    if (push.values.has(option.canonical)) push.repeated.push(option.canonical)
    push.values.set(option.canonical, value)
  }
  return push
}

/**
 * A word meant as an option's value, never a package's path: `dotnet nuget push` still takes it as
 * one (checked with SDK 10.0.401: "File does not exist (true)." and exit code 1).
 */
const SWITCH_VALUE = /^(true|false|yes|no|on|off|\d+)$/i

/** An expression that holds a key, never options: a step's NUGET_API_KEY output or a secret. */
const KEY_LIKE = /^(steps\.[\w-]+\.outputs\.NUGET_API_KEY|secrets\.[\w-]+)$/

/** What a whole-word expression expands to on a first run and on a re-run, when both are known. */
function onEveryAttempt(inner: string): { firstRun: string; reRun: string } | undefined {
  const [firstRun, reRun] = [1, 2].map((attempt) =>
    asString(evaluate(inner, { github: { run_attempt: attempt } }))
  )
  return firstRun === undefined || reRun === undefined ? undefined : { firstRun, reRun }
}

/** An unquoted variable or substitution, which bash may split into options; a loop's paths aside. */
function splits(part: Part, script: StepScript): boolean {
  if (part.kind === 'dynamic') return part.split === true
  return part.kind === 'variable' && part.split === true && !script.isLoopVariable(part.name)
}

/** How many leading parts of a word are text. */
function textPartsIn(word: Word): number {
  const index = word.findIndex((part) => part.kind !== 'text')
  return index < 0 ? word.length : index
}
