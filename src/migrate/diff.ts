// A unified diff of a rewrite, read off its edits: each edit widened to whole lines, with three
// lines of context, in time proportional to the file.
import { applyEdits, type Edit } from './yaml-text.ts'

const CONTEXT = 3

interface Segment {
  start: number
  end: number
  edits: Edit[]
}

export function unifiedDiff(path: string, before: string, edits: Edit[]): string {
  const segments = segmentsOf(before, edits)
  if (segments.length === 0) return ''
  const lineAt = lineIndex(before)
  const lines = before.split('\n')
  const changes = segments.map((segment) => {
    const oldText = before.slice(segment.start, segment.end)
    const newText = applyEdits(
      oldText,
      segment.edits.map((edit) => ({
        ...edit,
        start: edit.start - segment.start,
        end: edit.end - segment.start
      }))
    )
    return trimmed({
      first: lineAt(segment.start),
      removed: linesOf(oldText),
      added: linesOf(newText)
    })
  })
  const out = [`--- a/${path}`, `+++ b/${path}`]
  let index = 0
  let shift = 0
  while (index < changes.length) {
    let last = index
    while (
      last + 1 < changes.length &&
      (changes[last + 1]?.first ?? 0) -
        ((changes[last]?.first ?? 0) + (changes[last]?.removed.length ?? 0)) <=
        2 * CONTEXT
    ) {
      last++
    }
    const group = changes.slice(index, last + 1)
    out.push(...hunk(lines, group, shift))
    for (const change of group) shift += change.added.length - change.removed.length
    index = last + 1
  }
  return `${out.join('\n')}\n`
}

type Change = { first: number; removed: string[]; added: string[] }

/** A change without the lines its old and new text share at either end. */
function trimmed({ first, removed, added }: Change): Change {
  let head = 0
  while (head < removed.length && head < added.length && removed[head] === added[head]) head++
  let tail = 0
  while (
    tail < removed.length - head &&
    tail < added.length - head &&
    removed[removed.length - 1 - tail] === added[added.length - 1 - tail]
  ) {
    tail++
  }
  return {
    first: first + head,
    removed: removed.slice(head, removed.length - tail),
    added: added.slice(head, added.length - tail)
  }
}

/** One hunk; `shift` is how many lines earlier hunks added to the new file. */
function hunk(lines: string[], changes: Change[], shift: number): string[] {
  const firstChange = changes[0] as Change
  const lastChange = changes.at(-1) as Change
  const total = lines.at(-1) === '' ? lines.length - 1 : lines.length
  const start = Math.max(firstChange.first - CONTEXT, 0)
  const end = Math.min(lastChange.first + lastChange.removed.length + CONTEXT, total)
  const body: string[] = []
  let at = start
  let oldCount = 0
  let newCount = 0
  for (const change of changes) {
    for (; at < change.first; at++, oldCount++, newCount++) body.push(` ${lines[at]}`)
    body.push(...change.removed.map((line) => `-${line}`))
    body.push(...change.added.map((line) => `+${line}`))
    oldCount += change.removed.length
    newCount += change.added.length
    at += change.removed.length
  }
  for (; at < end; at++, oldCount++, newCount++) body.push(` ${lines[at]}`)
  const range = (from: number, count: number) => `${count === 0 ? from : from + 1},${count}`
  return [`@@ -${range(start, oldCount)} +${range(start + shift, newCount)} @@`, ...body]
}

/** Edits widened to the whole lines they touch, merged where they share a line. */
function segmentsOf(text: string, edits: Edit[]): Segment[] {
  const segments: Segment[] = []
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const start = text.lastIndexOf('\n', edit.start - 1) + 1
    const atLineStart = (at: number) => at === 0 || text[at - 1] === '\n'
    const end =
      edit.end > start && atLineStart(edit.end)
        ? edit.end
        : edit.start === edit.end && edit.start === start
          ? start
          : afterLine(text, edit.end)
    const previous = segments.at(-1)
    if (previous && start < previous.end) {
      previous.end = Math.max(previous.end, end)
      previous.edits.push(edit)
    } else if (previous && start === previous.end && previous.start === previous.end) {
      previous.end = end
      previous.edits.push(edit)
    } else {
      segments.push({ start, end, edits: [edit] })
    }
  }
  return segments
}

function afterLine(text: string, at: number): number {
  const newline = text.indexOf('\n', at)
  return newline < 0 ? text.length : newline + 1
}

function linesOf(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** The 0-based line of an offset, by binary search over line starts. */
function lineIndex(text: string): (at: number) => number {
  const starts = [0]
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1)
  return (at) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((starts[middle] as number) <= at) low = middle
      else high = middle - 1
    }
    return low
  }
}
