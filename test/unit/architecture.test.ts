// The layout CONTRIBUTING.md describes, held by the imports themselves: no import cycle anywhere
// in src/, and each room of src/login/ imports only the rooms before it in the login's flow.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../harness/run-action.ts'

/**
 * The folders beside src/login/, lowest first: each imports only itself and the folders before it.
 * The check action's entry (src/check/main.ts, index.ts) comes after the migration, whose diff its
 * summary shows; the check's readers and rules never reach for either, nor for the command line.
 */
const FOLDERS = ['shared', 'check', 'migrate', 'check:action', 'cli'] as const
const CHECK_ACTION = ['src/check/main.ts', 'src/check/index.ts']
/** The login's rooms, lowest first: a room may import its own files and the rooms before it. */
const LOGIN_ROOMS = ['transport', 'exchange', 'explain', 'runner'] as const
/** Files at the top of src/login/: leaves any room may import, and the two that orchestrate. */
const LOGIN_LEAVES = ['errors.ts']
const LOGIN_TOP = ['main.ts', 'index.ts']

type Graph = Map<string, string[]>

/** Every .ts file under src/ (paths relative to the repository) and the src/ files it imports. */
function importGraph(): Graph {
  const src = join(ROOT, 'src')
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(src, file))
  const graph: Graph = new Map()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) => resolve(dirname(file), name))
      .filter((target) => target.endsWith('.ts') && target.startsWith(src))
    graph.set(
      relative(ROOT, file),
      targets.map((target) => relative(ROOT, target))
    )
  }
  return graph
}

/** Each cycle of the graph once, as the files around it (Tarjan's strongly connected components). */
function importCycles(graph: Graph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const cycles: string[][] = []
  const visit = (file: string) => {
    index.set(file, index.size)
    low.set(file, index.get(file) as number)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file) as number, low.get(target) as number))
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file) as number, index.get(target) as number))
      }
    }
    if (low.get(file) !== index.get(file)) return
    const component: string[] = []
    let member: string
    do {
      member = stack.pop() as string
      onStack.delete(member)
      component.push(member)
    } while (member !== file)
    const selfImport = graph.get(file)?.includes(file) ?? false
    if (component.length > 1 || selfImport) cycles.push(component.sort())
  }
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file)
  return cycles
}

/** Where a file of src/ sits: a login room, a file at the top of src/login/, or another folder. */
function placeOf(file: string): string {
  if (CHECK_ACTION.includes(file)) return 'check:action'
  const parts = file.split('/')
  if (parts[1] !== 'login') return parts[1] as string
  return parts.length > 3 ? `login/${parts[2]}` : `login:${parts[2]}`
}

/** Imports that go against the flow: each as `from -> to`. */
function flowViolations(graph: Graph): string[] {
  const rank = (place: string) => LOGIN_ROOMS.indexOf(place.slice('login/'.length) as never)
  const allowed = (from: string, to: string): boolean => {
    if (to === 'shared') return true
    const fromFolder = FOLDERS.indexOf(from as never)
    const toFolder = FOLDERS.indexOf(to as never)
    if (fromFolder >= 0 || toFolder >= 0) return toFolder >= 0 && toFolder <= fromFolder
    if (LOGIN_LEAVES.some((leaf) => to === `login:${leaf}`)) return true
    if (LOGIN_LEAVES.some((leaf) => from === `login:${leaf}`)) return false
    if (to === 'login:main.ts') return from === 'login:index.ts'
    if (to === 'login:index.ts') return false
    if (LOGIN_TOP.some((top) => from === `login:${top}`)) return true
    return rank(from) >= 0 && rank(to) >= 0 && rank(to) <= rank(from)
  }
  const violations: string[] = []
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (!allowed(placeOf(file), placeOf(target))) violations.push(`${file} -> ${target}`)
    }
  }
  return violations
}

describe('the imports of src/', () => {
  const graph = importGraph()

  it('are read from every file', () => {
    expect(graph.size).toBeGreaterThan(50)
    expect(graph.get('src/login/main.ts')).toContain('src/login/exchange/login.ts')
    expect(graph.get('src/check/runtime.ts')?.length).toBeGreaterThan(0)
  })

  it('form no cycle', () => {
    expect(importCycles(graph)).toEqual([])
  })

  it('follow the login’s flow: transport, exchange, explanations, the runner’s side', () => {
    expect(flowViolations(graph)).toEqual([])
  })

  it('place every file of src/login/ in a room or among the top files', () => {
    const places = new Set(
      [...graph.keys()].filter((file) => file.startsWith('src/login/')).map(placeOf)
    )
    const known = [
      ...LOGIN_ROOMS.map((room) => `login/${room}`),
      ...[...LOGIN_LEAVES, ...LOGIN_TOP].map((file) => `login:${file}`)
    ]
    expect([...places].sort()).toEqual(known.sort())
  })
})

describe('the checks themselves', () => {
  const graph: Graph = new Map([
    ['src/login/transport/http.ts', ['src/login/errors.ts', 'src/login/transport/tunnel.ts']],
    ['src/login/transport/tunnel.ts', ['src/login/transport/answers.ts']],
    ['src/login/transport/answers.ts', ['src/login/transport/http.ts']],
    ['src/login/exchange/oidc.ts', ['src/login/transport/http.ts', 'src/login/explain/hints.ts']],
    ['src/login/explain/hints.ts', ['src/shared/log-text.ts']],
    ['src/login/errors.ts', []],
    ['src/shared/log-text.ts', ['src/shared/log-text.ts', 'src/login/runner/output.ts']],
    ['src/login/runner/output.ts', []]
  ])

  it('find each cycle, a file that imports itself too', () => {
    expect(importCycles(graph)).toEqual([
      [
        'src/login/transport/answers.ts',
        'src/login/transport/http.ts',
        'src/login/transport/tunnel.ts'
      ],
      ['src/shared/log-text.ts']
    ])
  })

  it('find an import of a room later in the flow, and shared code importing the login', () => {
    expect(flowViolations(graph)).toEqual([
      'src/login/exchange/oidc.ts -> src/login/explain/hints.ts',
      'src/shared/log-text.ts -> src/login/runner/output.ts'
    ])
  })
})
