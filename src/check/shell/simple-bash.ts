// Bash scripts simple enough to read without a parser: commands one per line (a trailing `\`
// joins lines), words of plain text, 'single' and "double" quotes and $NAME / ${NAME}, and nothing
// else: no `;`, pipes, redirections, substitutions, escapes, comments or keywords. Everything
// else goes to mvdan/sh; this only spares loading it (tens of milliseconds) for the common
// one-line push. Both readers give the same commands for such a script (tested). Each line is read
// in one pass, character by character: no regular expression backtracks over a stranger's text.
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, logicalLines, restoreExpressions } from './words.ts'

const KEYWORD =
  /^(for|if|while|until|case|function|select|do|done|then|fi|else|elif|esac|time|coproc)\b/
const ASSIGNMENT = /^(?:export[ \t]+)?([A-Za-z_]\w*)=(\S*)$/
const ASSIGNMENT_START = /^[A-Za-z_]\w*=/
/** Characters that end plain text outside quotes and make a line more than simple. */
const SPECIAL = new Set([...'\'"`\\;|&<>(){}#$'])

/** The script's commands, or undefined when it is not simple. */
export function readSimpleBash(script: string): Script | undefined {
  const { text, expressions } = hideExpressions(script)
  const commands: Command[] = []
  const assignments = new Map<string, Word>()
  const continued = (line: string) => (line.endsWith('\\') ? line.length - 1 : -1)
  for (const { start, line } of logicalLines(text, continued)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (KEYWORD.test(trimmed)) return undefined
    const words = scanLine(trimmed, expressions)
    if (!words) return undefined
    const assignment = ASSIGNMENT.exec(trimmed)
    if (assignment) {
      const value = scanLine(assignment[2] as string, expressions)
      assignments.set(assignment[1] as string, value?.[0] ?? [])
      continue
    }
    if (ASSIGNMENT_START.test(trimmed)) return undefined
    commands.push({ words, line: start })
  }
  return { commands, assignments }
}

/** The words of one line, or undefined when it holds anything but plain words. */
function scanLine(line: string, expressions: string[]): Word[] | undefined {
  const words: Word[] = []
  let word: Part[] | undefined
  let pending = ''
  const flush = () => {
    if (pending !== '') (word ??= []).push(...restoreExpressions(pending, expressions))
    pending = ''
  }
  let index = 0
  while (index < line.length) {
    const char = line[index] as string
    if (char === ' ' || char === '\t') {
      flush()
      if (word) words.push(word)
      word = undefined
      index++
    } else if (char === "'") {
      flush()
      word ??= []
      const end = line.indexOf("'", index + 1)
      if (end < 0) return undefined
      pending = line.slice(index + 1, end)
      flush()
      index = end + 1
    } else if (char === '"') {
      flush()
      word ??= []
      const end = scanDoubleQuoted(line, index + 1, word, expressions)
      if (end < 0) return undefined
      index = end + 1
    } else if (char === '$') {
      const variable = variableAt(line, index)
      if (!variable) return undefined
      flush()
      ;(word ??= []).push({ kind: 'variable', name: variable.name, split: true })
      index = variable.end
    } else if (SPECIAL.has(char) || /\s/.test(char)) {
      return undefined
    } else {
      pending += char
      index++
    }
  }
  flush()
  if (word) words.push(word)
  return words
}

/** Reads a double-quoted text from `from` into `word`; the index of its closing quote, or -1. */
function scanDoubleQuoted(line: string, from: number, word: Part[], expressions: string[]) {
  let pending = ''
  const flush = () => {
    if (pending !== '') word.push(...restoreExpressions(pending, expressions))
    pending = ''
  }
  let index = from
  while (index < line.length) {
    const char = line[index] as string
    if (char === '"') {
      flush()
      return index
    }
    if (char === '`' || char === '\\') return -1
    if (char === '$') {
      const variable = variableAt(line, index)
      if (!variable) return -1
      flush()
      word.push({ kind: 'variable', name: variable.name, split: false })
      index = variable.end
    } else {
      pending += char
      index++
    }
  }
  return -1
}

/** `$NAME` or `${NAME}` at `index`: the name and where it ends; undefined for anything else. */
function variableAt(line: string, index: number): { name: string; end: number } | undefined {
  const braced = line[index + 1] === '{'
  const nameStart = index + (braced ? 2 : 1)
  let end = nameStart
  if (!isNameStart(line[end])) return undefined
  while (end < line.length && isNameChar(line[end])) end++
  const name = line.slice(nameStart, end)
  if (!braced) return { name, end }
  return line[end] === '}' ? { name, end: end + 1 } : undefined
}

const isNameStart = (char: string | undefined) =>
  char !== undefined &&
  ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_')
const isNameChar = (char: string | undefined) =>
  isNameStart(char) || (char !== undefined && char >= '0' && char <= '9')
