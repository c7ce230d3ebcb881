// The tokens of a bash script simple enough to read without a parser: words of plain text,
// 'single' and "double" quotes, $NAME, ${NAME} and ${NAME} with an operator on plain text; the
// operators `&&`, `||`, `|` and `;`; redirections to a plain word (`>`, `>>`, `2>&1`, `&>`, `<`);
// line breaks, a `\` that continues a line, and comments. Anything else (substitutions, here
// documents, escapes, `&`, parentheses, braces) makes the script more than simple: undefined, and
// mvdan/sh reads it. One pass, character by character: no regular expression backtracks over a
// stranger's text.

/** What a word is made of, as mvdan/sh's syntax tree has it: literal runs, quotes, variables. */
export type Piece =
  | { kind: 'literal'; text: string }
  | { kind: 'single'; text: string }
  | { kind: 'double'; pieces: ({ kind: 'literal'; text: string } | VariablePiece)[] }
  | VariablePiece

interface VariablePiece {
  kind: 'variable'
  name: string
}

export type Token =
  | { kind: 'word'; pieces: Piece[]; line: number }
  | { kind: 'operator'; operator: '&&' | '||' | '|' | ';' | '\n'; line: number }
  /** A redirection and its target, which are no word of the command. */
  | { kind: 'redirection'; line: number }

/** Characters that end a word's plain text and are not read here. */
const UNREAD = new Set([...'`\\&|;<>(){}'])
/** What may follow a redirection's operator; anything else is not a plain word. */
const NOT_A_TARGET = new Set([...'\n\\;&|<>()#'])

export function bashTokens(text: string): Token[] | undefined {
  return new Scanner(text).tokens()
}

class Scanner {
  private readonly text: string
  private readonly found: Token[] = []
  private index = 0
  private line = 1
  private pieces: Piece[] | undefined
  private wordLine = 1
  private literal = ''
  /** The word being read is a redirection's target, left out of the command. */
  private target = false

  constructor(text: string) {
    this.text = text
  }

  tokens(): Token[] | undefined {
    while (this.index < this.text.length) {
      if (!this.step(this.text[this.index] as string)) return undefined
    }
    this.endWord()
    return this.target ? undefined : this.found
  }

  /** Reads what starts at `char`; false when it is more than simple. */
  private step(char: string): boolean {
    if (char === ' ' || char === '\t') {
      this.endWord()
      this.index++
    } else if (char === '\n') {
      this.endWord()
      if (this.target) return false
      this.found.push({ kind: 'operator', operator: '\n', line: this.line++ })
      this.index++
    } else if (char === '\\') {
      // A line continued: gone, even inside a word, as bash and mvdan/sh drop it.
      if (this.text[this.index + 1] !== '\n') return false
      this.line++
      this.index += 2
    } else if (char === '#' && !this.pieces) {
      while (this.index < this.text.length && this.text[this.index] !== '\n') this.index++
      // mvdan/sh continues a comment that ends in `\`, where bash does not.
      if (this.text[this.index - 1] === '\\') return false
    } else if (char === '#' && this.literal === '') {
      // Right after a quote or a variable, mvdan/sh starts a comment where bash does not.
      return false
    } else if (char === "'" || char === '"' || char === '$') {
      return this.quotedOrVariable(char)
    } else if (
      char === '>' ||
      char === '<' ||
      (char === '&' && this.text[this.index + 1] === '>')
    ) {
      return this.redirection()
    } else if (char === '&' || char === '|' || char === ';') {
      this.endWord()
      const operator = operatorAt(this.text, this.index)
      if (!operator || this.target) return false
      this.found.push({ kind: 'operator', operator, line: this.line })
      this.index += operator.length
    } else if (UNREAD.has(char) || /\s/.test(char)) {
      return false
    } else {
      this.startWord()
      // mvdan/sh ends a run of plain text at a `[` unless the run began with one: `a[b[c` is
      // `a` then `[b[c`.
      if (char === '[' && this.literal !== '' && this.literal[0] !== '[') this.flushLiteral()
      this.literal += char
      this.index++
    }
    return true
  }

  private quotedOrVariable(char: string): boolean {
    this.startWord()
    this.flushLiteral()
    if (char === "'") {
      const end = this.text.indexOf("'", this.index + 1)
      if (end < 0) return false
      const quoted = this.text.slice(this.index + 1, end)
      this.pieces?.push({ kind: 'single', text: quoted })
      this.line += countLines(quoted)
      this.index = end + 1
    } else if (char === '"') {
      const quoted = doubleQuoted(this.text, this.index + 1)
      if (!quoted) return false
      this.pieces?.push({ kind: 'double', pieces: quoted.pieces })
      this.line += quoted.lines
      this.index = quoted.end + 1
    } else {
      const variable = variableAt(this.text, this.index)
      if (!variable) return false
      this.pieces?.push({ kind: 'variable', name: variable.name })
      this.index = variable.end
    }
    return true
  }

