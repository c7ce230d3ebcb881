// GitHub's filter patterns for branches and tags: `*` any characters but `/`, `**` any characters,
// `?` zero or one and `+` one or more of the character (or set) before it, `[...]` one character of
// a set or range, `\` escapes the next character. The pattern is read into a list of steps and a
// name is matched by walking every step it could be at, at once: time pattern × name, whatever
// either holds (a regular expression built from `**…**` backtracks).

type Step = { test: (char: string) => boolean; repeat: 'once' | 'optional' | 'any' }

/** Whether `name` matches a filter pattern (without its leading `!`). */
export function matchesPattern(pattern: string, name: string): boolean {
  const steps = stepsOf(pattern)
  // at[i]: the name read so far can end just before step i.
  let at = closure(steps, [0])
  for (const char of name) {
    const next: number[] = []
    steps.forEach((step, position) => {
      if (at[position] && step.test(char))
        next.push(step.repeat === 'any' ? position : position + 1)
    })
    if (next.length === 0) return false
    at = closure(steps, next)
  }
  return at[steps.length] === 1
}

/** Branch or tag filters as GitHub applies them: `!` excludes, and the last pattern that matches wins. */
export function matchesFilters(patterns: unknown[], name: string): boolean {
  let matched = false
  for (const pattern of patterns.map(String)) {
    const negated = pattern.startsWith('!')
    if (matchesPattern(negated ? pattern.slice(1) : pattern, name)) matched = !negated
  }
  return matched
}

/** The positions reachable from these without reading a character: past optional and repeated steps. */
function closure(steps: Step[], positions: number[]): Uint8Array {
  const at = new Uint8Array(steps.length + 1)
  for (const position of positions) at[position] = 1
  steps.forEach((step, position) => {
    if (at[position] && step.repeat !== 'once') at[position + 1] = 1
  })
  return at
}

const ANY = () => true
const NOT_SLASH = (char: string) => char !== '/'

function stepsOf(pattern: string): Step[] {
  const steps: Step[] = []
  const chars = [...pattern]
  for (let index = 0; index < chars.length; index++) {
    const char = chars[index] as string
    const previous = steps.at(-1)
    if (char === '*') {
      const double = chars[index + 1] === '*'
      if (double) index++
      steps.push({ test: double ? ANY : NOT_SLASH, repeat: 'any' })
    } else if ((char === '?' || char === '+') && previous?.repeat === 'once') {
      if (char === '?') previous.repeat = 'optional'
      else steps.push({ test: previous.test, repeat: 'any' })
    } else if (char === '[') {
      const set = setAt(chars, index)
      if (set) {
        steps.push({ test: set.test, repeat: 'once' })
        index = set.end
      } else steps.push(literal(char))
    } else if (char === '\\' && index + 1 < chars.length) {
      steps.push(literal(chars[++index] as string))
    } else steps.push(literal(char))
  }
  return steps
}

const literal = (expected: string): Step => ({
  test: (char) => char === expected,
  repeat: 'once'
})

/** `[abc]` or `[a-z0-9]` starting at `start`: its test and the index of its `]`. */
function setAt(chars: string[], start: number) {
  const end = chars.indexOf(']', start + 2)
  if (end < 0) return undefined
  const ranges: [string, string][] = []
  for (let index = start + 1; index < end; index++) {
    const from = chars[index] as string
    if (chars[index + 1] === '-' && index + 2 < end) {
      ranges.push([from, chars[index + 2] as string])
      index += 2
    } else ranges.push([from, from])
  }
  return { test: (char: string) => ranges.some(([low, high]) => char >= low && char <= high), end }
}
