// Every regular expression literal in the check, the command line and the shared guards reads text a stranger wrote
// (workflow files, scripts, server answers): none may backtrack beyond linear time on any input.
// recheck (a ReDoS checker) proves each one safe, so a backtracking pattern cannot come back
// unnoticed. Patterns built at run time with `new RegExp` are listed in BUILT_PATTERNS by hand.
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { checkSync } from 'recheck'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../harness/run-action.ts'

interface Literal {
  place: string
  source: string
  flags: string
}

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')
    )
    .map((entry) => join(entry.parentPath, entry.name))
}

async function regexLiterals(folders: string[]): Promise<Literal[]> {
  const literals: Literal[] = []
  for (const path of (await Promise.all(folders.map(sourceFiles))).flat()) {
    const text = await readFile(path, 'utf8')
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(file)
        const end = literal.lastIndexOf('/')
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
        literals.push({
          place: `${relative(ROOT, path)}:${line + 1}`,
          source: literal.slice(1, end),
          flags: literal.slice(end + 1)
        })
      }
      ts.forEachChild(node, visit)
    }
    visit(file)
  }
  return literals
}

const FOLDERS = ['check', 'shared', 'cli'].map((folder) => join(ROOT, 'src', folder))

/** The patterns src/check builds with `new RegExp`, as they come out (model.ts's login actions). */
const BUILT_PATTERNS: Literal[] = [
  {
    place: 'src/check/model.ts LOGIN_ACTION',
    source: String.raw`^(acme\/nuget-login|nuget\/login)@`,
    flags: 'i'
  },
  {
    place: 'src/check/model.ts LOGIN_ACTION_IN_TEXT',
    source: String.raw`uses:\s*["']?(acme\/nuget-login|nuget\/login)@`,
    flags: 'i'
  }
]

/** Literals applied to something other than a stranger's text, and why. */
const NOT_ON_FILE_TEXT: Record<string, string> = {
  // Trims the `workflows` input, which the base branch's own workflow sets, not a pull request.
  'src/check/runtime.ts': String.raw`[\\/]+$`
}

describe('regular expressions on a stranger’s text', () => {
  it('finds the literals to check', async () => {
    const literals = await regexLiterals(FOLDERS)
    expect(literals.length).toBeGreaterThan(20)
  })

  it('are all safe from catastrophic backtracking', async () => {
    const literals = await regexLiterals(FOLDERS)
    const unsafe = [...literals, ...BUILT_PATTERNS]
      .map((literal) => ({ ...literal, diagnostics: checkSync(literal.source, literal.flags) }))
      .filter(({ diagnostics }) => diagnostics.status !== 'safe')
      .filter(({ place, source }) => NOT_ON_FILE_TEXT[place.split(':')[0] ?? ''] !== source)
      .map(({ place, source, diagnostics }) => `${place} /${source}/: ${diagnostics.status}`)
    expect(unsafe).toEqual([])
  }, 60_000)

  it('would catch a pattern that backtracks', () => {
    expect(checkSync(String.raw`^(?:\$[A-Za-z_]\w*|[^\s$])*$`, '').status).toBe('vulnerable')
  })
})
