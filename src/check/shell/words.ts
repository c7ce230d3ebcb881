// A shell command as the check sees it: words made of literal text, `${{ }}` expressions (which
// GitHub substitutes before the shell starts), variables and parts only the run can know.
import { expressionsIn } from '../expressions.ts'

/** `split`: unquoted in bash, so the shell may split its value into several words (options too). */
export type Part =
  | { kind: 'text'; text: string }
  | { kind: 'expression'; inner: string }
  | { kind: 'variable'; name: string; split?: boolean }
  | { kind: 'dynamic'; split?: boolean }

export type Word = Part[]

export interface Command {
  words: Word[]
  /** The line of the script (1-based) where the command starts. */
  line: number
}

export interface Script {
  commands: Command[]
  /** Variables the script itself assigns (`NAME=value`, `export NAME=value`, `$NAME = 'value'`). */
  assignments: Map<string, Word>
  /** Variables a `for` loop sets to each of its words (package paths, usually). */
  loopVariables?: Set<string>
}

export type ShellParser = (script: string) => Script

const PLACEHOLDER = /__GHX(\d+)__/g

/** Replaces each `${{ }}` with a placeholder the shell reads as plain text, as GitHub substitutes it. */
export function hideExpressions(script: string): { text: string; expressions: string[] } {
  const expressions: string[] = []
  const pieces: string[] = []
  let last = 0
  for (const { start, end, inner } of expressionsIn(script)) {
    pieces.push(script.slice(last, start), `__GHX${expressions.length}__`)
    expressions.push(inner)
    last = end
  }
  pieces.push(script.slice(last))
  return { text: pieces.join(''), expressions }
}

/** Text parts back into text and expression parts. */
export function restoreExpressions(text: string, expressions: string[]): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) })
    parts.push({ kind: 'expression', inner: expressions[Number(match[1])] ?? '' })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) })
  return parts
}

/** The literal text of a word, if it has nothing but text. */
export function literal(word: Word | undefined): string | undefined {
  if (!word || word.some((part) => part.kind !== 'text')) return undefined
  return word.map((part) => (part as { text: string }).text).join('')
}

/** The text a word starts with, up to its first part that is not text. */
export function leadingText(word: Word): string {
  let text = ''
  for (const part of word) {
    if (part.kind !== 'text') break
    text += part.text
  }
  return text
}

/**
 * A script's logical lines: a physical line that `continuedAt` says is continued (the index where
 * its continuation mark starts, or -1) is joined to the next one with a space, the mark dropped.
 * `start` is the 1-based line where each logical line begins.
 */
export function logicalLines(
  text: string,
  continuedAt: (line: string) => number
): { start: number; line: string }[] {
  const lines = text.split(/\r?\n/)
  const logical: { start: number; line: string }[] = []
  for (let index = 0; index < lines.length; index++) {
    const start = index + 1
    const pieces: string[] = []
    let line = lines[index] as string
    let mark = continuedAt(line)
    while (mark >= 0 && index + 1 < lines.length) {
      pieces.push(line.slice(0, mark), ' ')
      line = lines[++index] as string
      mark = continuedAt(line)
    }
    pieces.push(line)
    logical.push({ start, line: pieces.join('') })
  }
  return logical
}
