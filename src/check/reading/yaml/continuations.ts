// The `yaml` library ends a single-quoted scalar at a continuation line indented no deeper than
// its parent ("Missing closing 'quote"); YamlDotNet, which GitHub's runner reads workflows with,
// reads on to the closing quote, and such workflows run. Folding drops a continuation line's
// leading spaces, so indenting those lines gives the library the same value GitHub reads, and every
// line keeps its number.
import { Lexer } from 'yaml'

/** Rounds of re-lexing at most: each round fixes every scalar it finds; more is not a workflow. */
const MAX_ROUNDS = 8

/** The text with every single-quoted scalar's shallow continuation lines indented. */
export function indentQuotedContinuations(text: string): string {
  let current = text
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = fixRound(current)
    if (next === current) return current
    current = next
  }
  return current
}

/** Lexer tokens that stand for structure, not source text, and take no room in it. */
const CONTROL = new Set(['\u0002', '\u0018', '\u001f'])

function fixRound(text: string): string {
  const cuts: { start: number; indent: number }[] = []
  let offset = 0
  let fixedUpTo = -1
  for (const token of new Lexer().lex(text)) {
    if (CONTROL.has(token)) continue
    if (token.startsWith("'") && offset > fixedUpTo && !closes(token)) {
      const close = closingQuote(text, offset + 1)
      if (close > 0) {
        cuts.push({ start: offset, indent: offset - (text.lastIndexOf('\n', offset) + 1) })
        fixedUpTo = close
      }
    }
    offset += token.length
  }
  if (cuts.length === 0) return text
  let result = ''
  let at = 0
  for (const cut of cuts) {
    const close = closingQuote(text, cut.start + 1)
    result += text.slice(at, cut.start) + indented(text.slice(cut.start, close), cut.indent)
    at = close
  }
  return result + text.slice(at)
}

/** Whether a single-quoted token ends with its closing quote. */
function closes(token: string): boolean {
  for (let at = 1; at < token.length; at++) {
    if (token[at] !== "'") continue
    if (token[at + 1] === "'") at++
    else return at === token.length - 1
  }
  return false
}

/**
 * The offset of the quote that closes a single-quoted scalar whose text starts at `from`, or -1
 * when none does before the end or a document marker (which YamlDotNet rejects there too).
 */
function closingQuote(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const character = text[at]
    if (character === "'") {
      if (text[at + 1] !== "'") return at
      at++
    } else if (character === '\n' && /^(---|\.\.\.)(\s|$)/.test(text.slice(at + 1, at + 5))) {
      return -1
    }
  }
  return -1
}

/** A scalar's source with each continuation line indented to at least `indent` spaces. */
function indented(source: string, indent: number): string {
  const lines = source.split('\n')
  return lines
    .map((line, index) => {
      if (index === 0 || line.trim() === '') return line
      const own = line.length - line.trimStart().length
      return own < indent ? ' '.repeat(indent - own) + line : line
    })
    .join('\n')
}
