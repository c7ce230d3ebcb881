// Text for a step's log, where the runner reads every line for workflow commands: a line that
// starts with `::` (after white space) or holds `##[` anywhere is parsed as one, and a lone \r
// ends a line. Values from a token, a server, an input or a workflow file are made inert here
// rather than fenced with stop-commands: a fence would need every later line, the key's own
// ::add-mask:: included, to come after its end, and would still let \r, line separators and bidi
// controls rearrange what a reader sees.

/** Characters a reader cannot see, or that end or reorder a line: controls, format, separators. */
const UNSEEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu

/** `\u000d` for a carriage return: the character is named, not acted on. */
function escaped(character: string): string {
  const code = character.codePointAt(0) ?? 0
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * An untrusted value (a claim, a server's words, an input) for one line of a message: every unseen
 * character escaped, and no `::` or `##[` left that could start a command.
 */
export function inertValue(text: string): string {
  return shown(text).replace(/::/g, ':\\u003a')
}

/**
 * A value from a workflow or a server for a summary or any one-line place: every unseen
 * character, line breaks first, shown escaped as `\u000a`, so it can start no line of its own.
 */
export function visibleCharacters(text: string): string {
  return text.replace(UNSEEN, escaped)
}

/** Every unseen character escaped, and no legacy `##[` command, which counts anywhere in a line. */
function shown(text: string): string {
  return text.replace(UNSEEN, escaped).replace(/##\[/g, '##\\u005b')
}

/** .NET's Char.IsWhiteSpace, which the runner trims before looking for `::`. */
const LEADING_SPACE = /^[\p{Zs}\t\v\f]*/u

/**
 * A message as the action prints it: its own line breaks (\n) kept, and on every line whatever the
 * runner would read as a command made inert. The last guard before stdout, for all log text.
 */
export function inertLog(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      const text = shown(line)
      const indent = LEADING_SPACE.exec(text)?.[0] ?? ''
      return text.startsWith('::', indent.length)
        ? `${indent}:\\u003a${text.slice(indent.length + 2)}`
        : text
    })
    .join('\n')
}
