// Bash scripts simple enough to read without a parser: the words of bash-tokens.ts (quotes,
// variables and `${NAME#...}` expansions, redirections set aside), commands joined by `&&`, `||`,
// `|`, `;` and line breaks, assignments (`NAME=`, `export NAME=`), and `for`, `while`, `until` and
// `if` around them. Anything else goes to mvdan/sh; this only spares loading it (tens of
// milliseconds) for the scripts most releases run. Both readers give the same commands,
// assignments and loop variables for every script this one reads: a seeded comparison of the two
// holds that (test/unit/check/shell/simple-bash.test.ts).
import { bashTokens, isNameStart, type Piece, type Token } from './bash-tokens.ts'
import type { Command, Part, Script, Word } from './words.ts'
import { hideExpressions, restoreExpressions } from './words.ts'

/** Words bash reads as its grammar's at the start of a command; only the four loops and `if` here. */
const RESERVED = new Set([
  ...['then', 'do', 'done', 'fi', 'else', 'elif', 'esac', 'in', 'case', 'function', 'select'],
  ...['time', 'coproc', '!', '[[', ']]', 'let']
])
/** mvdan/sh's declaration clauses: their arguments are assignments, not a command. */
const DECLARATIONS = new Set(['declare', 'local', 'export', 'readonly', 'typeset', 'nameref'])
const ASSIGNMENT = /^([A-Za-z_]\w*)\+?=/
const MAX_DEPTH = 16
const COMPOUNDS = new Set(['for', 'while', 'until', 'if'])

class NotSimple extends Error {}

/** The script's commands, or undefined when it is not simple. */
export function readSimpleBash(script: string): Script | undefined {
  const { text, expressions } = hideExpressions(script)
  const tokens = bashTokens(text)
  if (!tokens) return undefined
  const reader = new Reader(tokens, expressions)
  try {
    reader.list(new Set(), 0)
  } catch (error) {
    if (error instanceof NotSimple) return undefined
    throw error
  }
  return { commands: reader.commands, assignments: reader.assignments, loopVariables: reader.loops }
}

class Reader {
  readonly commands: Command[] = []
  readonly assignments = new Map<string, Word>()
  readonly loops = new Set<string>()
  private at = 0
  private readonly tokens: Token[]
  private readonly expressions: string[]

  constructor(tokens: Token[], expressions: string[]) {
    this.tokens = tokens
    this.expressions = expressions
  }

  /** Statements up to one of `ends` (or the end of the script when there is none): the one met. */
  list(ends: Set<string>, depth: number): string {
    let statements = 0
    for (;;) {
      while (this.isOperator('\n')) this.at++
      const token = this.tokens[this.at]
      if (!token) {
        if (ends.size > 0) throw new NotSimple()
        return ''
      }
      const keyword = plainText(token)
      if (keyword !== undefined && ends.has(keyword)) {
        if (statements === 0) throw new NotSimple()
        this.at++
        return keyword
      }
      this.andOr(depth)
      statements++
    }
  }

  /** Commands joined by `&&`, `||` and `|`, and the `;` or line break that ends them. */
  private andOr(depth: number): void {
    for (;;) {
      this.command(depth)
      while (this.tokens[this.at]?.kind === 'redirection') this.at++
      const token = this.tokens[this.at]
      if (!token) return
      if (token.kind !== 'operator') throw new NotSimple()
      this.at++
      if (token.operator === ';' || token.operator === '\n') return
      while (this.isOperator('\n')) this.at++
    }
  }

  private command(depth: number): void {
    const token = this.tokens[this.at]
    const keyword = plainText(token)
    if (COMPOUNDS.has(keyword ?? '') && depth >= MAX_DEPTH) throw new NotSimple()
    if (keyword === 'for') return this.forLoop(depth + 1)
    if (keyword === 'while' || keyword === 'until') return this.whileLoop(depth + 1)
    if (keyword === 'if') return this.ifClause(depth + 1)
    if (keyword !== undefined && RESERVED.has(keyword)) throw new NotSimple()
    const words: { pieces: Piece[]; line: number }[] = []
    let redirected = false
    for (let next = token; next && next.kind !== 'operator'; next = this.tokens[++this.at]) {
      if (next.kind === 'word') words.push(next)
      else redirected = true
    }
    if (words.length === 0 && !redirected) throw new NotSimple()
    this.simpleCommand(words, redirected)
  }

