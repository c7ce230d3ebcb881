// PowerShell (and cmd) scripts: no parser library for PowerShell runs in Node, so this is a
// pragmatic tokenizer: backtick line continuations, `;`, `|` and braces end a command, single
// quotes are literal, double quotes expand `$env:NAME` and `$name`, and `$(...)` is left to the run.
// Every reader here moves forward through the text once: sticky patterns read at a position and
// never rescan the rest of the line.
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, logicalLines, restoreExpressions } from './words.ts'

const VARIABLE = /\$(?:env:)?([A-Za-z_]\w*)/iy
const PLAIN_RUN = /[^\s'"$]+/y
const ASSIGNED = /\$(?:env:)?([A-Za-z_]\w*)[ \t]*=[ \t]*/iy

export function parsePwsh(script: string): Script {
  const { text, expressions } = hideExpressions(script)
  const commands: Command[] = []
  const assignments = new Map<string, Word>()
  for (const { start, line } of logicalLines(text, continuedAt)) {
    for (const piece of splitStatements(withoutComment(line))) {
      const assignment = assignmentOf(piece.trim())
      if (assignment) {
        assignments.set(assignment.name, tokenize(assignment.value, expressions)[0] ?? [])
        continue
      }
      const words = tokenize(piece, expressions).filter((word) => word.length > 0)
      if (words.length > 0) commands.push({ words, line: start })
    }
  }
  return { commands, assignments }
}

/** Where a line's continuation mark (a final backtick, or cmd's `^`) starts, or -1. */
function continuedAt(line: string): number {
  const trimmed = line.trimEnd()
  const last = trimmed.at(-1)
  return last === '`' || last === '^' ? trimmed.length - 1 : -1
}

/** The line up to a `#` at its start or after white space. */
function withoutComment(line: string): string {
  for (let index = line.indexOf('#'); index >= 0; index = line.indexOf('#', index + 1)) {
    if (index === 0 || /\s/.test(line[index - 1] as string)) return line.slice(0, index)
  }
  return line
}

/** `$name = value`: the name and the value's text, when a statement is an assignment. */
function assignmentOf(statement: string): { name: string; value: string } | undefined {
  ASSIGNED.lastIndex = 0
  const match = ASSIGNED.exec(statement)
  if (!match) return undefined
  const value = statement.slice(ASSIGNED.lastIndex)
  return value === '' ? undefined : { name: match[1] as string, value }
}

function splitStatements(line: string): string[] {
  const pieces: string[] = []
  let current: string[] = []
  let quote = ''
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = ''
      current.push(char)
    } else if (char === '"' || char === "'") {
      quote = char
      current.push(char)
    } else if (';|{}&'.includes(char)) {
      pieces.push(current.join(''))
      current = []
    } else current.push(char)
  }
  pieces.push(current.join(''))
  return pieces
}

/** The match of a sticky pattern at `index`, or undefined. */
function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | undefined {
  pattern.lastIndex = index
  return pattern.exec(text) ?? undefined
}

function tokenize(text: string, expressions: string[]): Word[] {
  const words: Word[] = []
  let word: Part[] = []
  let index = 0
  const pushText = (value: string) => word.push(...restoreExpressions(value, expressions))
  while (index < text.length) {
    const char = text[index] as string
    if (/\s/.test(char)) {
      if (word.length > 0) words.push(word)
      word = []
      index++
    } else if (char === "'" || char === '"') {
      const end = text.indexOf(char, index + 1)
      const stop = end < 0 ? text.length : end
      const inside = text.slice(index + 1, stop)
      if (char === "'") pushText(inside)
      else word.push(...expand(inside, expressions))
      if (stop === index + 1) word.push({ kind: 'text', text: '' })
      index = stop + 1
    } else if (char === '$') {
      const variable = matchAt(VARIABLE, text, index)
      if (variable) {
        word.push({ kind: 'variable', name: variable[1] as string })
        index += variable[0].length
      } else {
        word.push({ kind: 'dynamic' })
        index = groupEnd(text, index)
      }
    } else {
      const run = matchAt(PLAIN_RUN, text, index)?.[0] ?? char
      pushText(run)
      index += run.length
    }
  }
  if (word.length > 0) words.push(word)
  return words
}

function expand(text: string, expressions: string[]): Part[] {
  const parts: Part[] = []
  let index = 0
  while (index < text.length) {
    const dollar = text.indexOf('$', index)
    if (dollar < 0) {
      parts.push(...restoreExpressions(text.slice(index), expressions))
      break
    }
    if (dollar > index) parts.push(...restoreExpressions(text.slice(index, dollar), expressions))
    const variable = matchAt(VARIABLE, text, dollar)
    if (variable) {
      parts.push({ kind: 'variable', name: variable[1] as string })
      index = dollar + variable[0].length
    } else {
      parts.push({ kind: 'dynamic' })
      index = groupEnd(text, dollar)
    }
  }
  return parts
}

/** Where `$(...)` or `${...}` at `index` ends, or the next index for a lone `$`. */
function groupEnd(text: string, index: number): number {
  const open = text[index + 1]
  const close = open === '(' ? ')' : open === '{' ? '}' : undefined
  if (!close) return index + 1
  const end = text.indexOf(close, index + 2)
  return end < 0 ? text.length : end + 1
}
