// The troubleshooting page quotes the login's own messages as the action prints them: each quote is
// found among the messages of src/login, and each error message the login can fail with is quoted.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../harness/run-action.ts'
import { NUGET_PUSH_MESSAGES, NUGET_TOKEN_MESSAGES } from '../fixtures/nuget-messages.ts'

/** Where a template holds a value the run fills in. */
const HOLE = '\u0000'

interface SourceMessage {
  file: string
  text: string
  /** Whether it is the first argument of `new LoginError(...)`: a message the step fails with. */
  failure: boolean
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** A string or template literal's text, with a HOLE for each `${...}`; undefined for other nodes. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => HOLE + span.literal.text).join('')
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return (literalText(node.left) ?? HOLE) + (literalText(node.right) ?? HOLE)
  }
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression)
  return undefined
}

function loginMessages(): SourceMessage[] {
  const messages: SourceMessage[] = []
  const files = [
    ...sourceFiles(join(ROOT, 'src', 'login')),
    ...sourceFiles(join(ROOT, 'src', 'shared'))
  ]
  for (const path of files) {
    const file = relative(ROOT, path)
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true
    )
    const visit = (node: ts.Node): void => {
      const text = literalText(node)
      if (text !== undefined) {
        const parent = node.parent
        const failure =
          ts.isNewExpression(parent) &&
          parent.expression.getText(source) === 'LoginError' &&
          parent.arguments?.[0] === node
        messages.push({ file, text, failure })
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return messages
}

/** Whether every piece of a quote (split at `...`) stands in the text, in order. */
function quotes(quote: string, text: string): boolean {
  let at = 0
  for (const piece of quote.split('...').map((part) => part.trim())) {
    if (piece === '') continue
    const found = text.indexOf(piece, at)
    if (found < 0) return false
    at = found + piece.length
  }
  return true
}

/** The literal runs of every message: the text between the values it fills in. */
function literalRuns(all: SourceMessage[]): string[] {
  return all.flatMap((message) => message.text.split(HOLE))
}

/**
 * Whether a quoted piece is made of the login's words: found in one literal run, or a run's end
 * followed by more of them, as where a message fills in another (a reason, a rule, 'ahead of').
 */
function madeOfRuns(piece: string, runs: string[], seen = new Map<string, boolean>()): boolean {
  const text = piece.trim()
  if (text === '') return true
  const known = seen.get(text)
  if (known !== undefined) return known
  seen.set(text, false)
  let found = runs.some((run) => run.includes(text))
  for (const run of runs) {
    if (found) break
    for (let length = Math.min(run.length, text.length); length >= 3 && !found; length--) {
      if (run.endsWith(text.slice(0, length))) found = madeOfRuns(text.slice(length), runs, seen)
    }
  }
  seen.set(text, found)
  return found
}

/** A message's first literal run of some length: the words a reader would search the page for. */
function firstWords(message: SourceMessage): string {
  const runs = message.text.split(HOLE).map((run) => run.trim())
  return runs.find((run) => run.length >= 15) ?? ''
}

/** The code spans opening the first cell of each table row, as the reader looks them up. */
function quotedMessages(page: string): string[] {
  return page
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => /^\| (`+)(.*?)\1/.exec(line)?.[2]?.trim() ?? '')
}

const page = readFileSync(join(ROOT, 'docs', 'troubleshooting.md'), 'utf8')
const serverMessages = [...NUGET_TOKEN_MESSAGES, ...NUGET_PUSH_MESSAGES]
const isServerMessage = (quote: string) =>
  serverMessages.some((message) => quotes(quote, message.replace(/'\.\.\.'/g, "'x'")))
const messages = loginMessages()
const ownQuotes = quotedMessages(page).filter((quote) => !isServerMessage(quote))

describe('the troubleshooting page and the login’s messages', () => {
  it('finds the login’s messages to compare with', () => {
    expect(messages.filter((message) => message.failure).length).toBeGreaterThan(20)
    expect(ownQuotes.length).toBeGreaterThan(15)
  })

  it.each(ownQuotes)('quotes `%s` as the login prints it', (quote) => {
    const runs = literalRuns(messages)
    const pieces = quote.split('...')
    expect(pieces.filter((piece) => !madeOfRuns(piece, runs))).toEqual([])
  })

  it.each(messages.filter((message) => message.failure && firstWords(message) !== ''))(
    'quotes the failure of $file: $text',
    (message) => {
      const words = firstWords(message)
      const quoted = ownQuotes.some(
        (quote) =>
          quote.includes(words.slice(0, 40)) ||
          quote
            .split('...')
            .some((piece) => piece.trim().length >= 20 && words.includes(piece.trim()))
      )
      expect(quoted).toBe(true)
    }
  )
})
