// The default push source a NuGet.Config names (`<config><add key="defaultPushSource" ...>`), read
// in one pass: the file comes from a pull request as much as the workflows do.

/** The value of defaultPushSource, or undefined when the file sets none. */
export function defaultPushSourceOf(config: string): string | undefined {
  const lower = config.toLowerCase()
  for (let at = lower.indexOf('<add'); at >= 0; at = lower.indexOf('<add', at + 4)) {
    const end = lower.indexOf('>', at)
    if (end < 0) return undefined
    if (/[\w-]/.test(lower[at + 4] ?? '')) continue
    const attributes = attributesOf(config.slice(at + 4, end))
    if (attributes.get('key')?.toLowerCase() === 'defaultpushsource') return attributes.get('value')
  }
  return undefined
}

/** `name="value"` (or single quotes) pairs of a tag's text, names in lower case. */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>()
  let at = 0
  while (at < tag.length) {
    const equals = tag.indexOf('=', at)
    if (equals < 0) break
    const name = tag.slice(at, equals).trim().split(/\s/).at(-1)?.toLowerCase() ?? ''
    let open = equals + 1
    while (tag[open] === ' ' || tag[open] === '\t' || tag[open] === '\n' || tag[open] === '\r')
      open++
    const quote = tag[open]
    if (quote !== '"' && quote !== "'") break
    const close = tag.indexOf(quote, open + 1)
    if (close < 0) break
    attributes.set(name, tag.slice(open + 1, close))
    at = close + 1
  }
  return attributes
}
