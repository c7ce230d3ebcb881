// Editing a workflow's text at the ranges `yaml` reports, so every byte outside an edit stays.
import {
  isMap,
  isPair,
  isScalar,
  parseDocument,
  type Document,
  type Pair,
  type YAMLMap
} from 'yaml'

export type Range = [number, number, number]
export interface Edit {
  start: number
  end: number
  text: string
}

export interface Node {
  range?: Range | null
}

/** The file's node tree with ranges; its keys were checked already when the workflow was read. */
export function parseText(text: string): Document.Parsed {
  return parseDocument(text, { keepSourceTokens: true, uniqueKeys: false })
}

/** The pair with this key in a map node, if the node is a map. */
export function pairIn(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined
  return (map as YAMLMap<Node, Node>).items.find(
    (pair) => isPair(pair) && isScalar(pair.key) && String(pair.key.value) === key
  )
}

export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

/** Where the line holding `at` ends: its `\n` or `\r\n` (or the text's end). */
export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at)
  if (end < 0) return text.length
  return end > at && text[end - 1] === '\r' ? end - 1 : end
}

export function columnOf(text: string, at: number): number {
  return at - lineStart(text, at)
}

/** Where a pair's last non-blank text ends: after its value, before trailing blank lines. */
export function pairEnd(text: string, pair: Pair<Node, Node>): number {
  const end = pair.value?.range?.[1] ?? pair.key?.range?.[1] ?? 0
  let at = end
  while (at > 0 && /\s/.test(text[at - 1] as string)) at--
  return lineEnd(text, Math.max(at - 1, 0))
}

/** The line where a map's last entry ends. */
export function mapEnd(text: string, map: YAMLMap<Node, Node>): number {
  const last = map.items.at(-1)
  return last ? pairEnd(text, last) : lineEnd(text, map.range?.[0] ?? 0)
}

/** The column a block map's keys start at. */
export function keyColumn(text: string, map: YAMLMap<Node, Node>): number {
  const first = map.items[0]?.key?.range?.[0] ?? map.range?.[0] ?? 0
  return columnOf(text, first)
}

/** A pair's lines, from its key's line to its value's last line, for removal. */
export function pairLines(text: string, pair: Pair<Node, Node>): Edit {
  const start = lineStart(text, pair.key?.range?.[0] ?? 0)
  const end = pairEnd(text, pair)
  const newline = text.startsWith('\r\n', end) ? 2 : 1
  return { start, end: Math.min(end + newline, text.length), text: '' }
}

export function sourceOf(text: string, node: Node | null | undefined): string {
  const range = node?.range
  return range ? text.slice(range[0], range[1]) : ''
}

export function isFlow(text: string, node: Node | null | undefined): boolean {
  const source = sourceOf(text, node).trimStart()
  return source.startsWith('{') || source.startsWith('[')
}

/** Applies edits that do not overlap; throws if two do, as that would be a bug. */
export function applyEdits(text: string, edits: Edit[]): string {
  // Stable by start, so insertions at one place keep the order they were made in.
  const sorted = edits
    .map((edit, order) => ({ edit, order }))
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end || a.order - b.order)
  const parts: string[] = []
  let at = 0
  for (const { edit } of sorted) {
    if (edit.start < at) throw new Error('overlapping edits')
    parts.push(text.slice(at, edit.start), edit.text)
    at = edit.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}