  /**
   * `>`, `>>`, `<`, `>&`, `<&`, `&>` or `&>>`, after a file descriptor's digits or not, and the
   * plain word it redirects to: neither is a word of the command, as in mvdan/sh's tree.
   */
  private redirection(): boolean {
    if (this.target) return false
    // Digits right before the operator are its file descriptor, as mvdan/sh reads them.
    if (/^\d+$/.test(this.literal)) {
      this.literal = ''
      if (this.pieces?.length === 0) this.pieces = undefined
    }
    this.endWord()
    const operator = REDIRECTIONS.find((candidate) => this.text.startsWith(candidate, this.index))
    if (!operator || '<>|('.includes(this.text[this.index + operator.length] ?? '')) return false
    this.index += operator.length
    while (this.text[this.index] === ' ' || this.text[this.index] === '\t') this.index++
    const next = this.text[this.index]
    if (next === undefined || NOT_A_TARGET.has(next)) return false
    this.found.push({ kind: 'redirection', line: this.line })
    this.target = true
    return true
  }

  private flushLiteral() {
    if (this.literal !== '') this.pieces?.push({ kind: 'literal', text: this.literal })
    this.literal = ''
  }

  private endWord() {
    this.flushLiteral()
    if (this.pieces && this.target) this.target = false
    else if (this.pieces)
      this.found.push({ kind: 'word', pieces: this.pieces, line: this.wordLine })
    this.pieces = undefined
  }

  private startWord() {
    if (this.pieces) return
    this.pieces = []
    this.wordLine = this.line
  }
}

/** Longest first. */
const REDIRECTIONS = ['&>>', '&>', '>>', '>&', '<&', '>', '<']

function operatorAt(text: string, index: number): '&&' | '||' | '|' | ';' | undefined {
  const char = text[index]
  const next = text[index + 1]
  if (char === '&') return next === '&' ? '&&' : undefined
  if (char === '|') return next === '|' ? '||' : next === '&' ? undefined : '|'
  return next === ';' || next === '&' ? undefined : ';'
}

/** A double-quoted text from `from`: its pieces, the index of its closing quote, its line breaks. */
function doubleQuoted(text: string, from: number) {
  const pieces: ({ kind: 'literal'; text: string } | VariablePiece)[] = []
  let literal = ''
  let lines = 0
  let index = from
  while (index < text.length) {
    const char = text[index] as string
    if (char === '"') {
      if (literal !== '') pieces.push({ kind: 'literal', text: literal })
      return { pieces, end: index, lines }
    }
    if (char === '`' || char === '\\') return undefined
    if (char === '$') {
      const variable = variableAt(text, index)
      if (!variable) return undefined
      if (literal !== '') pieces.push({ kind: 'literal', text: literal })
      literal = ''
      pieces.push({ kind: 'variable', name: variable.name })
      index = variable.end
    } else {
      if (char === '\n') lines++
      literal += char
      index++
    }
  }
  return undefined
}

/**
 * `$NAME`, `${NAME}`, or `${NAME` and an operator on plain text `}` (`${REF#refs/tags/}`,
 * `${V:-1.0}`) at `index`: the name and where it ends; undefined for anything else. mvdan/sh's
 * tree gives the variable alone for each, which is all the check reads of them.
 */
function variableAt(text: string, index: number): { name: string; end: number } | undefined {
  const braced = text[index + 1] === '{'
  const nameStart = index + (braced ? 2 : 1)
  let end = nameStart
  if (!isNameStart(text[end])) return undefined
  while (end < text.length && isNameChar(text[end])) end++
  const name = text.slice(nameStart, end)
  if (!braced) return { name, end }
  if (text[end] === '}') return { name, end: end + 1 }
  const operator = EXPANSION_OPERATORS.find((candidate) => text.startsWith(candidate, end))
  if (!operator) return undefined
  for (let at = end + operator.length; at < text.length; at++) {
    const char = text[at] as string
    if (char === '}') return { name, end: at + 1 }
    if (NOT_IN_EXPANSION.has(char)) return undefined
  }
  return undefined
}

/** Longest first, so `##` is not read as `#`. */
const EXPANSION_OPERATORS = ['##', '%%', ':-', ':+', ':=', '//', '#', '%', '-', '+', '=', '/']
const NOT_IN_EXPANSION = new Set([...'$`\\"\'{}\n[]()<>|&;!@^, \t'])

function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++
  return count
}

export const isNameStart = (char: string | undefined) =>
  char !== undefined &&
  ((char >= 'A' && char <= 'Z') || (char >= 'a' && char <= 'z') || char === '_')
const isNameChar = (char: string | undefined) =>
  isNameStart(char) || (char !== undefined && char >= '0' && char <= '9')
