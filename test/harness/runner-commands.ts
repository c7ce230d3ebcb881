// Reads a step's output the way the GitHub Actions runner does (actions/runner: ProcessInvoker,
// OutputManager, ActionCommandManager, ActionCommand.TryParseV2 and TryParse), so tests can see
// which workflow commands a run really issued, whatever its text looks like.

/** The commands the runner knows; any other name is printed as text. Names match ignoring case. */
export const RUNNER_COMMANDS = [
  'add-mask',
  'add-path',
  'set-env',
  'set-output',
  'save-state',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'internal-set-repo-path',
  'stop-commands'
] as const

export interface RunnerCommand {
  /** As written, lower-cased. */
  name: string
  properties: Record<string, string>
  data: string
  /** `::name::data`, or the legacy `##[name]data`, which the runner finds anywhere in a line. */
  form: 'v2' | 'legacy'
  /** The line (0-based, as the runner split the output) the command came from. */
  line: number
}

export interface RunnerReading {
  /** Every command the runner ran, in order, including stop-commands and its resume token. */
  commands: RunnerCommand[]
  /** The secrets add-mask registered. */
  masks: string[]
  /** The lines the runner printed as text, each masked with the secrets known when it came. */
  log: string[]
  /** Set while commands are stopped at the end of the output: nothing after it was a command. */
  stoppedBy: string | undefined
}

/**
 * .NET's StreamReader.ReadLine: a line ends at "\n", "\r" or "\r\n"; a final empty line after the
 * last terminator is not a line.
 */
export function dotnetReadLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** .NET's Char.IsWhiteSpace, which TrimStart uses: not JavaScript's \s (that has U+FEFF, lacks U+0085). */
const DOTNET_LEADING_WHITESPACE =
  /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

/** Replays output through the runner's rules and reports what it did with it. */
export function replayOutput(text: string): RunnerReading {
  const registered = new Set<string>(RUNNER_COMMANDS)
  const reading: RunnerReading = { commands: [], masks: [], log: [], stoppedBy: undefined }
  dotnetReadLines(text).forEach((line, index) => {
    const command = line.includes('::') || line.includes('##[') ? parse(line, registered) : null
    if (command && reading.stoppedBy !== undefined) {
      if (command.name !== reading.stoppedBy) return void reading.log.push(masked(line, reading))
      registered.delete(reading.stoppedBy)
      reading.stoppedBy = undefined
      reading.commands.push({ ...command, line: index })
      return
    }
    if (!command) return void reading.log.push(masked(line, reading))
    reading.commands.push({ ...command, line: index })
    if (command.name === 'add-mask' && command.data) reading.masks.push(command.data)
    if (command.name === 'stop-commands') {
      const token = command.data.toLowerCase()
      // ActionCommandManager.ValidateStopToken refuses these tokens.
      if (token === '' || token === 'pause-logging' || registered.has(token)) return
      registered.add(token)
      reading.stoppedBy = token
    }
  })
  return reading
}

function masked(line: string, reading: RunnerReading): string {
  return reading.masks.reduce((text, secret) => text.split(secret).join('***'), line)
}

function parse(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | null {
  return parseV2(line, registered) ?? parseLegacy(line, registered)
}

/** `::name key=value,key=value::data`, at the start of the line once leading white space is trimmed. */
function parseV2(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | null {
  const message = line.replace(DOTNET_LEADING_WHITESPACE, '')
  if (!message.startsWith('::')) return null
  const end = message.indexOf('::', 2)
  if (end < 0) return null
  const parsed = nameAndProperties(message.slice(2, end), V2_PROPERTIES, registered)
  if (!parsed) return null
  return { ...parsed, data: unescape(message.slice(end + 2), V2_DATA_ESCAPES), form: 'v2' }
}

/** `##[name key=value;key=value]data`, anywhere in the line. */
function parseLegacy(line: string, registered: Set<string>): Omit<RunnerCommand, 'line'> | null {
  const prefix = line.indexOf('##[')
  if (prefix < 0) return null
  const close = line.indexOf(']', prefix)
  if (close < 0) return null
  const parsed = nameAndProperties(line.slice(prefix + 3, close), LEGACY_PROPERTIES, registered)
  if (!parsed) return null
  return { ...parsed, data: unescape(line.slice(close + 1), LEGACY_ESCAPES), form: 'legacy' }
}

/** How each form writes its properties: the v2 form trims them, the legacy form does not. */
interface PropertySyntax {
  separator: string
  trim: boolean
  escapes: [string, string][]
}

/** `name key=value<separator>key=value`: the command, or null when the runner has no such command. */
function nameAndProperties(
  info: string,
  syntax: PropertySyntax,
  registered: Set<string>
): { name: string; properties: Record<string, string> } | null {
  const space = info.indexOf(' ')
  const name = (space < 0 ? info : info.slice(0, space)).toLowerCase()
  if (!registered.has(name)) return null
  const properties: Record<string, string> = {}
  if (space > 0) {
    const text = info.slice(space + 1)
    for (const pair of (syntax.trim ? text.trim() : text).split(syntax.separator).filter(Boolean)) {
      const [key, value] = splitOnce(pair, '=')
      if (key && value) properties[key] = unescape(value, syntax.escapes)
    }
  }
  return { name, properties }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator)
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)]
}

const V2_DATA_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%']
]
const V2_PROPERTY_ESCAPES: [string, string][] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%']
]
const LEGACY_ESCAPES: [string, string][] = [
  ['%3B', ';'],
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%5D', ']'],
  ['%25', '%']
]
const V2_PROPERTIES: PropertySyntax = { separator: ',', trim: true, escapes: V2_PROPERTY_ESCAPES }
const LEGACY_PROPERTIES: PropertySyntax = { separator: ';', trim: false, escapes: LEGACY_ESCAPES }

function unescape(text: string, escapes: [string, string][]): string {
  return escapes.reduce((value, [escaped, plain]) => value.split(escaped).join(plain), text)
}
