// Bash scripts simple enough to read without a parser: commands one per line (a trailing `\`
// joins lines), words of plain text, 'single' and "double" quotes and $NAME / ${NAME}, and nothing
// else: no `;`, pipes, redirections, substitutions, escapes, comments or keywords. Everything
// else goes to mvdan/sh; this only spares loading it (tens of milliseconds) for the common
// one-line push. Both readers give the same commands for such a script (tested).
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, logicalLines, restoreExpressions } from './words.ts'

const KEYWORD =
  /^(for|if|while|until|case|function|select|do|done|then|fi|else|elif|esac|time|coproc)\b/
/** One line, as plain words: what a simple line may hold. */
const SIMPLE_LINE =
  /^(?:[^\s'"`\\;|&<>(){}#$]|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\}|'[^']*'|"(?:[^"`\\$]|\$[A-Za-z_]\w*|\$\{[A-Za-z_]\w*\})*"|[ \t])*$/
const ASSIGNMENT = /^(?:export\s+)?([A-Za-z_]\w*)=(\S*)$/

/** The script's commands, or undefined when it is not simple. */
export function readSimpleBash(script: string): Script | undefined {
  const { text, expressions } = hideExpressions(script)
  const commands: Command[] = []
  const assignments = new Map<string, Word>()
  for (const { start, line } of logicalLines(text, /\\$/)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (KEYWORD.test(trimmed) || !SIMPLE_LINE.test(trimmed)) return undefined
    const assignment = ASSIGNMENT.exec(trimmed)
    if (assignment) {
      assignments.set(
        assignment[1] as string,
        wordsOf(assignment[2] as string, expressions)[0] ?? []
      )
      continue
    }
    if (/^[A-Za-z_]\w*=/.test(trimmed)) return undefined
    commands.push({ words: wordsOf(trimmed, expressions), line: start })
  }
  return { commands, assignments }
}

function wordsOf(line: string, expressions: string[]): Word[] {
  const words: Word[] = []
  for (const match of line.matchAll(/(?:[^\s'"]+|'[^']*'|"[^"]*")+/g)) {
    const word: Part[] = []
    for (const piece of match[0].matchAll(/'([^']*)'|"([^"]*)"|([^'"]+)/g)) {
      if (piece[1] !== undefined) word.push(...textParts(piece[1], expressions))
      else if (piece[2] !== undefined) word.push(...expand(piece[2], expressions, false))
      else word.push(...expand(piece[3] as string, expressions, true))
    }
    words.push(word)
  }
  return words
}

function expand(text: string, expressions: string[], split: boolean): Part[] {
  const parts: Part[] = []
  let last = 0
  for (const match of text.matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)) {
    parts.push(...textParts(text.slice(last, match.index), expressions))
    parts.push({ kind: 'variable', name: match[1] as string, split })
    last = match.index + match[0].length
  }
  parts.push(...textParts(text.slice(last), expressions))
  return parts
}

function textParts(text: string, expressions: string[]): Part[] {
  return text === '' ? [] : restoreExpressions(text, expressions)
}
