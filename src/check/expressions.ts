// `${{ }}` expressions, parsed and evaluated by GitHub's own library (@actions/expressions), with
// one addition: a value the check cannot know (a variable, an input, another job's result) stays
// unknown instead of becoming null, and `&&`, `||` and `!` carry it through as three-valued logic.
import { data, Evaluator, Lexer, Parser, type Expr } from '@actions/expressions'
import { ContextAccess } from '@actions/expressions/ast'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import { falsy } from '@actions/expressions/result'

/** What an expression evaluates to: a value, or unknown before the run. */
export type Outcome = { known: true; value: data.ExpressionData } | { known: false }

class Unknown extends data.Null {}
const UNKNOWN = new Unknown()

const CONTEXTS = ['github', 'env', 'vars', 'secrets', 'inputs', 'needs', 'steps', 'job', 'runner']
const CONTEXTS_ALSO = ['matrix', 'strategy']
/** How each status function answers on the run that reaches a step normally. */
const STATUS: Record<string, boolean> = {
  success: true,
  always: true,
  failure: false,
  cancelled: false
}
const STATUS_FUNCTIONS: FunctionDefinition[] = Object.entries(STATUS).map(([name, value]) => ({
  name,
  minArgs: 0,
  maxArgs: 0,
  call: () => new data.BooleanData(value)
}))
const HASH_FILES: FunctionDefinition = {
  name: 'hashFiles',
  minArgs: 1,
  maxArgs: 255,
  call: () => UNKNOWN
}
const FUNCTIONS = new Map(
  [...STATUS_FUNCTIONS, HASH_FILES].map((definition) => [definition.name.toLowerCase(), definition])
)

/** Known values by dotted path; an object value is a dictionary whose missing keys are unknown. */
export type Known = { [name: string]: string | number | boolean | null | Known }

class ThreeValued extends Evaluator {
  /** Contexts known in full: a key missing there is null, as in the run (unset `vars`). */
  closed: ReadonlySet<string> = new Set()
  /**
   * Each node's value in this evaluation: the overrides below look at an operand before handing
   * the node to the library, which evaluates it again; without this, nested operators (`!!!…`)
   * would cost twice per level.
   */
  private readonly values = new Map<Expr, data.ExpressionData>()

  protected override eval(node: Expr): data.ExpressionData {
    let value = this.values.get(node)
    if (value === undefined) {
      value = super.eval(node)
      this.values.set(node, value)
    }
    return value
  }

  override visitContextAccess(...args: Parameters<Evaluator['visitContextAccess']>) {
    return super.visitContextAccess(...args) ?? UNKNOWN
  }
  override visitIndexAccess(...args: Parameters<Evaluator['visitIndexAccess']>) {
    const [access] = args
    const object = this.eval(access.expr)
    if (object instanceof Unknown) return UNKNOWN
    const result = super.visitIndexAccess(...args)
    const closed = access.expr instanceof ContextAccess && this.closed.has(access.expr.name.lexeme)
    if (object.kind === data.Kind.Dictionary && result.kind === data.Kind.Null && !closed) {
      return UNKNOWN
    }
    return result
  }
  override visitUnary(...args: Parameters<Evaluator['visitUnary']>) {
    return this.eval(args[0].expr) instanceof Unknown ? UNKNOWN : super.visitUnary(...args)
  }
  override visitBinary(...args: Parameters<Evaluator['visitBinary']>) {
    const [binary] = args
    if (this.eval(binary.left) instanceof Unknown || this.eval(binary.right) instanceof Unknown) {
      return UNKNOWN
    }
    return super.visitBinary(...args)
  }
  override visitLogical(...args: Parameters<Evaluator['visitLogical']>) {
    const [logical] = args
    const and = logical.operator.lexeme === '&&'
    let unknown = false
    let result: data.ExpressionData = UNKNOWN
    for (const arg of logical.args) {
      result = this.eval(arg)
      if (result instanceof Unknown) unknown = true
      else if (and ? falsy(result) : !falsy(result)) return unknown && !and ? UNKNOWN : result
    }
    return unknown ? UNKNOWN : result
  }
  override visitFunctionCall(...args: Parameters<Evaluator['visitFunctionCall']>) {
    const [call] = args
    if (call.args.some((arg) => this.eval(arg) instanceof Unknown)) return UNKNOWN
    return super.visitFunctionCall(...args)
  }
}

/** Parses an expression (the text inside `${{ }}`, or a bare `if:`); undefined if GitHub could not. */
export function parseExpression(text: string): Expr | undefined {
  try {
    const lexed = new Lexer(text).lex()
    return new Parser(
      lexed.tokens,
      [...CONTEXTS, ...CONTEXTS_ALSO],
      [...FUNCTIONS.values()]
    ).parse()
  } catch {
    return undefined
  }
}

/** Evaluates an expression; `closed` names contexts whose missing keys are null, not unknown. */
export function evaluate(text: string, known: Known, closed: string[] = []): Outcome {
  const expression = parseExpression(text)
  if (!expression) return { known: false }
  try {
    const evaluator = new ThreeValued(expression, toData(known) as data.Dictionary, FUNCTIONS)
    evaluator.closed = new Set(closed)
    const value = evaluator.evaluate()
    return value instanceof Unknown ? { known: false } : { known: true, value }
  } catch {
    return { known: false }
  }
}

/** An `if:` as GitHub reads it: a bare expression, or one wrapped in `${{ }}`. */
export function conditionText(value: unknown): string | undefined {
  if (typeof value === 'boolean') return String(value)
  if (typeof value !== 'string' || value.trim() === '') return undefined
  const wrapped = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value)
  return wrapped ? (wrapped[1] as string) : value
}

/** Whether a condition is known to be false under these values. */
export function knownFalse(condition: unknown, known: Known, closed: string[] = []): boolean {
  const text = conditionText(condition)
  if (text === undefined) return false
  const outcome = evaluate(text, known, closed)
  return outcome.known && falsy(outcome.value)
}

export function asString(outcome: Outcome): string | undefined {
  return outcome.known ? outcome.value.coerceString() : undefined
}

function toData(value: Known[string]): data.ExpressionData {
  if (value === null) return new data.Null()
  if (typeof value === 'string') return new data.StringData(value)
  if (typeof value === 'number') return new data.NumberData(value)
  if (typeof value === 'boolean') return new data.BooleanData(value)
  return new data.Dictionary(
    ...Object.entries(value).map(([key, item]) => ({ key, value: toData(item) }))
  )
}

/**
 * The `${{ }}` expressions in a text, with where each starts and ends: one pass, each ending at the
 * first `}}` after its start; an unclosed `${{` ends the search, as no later one can close either.
 */
export function expressionsIn(text: string): { start: number; end: number; inner: string }[] {
  const found: { start: number; end: number; inner: string }[] = []
  let from = 0
  for (;;) {
    const start = text.indexOf('${{', from)
    if (start < 0) break
    const close = text.indexOf('}}', start + 3)
    if (close < 0) break
    found.push({ start, end: close + 2, inner: text.slice(start + 3, close).trim() })
    from = close + 2
  }
  return found
}
