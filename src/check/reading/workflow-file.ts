import type { Finding, Where } from '../findings.ts'

export type { Where }
import { LineCounter, parseDocument, type Document } from 'yaml'
import { indentQuotedContinuations } from './yaml/continuations.ts'
import { convert, ConversionError, MAX_DEPTH, type Place } from './yaml/convert.ts'

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

/** Why a file cannot be read as a workflow: not YAML to GitHub, or a document GitHub refuses. */
export class WorkflowSyntaxError extends Error {
  readonly where: Where
  /** "Not valid YAML" where YamlDotNet rejects the text; otherwise GitHub's converter refuses it. */
  readonly kind: 'yaml' | 'refused'
  constructor(message: string, where: Where, kind: 'yaml' | 'refused' = 'yaml') {
    super(message)
    this.where = where
    this.kind = kind
  }
}

/** Parses a workflow, keeping source positions; throws WorkflowSyntaxError where GitHub would. */
export function parseWorkflowFile(path: string, original: string): WorkflowFile {
  let { text, document, lineCounter } = parsed(original)
  // Only a file the library finds broken at a single quote is read again, its quotes re-indented.
  if (document.errors.some((error) => error.message.startsWith("Missing closing 'quote"))) {
    ;({ text, document, lineCounter } = parsed(indentQuotedContinuations(original)))
  }
  const [error] = document.errors
  if (error) {
    const [start] = error.linePos ?? [{ line: 1, col: 1 }]
    if (error.code === 'RESOURCE_EXHAUSTION') {
      // The library's reader is recursive and gives up hundreds of levels deep; GitHub reads 50.
      const message = `GitHub refuses this file: it nests mappings and lists deeper than ${MAX_DEPTH} levels.`
      throw new WorkflowSyntaxError(message, { line: start.line, column: start.col }, 'refused')
    }
    const firstLine = error.message.split('\n')[0] ?? error.message
    throw new WorkflowSyntaxError(firstLine.replace(/ at line \d+, column \d+:?$/, ''), {
      line: start.line,
      column: start.col
    })
  }
  const { data, place } = converted(document, lineCounter)
  const at = (offset: number): Where => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  return {
    path,
    name: path.split('/').at(-1) ?? path,
    data: typeof data === 'object' && data !== null ? (data as RawWorkflow) : {},
    where: (nodePath) => {
      let found = place
      for (const key of nodePath) {
        const child = found.children?.get(key)
        if (!child) break
        found = child
      }
      return at(found.entry)
    },
    lineOf: (nodePath, line) => {
      let found: Place | undefined = place
      for (const key of nodePath) found = found?.children?.get(key)
      if (found?.value === undefined) return undefined
      const start = at(found.value)
      if (found.type === 'BLOCK_LITERAL') {
        const firstBreak = text.indexOf('\n', found.value)
        const nextBreak = firstBreak < 0 ? -1 : text.indexOf('\n', firstBreak + 1)
        const first =
          firstBreak < 0 ? '' : text.slice(firstBreak + 1, nextBreak < 0 ? undefined : nextBreak)
        return { line: start.line + line, column: first.length - first.trimStart().length + 1 }
      }
      return line === 1 ? start : undefined
    }
  }
}

function parsed(text: string) {
  const lineCounter = new LineCounter()
  // Keys are made unique, and aliases bounded by the nodes they expand to, by convert(), in time
  // linear in what it reads; the library's own key check is quadratic, and its toJS() (never
  // called here) counts aliases, not what they expand to.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false })
  return { text, document, lineCounter }
}

function converted(document: Document, lineCounter: LineCounter) {
  try {
    return convert(document)
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error
    const { line, col } = lineCounter.linePos(error.offset)
    throw new WorkflowSyntaxError(
      `GitHub refuses this file: ${error.message}.`,
      { line, column: col },
      'refused'
    )
  }
}

/** A workflow file as the check is handed it: its path, and its text or why it was not read. */
export interface SourceFile {
  path: string
  text: string
  /** Why the entry was not read (a link, a folder, a file GitHub refuses): a finding on it. */
  unread?: Pick<Finding, 'level' | 'title' | 'message'> & {
    /** Whether it counts as a workflow file in the headline; links and folders do not. */
    counted: boolean
  }
}

/** A file seen through a local action's steps: some places belong to the action's own file. */
export interface PlacedFile extends WorkflowFile {
  placeOf?(path: readonly (string | number)[]): { file: string; note: string } | undefined
}