  private simpleCommand(words: { pieces: Piece[]; line: number }[], redirected: boolean): void {
    const line = words[0]?.line ?? 1
    let first = 0
    while (first < words.length && this.assign(words[first]?.pieces ?? [])) first++
    const rest = words.slice(first)
    const name = rest[0] ? plainText(rest[0]) : undefined
    if (name !== undefined && DECLARATIONS.has(name)) {
      // mvdan/sh refuses some redirections among a declaration's arguments: left to it.
      if (first > 0 || redirected) throw new NotSimple()
      for (const argument of rest.slice(1)) this.declaration(argument.pieces)
      return
    }
    if (rest.length > 0)
      this.commands.push({ words: rest.map((word) => this.word(word.pieces)), line })
  }

  /** `NAME=value` or `NAME+=value` at the start of a command: recorded, and true. */
  private assign(pieces: Piece[]): boolean {
    const [head, ...tail] = pieces
    if (head?.kind !== 'literal') return false
    const next = tail[0]
    if (isName(head.text) && next?.kind === 'literal' && next.text.startsWith('[')) {
      throw new NotSimple()
    }
    const match = ASSIGNMENT.exec(head.text)
    if (!match) return false
    const value = head.text.slice(match[0].length)
    const valuePieces: Piece[] = value === '' ? tail : [{ kind: 'literal', text: value }, ...tail]
    this.assignments.set(match[1] as string, this.word(valuePieces))
    return true
  }

  /** An argument of `export` and its kind: an assignment, a bare name, or an option. */
  private declaration(pieces: Piece[]): void {
    if (this.assign(pieces)) return
    const text = plainText({ pieces })
    if (text !== undefined && /^[-+]/.test(text)) return
    if (text === undefined || !isName(text)) throw new NotSimple()
    this.assignments.set(text, [])
  }

  private forLoop(depth: number): void {
    this.at++
    const name = plainText(this.tokens[this.at])
    if (name === undefined || !isName(name)) throw new NotSimple()
    this.at++
    if (plainText(this.tokens[this.at]) === 'in') {
      this.at++
      while (this.tokens[this.at]?.kind === 'word') this.at++
    }
    if (!this.isOperator(';') && !this.isOperator('\n')) throw new NotSimple()
    this.at++
    while (this.isOperator('\n')) this.at++
    if (plainText(this.tokens[this.at]) !== 'do') throw new NotSimple()
    this.at++
    this.loops.add(name)
    this.list(new Set(['done']), depth)
  }

  private whileLoop(depth: number): void {
    this.at++
    this.list(new Set(['do']), depth)
    this.list(new Set(['done']), depth)
  }

  private ifClause(depth: number): void {
    this.at++
    for (;;) {
      this.list(new Set(['then']), depth)
      const end = this.list(new Set(['elif', 'else', 'fi']), depth)
      if (end === 'fi') return
      if (end === 'else') {
        this.list(new Set(['fi']), depth)
        return
      }
    }
  }

  private isOperator(operator: string): boolean {
    const token = this.tokens[this.at]
    return token?.kind === 'operator' && token.operator === operator
  }

  private word(pieces: Piece[]): Word {
    return pieces.flatMap((piece): Part[] => {
      switch (piece.kind) {
        case 'literal':
        case 'single':
          return restoreExpressions(piece.text, this.expressions)
        case 'variable':
          return [{ kind: 'variable', name: piece.name, split: true }]
        case 'double':
          return piece.pieces.flatMap((inner): Part[] =>
            inner.kind === 'variable'
              ? [{ kind: 'variable', name: inner.name, split: false }]
              : restoreExpressions(inner.text, this.expressions)
          )
      }
    })
  }
}

/** The text of a word of unquoted plain text alone; undefined for any other token. */
function plainText(token: Token | { pieces: Piece[] } | undefined): string | undefined {
  const pieces = token && 'pieces' in token ? token.pieces : undefined
  return pieces?.length === 1 && pieces[0]?.kind === 'literal' ? pieces[0].text : undefined
}

function isName(text: string): boolean {
  return isNameStart(text[0]) && /^\w+$/.test(text)
}
