// PowerShell (and cmd) scripts: no parser library for PowerShell runs in Node, so this is a
// pragmatic tokenizer: backtick line continuations, `;`, `|` and braces end a command, single
// quotes are literal, double quotes expand `$env:NAME` and `$name`, and `$(...)` is left to the run.
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, logicalLines, restoreExpressions } from './words.ts'

const VARIABLE = /^\$(?:env:)?([A-Za-z_][\w]*)/i
const ASSIGNMENT = /^\$(?:env:)?([A-Za-z_]\w*)\s*=\s*(.+)$/i

export function parsePwsh(script: string): Script {
  const { text, expressions } = hideExpressions(script)
  const commands: Command[] = []
  const assignments = new Map<string, Word>()
  for (const { start, line } of logicalLines(text, /[`^]\s*$/)) {
    for (const piece of splitStatements(line.replace(/(^|\s)#.*$/, ''))) {
      const assignment = ASSIGNMENT.exec(piece.trim())
      if (assignment) {
        assignments.set(
          assignment[1] as string,
          tokenize(assignment[2] as string, expressions)[0] ?? []
        )
        continue
      }
      const words = tokenize(piece, expressions).filter((word) => word.length > 0)
      if (words.length > 0) commands.push({ words, line: start })
    }
  }
  return { commands, assignments }
}

function splitStatements(line: string): string[] {
  const pieces: string[] = []
  let current = ''
  let quote = ''
  for (const char of line) {
    if (quote) {
      if (char === quote) quote = ''
      current += char
    } else if (char === '"' || char === "'") {
      quote = char
      current += char
    } else if (';|{}&'.includes(char)) {
      pieces.push(current)
      current = ''
    } else current += char
  }
  pieces.push(current)
  return pieces
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
    } else if (char === "'") {
      const end = text.indexOf("'", index + 1)
      const stop = end < 0 ? text.length : end
      pushText(text.slice(index + 1, stop))
      if (stop === index + 1) word.push({ kind: 'text', text: '' })
      index = stop + 1
    } else if (char === '"') {
      const end = text.indexOf('"', index + 1)
      const stop = end < 0 ? text.length : end
      word.push(...expand(text.slice(index + 1, stop), expressions))
      if (stop === index + 1) word.push({ kind: 'text', text: '' })
      index = stop + 1
    } else if (char === '$') {
      const rest = text.slice(index)
      const variable = VARIABLE.exec(rest)
      if (variable) {
        word.push({ kind: 'variable', name: variable[1] as string })
        index += variable[0].length
      } else {
        word.push({ kind: 'dynamic' })
        index += skipGroup(rest)
      }
    } else {
      const run = /^[^\s'"$]+/.exec(text.slice(index))?.[0] ?? char
      pushText(run)
      index += run.length
    }
  }
  if (word.length > 0) words.push(word)
  return words
}

function expand(text: string, expressions: string[]): Part[] {
  const parts: Part[] = []
  let rest = text
  while (rest.length > 0) {
    const dollar = rest.indexOf('$')
    if (dollar < 0) {
      parts.push(...restoreExpressions(rest, expressions))
      break
    }
    if (dollar > 0) parts.push(...restoreExpressions(rest.slice(0, dollar), expressions))
    rest = rest.slice(dollar)
    const variable = VARIABLE.exec(rest)
    if (variable) {
      parts.push({ kind: 'variable', name: variable[1] as string })
      rest = rest.slice(variable[0].length)
    } else {
      parts.push({ kind: 'dynamic' })
      rest = rest.slice(skipGroup(rest))
    }
  }
  return parts
}

/** The length of `$(...)` or `${...}` at the start of a text, or 1 for a lone `$`. */
function skipGroup(text: string): number {
  const open = text[1]
  const close = open === '(' ? ')' : open === '{' ? '}' : undefined
  if (!close) return 1
  const end = text.indexOf(close, 2)
  return end < 0 ? text.length : end + 1
}
