import { LineCounter, parseDocument } from 'yaml'

export interface Where {
  line: number
  column: number
}

/** A workflow file: its data, and where each part of it stands in the text. */
export interface WorkflowFile {
  /** Relative to the repository root, as annotations name files. */
  path: string
  /** The file name, which is what a trusted publishing policy names. */
  name: string
  data: RawWorkflow
  /** Where the node at `path` starts; its nearest ancestor's place when it is absent. */
  where(path: readonly (string | number)[]): Where
  /** Where line `line` (1-based) of a multi-line string value at `path` stands, when it can tell. */
  lineOf(path: readonly (string | number)[], line: number): Where | undefined
}

export type Permissions = string | Record<string, string> | undefined

export interface RawStep {
  id?: unknown
  name?: unknown
  uses?: unknown
  run?: unknown
  if?: unknown
  shell?: unknown
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

export interface RawJob {
  name?: unknown
  'runs-on'?: unknown
  needs?: unknown
  if?: unknown
  uses?: unknown
  with?: Record<string, unknown>
  secrets?: unknown
  environment?: unknown
  permissions?: Permissions
  outputs?: Record<string, unknown>
  env?: Record<string, unknown>
  defaults?: unknown
  steps?: RawStep[]
}

export interface RawWorkflow {
  on?: unknown
  env?: Record<string, unknown>
  defaults?: unknown
  permissions?: Permissions
  jobs?: Record<string, RawJob>
}

export class WorkflowSyntaxError extends Error {
  readonly where: Where
  constructor(message: string, where: Where) {
    super(message)
    this.where = where
  }
}

/** Parses a workflow, keeping source positions; throws WorkflowSyntaxError where YAML is broken. */
export function parseWorkflowFile(path: string, text: string): WorkflowFile {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const [error] = document.errors
  if (error) {
    const [start] = error.linePos ?? [{ line: 1, col: 1 }]
    const firstLine = error.message.split('\n')[0] ?? error.message
    throw new WorkflowSyntaxError(firstLine.replace(/ at line \d+, column \d+:?$/, ''), {
      line: start.line,
      column: start.col
    })
  }
  const data = document.toJS() as unknown
  return {
    path,
    name: path.split('/').at(-1) ?? path,
    data: typeof data === 'object' && data !== null ? (data as RawWorkflow) : {},
    where: (nodePath) => {
      for (let length = nodePath.length; length >= 0; length--) {
        const node = document.getIn(nodePath.slice(0, length), true) as
          { range?: [number, number, number] } | undefined
        const key = length > 0 ? keyNode(document, nodePath.slice(0, length)) : undefined
        const range = key?.range ?? node?.range
        if (range) {
          const { line, col } = lineCounter.linePos(range[0])
          return { line, column: col }
        }
      }
      return { line: 1, column: 1 }
    },
    lineOf: (nodePath, line) => {
      const node = document.getIn(nodePath, true) as
        { range?: [number, number, number]; type?: string } | undefined
      if (!node?.range) return undefined
      const start = lineCounter.linePos(node.range[0])
      if (node.type === 'BLOCK_LITERAL') {
        const first = text.slice(node.range[0]).split('\n')[1] ?? ''
        return { line: start.line + line, column: first.length - first.trimStart().length + 1 }
      }
      return line === 1 ? { line: start.line, column: start.col } : undefined
    }
  }
}

/** The key node of a map entry, so a finding points at `permissions:`, not at its value. */
function keyNode(document: ReturnType<typeof parseDocument>, path: readonly (string | number)[]) {
  const last = path.at(-1)
  if (typeof last !== 'string') return undefined
  const parent = path.length === 1 ? document.contents : document.getIn(path.slice(0, -1), true)
  const items = (
    parent as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }
  )?.items
  return items?.find((item) => item.key?.value === last)?.key
}
