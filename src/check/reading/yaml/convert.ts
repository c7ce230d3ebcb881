// A parsed YAML document as plain data, read the way GitHub's workflow reader reads it: aliases
// replayed, every node counted (replays included) against GitHub's limit, nesting bounded, and a
// key defined twice in a mapping refused. Positions are recorded on the way, once, so a finding's
// place costs no more than its path.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml'

/** GitHub's reader refuses a document once it has traversed this many nodes, replays counted. */
export const MAX_NODES = 50_000
/** GitHub's deepest nesting of mappings and sequences. */
export const MAX_DEPTH = 50

/** Where a node of the data stands: its entry (a key, or an item) and its value. */
export interface Place {
  /** The offset where the entry starts: its key in a mapping, the item itself in a sequence. */
  entry: number
  /** The offset where the value starts, and its scalar style, when it has one. */
  value?: number
  type?: string
  children?: Map<string | number, Place>
}

/** Why GitHub would not read the document, and where. */
export class ConversionError extends Error {
  readonly offset: number
  constructor(message: string, offset: number) {
    super(message)
    this.offset = offset
  }
}

interface Walk {
  nodes: number
  anchors: Map<string, { node: Node; place: Place }>
}

/** The document's data and the places of its nodes; throws ConversionError where GitHub would. */
export function convert(document: Document): { data: unknown; place: Place } {
  // GitHub counts the stream's and the document's start and end events too.
  const walk: Walk = { nodes: 4, anchors: new Map() }
  const contents = document.contents as Node | null
  if (!contents) return { data: null, place: { entry: 0 } }
  const start = contents.range?.[0] ?? 0
  return convertNode(contents, walk, 0, false, { entry: start })
}

function convertNode(
  node: Node,
  walk: Walk,
  depth: number,
  replaying: boolean,
  place: Place
): { data: unknown; place: Place } {
  const offset = node.range?.[0] ?? place.entry
  if (isAlias(node)) {
    const anchored = walk.anchors.get(node.source)
    if (!anchored) throw new ConversionError(`the anchor '${node.source}' is not defined`, offset)
    const replayed = convertNode(anchored.node, walk, depth, true, anchored.place)
    return { data: replayed.data, place: { ...anchored.place, entry: place.entry } }
  }
  count(walk, isScalar(node) ? 1 : 2, offset)
  const own: Place = { entry: place.entry, value: offset }
  if (!replaying && node.anchor) walk.anchors.set(node.anchor, { node, place: own })
  if (isScalar(node)) {
    own.type = node.type
    return { data: node.value, place: own }
  }
  if (depth + 1 > MAX_DEPTH) {
    throw new ConversionError(`it nests mappings and lists deeper than ${MAX_DEPTH} levels`, offset)
  }
  own.children = new Map()
  if (isSeq(node)) {
    const items: unknown[] = []
    for (const [index, item] of node.items.entries()) {
      const entry = (item as Node | null)?.range?.[0] ?? offset
      const child = item ? convertNode(item as Node, walk, depth + 1, replaying, { entry }) : null
      items.push(child ? child.data : null)
      if (child) own.children.set(index, child.place)
    }
    return { data: items, place: own }
  }
  if (isMap(node)) return { data: mapping(node.items, walk, depth, replaying, own), place: own }
  throw new ConversionError('it holds a node GitHub does not read', offset)
}

function mapping(
  pairs: Pair[],
  walk: Walk,
  depth: number,
  replaying: boolean,
  own: Place
): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  const seen = new Set<string>()
  for (const pair of pairs) {
    const keyNode = pair.key as Node | null
    const entry = keyNode?.range?.[0] ?? own.value ?? own.entry
    if (keyNode && !isScalar(keyNode)) {
      throw new ConversionError(
        'a key is not plain text (a mapping, a list or an alias), which GitHub does not read',
        entry
      )
    }
    count(walk, 1, entry)
    if (!replaying && keyNode?.anchor)
      walk.anchors.set(keyNode.anchor, { node: keyNode, place: { entry } })
    const key = keyNode ? String(keyNode.value ?? '') : ''
    if (seen.has(key)) throw new ConversionError(`the key '${key}' is defined twice`, entry)
    seen.add(key)
    const valueNode = pair.value as Node | null
    const child = valueNode
      ? convertNode(valueNode, walk, depth + 1, replaying, { entry })
      : { data: null, place: { entry } }
    // A key such as __proto__ is data here, never the object's prototype.
    Object.defineProperty(data, key, {
      value: child.data,
      enumerable: true,
      writable: true,
      configurable: true
    })
    own.children?.set(key, child.place)
  }
  return data
}

function count(walk: Walk, nodes: number, offset: number): void {
  walk.nodes += nodes
  if (walk.nodes > MAX_NODES) {
    throw new ConversionError(
      `it expands to more than ${MAX_NODES.toLocaleString('en-US')} YAML nodes, aliases replayed`,
      offset
    )
  }
}
