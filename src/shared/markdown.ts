// Markdown for job summaries, where workflows, servers and users supply some of the text.

/**
 * Prose that may hold a server's words, a claim or an input, as Markdown that shows it as text:
 * no link, image, HTML, autolink or link definition, whatever it holds, under GitHub's renderer
 * (cmark-gfm, whose autolinks are `http(s)://`, `ftp://`, `www.` and e-mail addresses) and under
 * markdown-it with linkify (also bare domains and `//host`). Backtick code spans are kept, as they
 * show their text as it is; everything else that could open markup is escaped.
 */
export function inertProse(text: string): string {
  const closing = closingTickRuns(text)
  let markdown = ''
  for (let at = 0; at < text.length;) {
    const run = runAt(text, at)
    if (text[at] === '`') {
      const end = closing.get(at)
      markdown += end === undefined ? '\\`'.repeat(run) : text.slice(at, end)
      at = end ?? at + run
    } else if (text[at] === '@') {
      markdown += inertAts(text, at, run)
      at += run
    } else {
      markdown += inertCharacter(text, at)
      at += 1
    }
  }
  return markdown
}

/** How many times the character at `at` repeats from there. */
function runAt(text: string, at: number): number {
  let end = at + 1
  while (text[end] === text[at]) end += 1
  return end - at
}

/**
 * For each run of backticks that opens a code span, where the span ends (after its closing run,
 * the next run of the same length): found in one pass from the end, so the reading stays linear.
 */
function closingTickRuns(text: string): Map<number, number> {
  const runs = [...text.matchAll(/`+/g)].map((match) => ({
    at: match.index,
    length: match[0].length
  }))
  const nextOfLength = new Map<number, number>()
  const closing = new Map<number, number>()
  for (const run of runs.reverse()) {
    const end = nextOfLength.get(run.length)
    if (end !== undefined) closing.set(run.at, end)
    nextOfLength.set(run.length, run.at + run.length)
  }
  return closing
}

/**
 * A run of '@'. cmark-gfm finds e-mail addresses in text after joining escaped characters back in,
 * so only another kind of node can split one: a code span, which shows the '@' as it is. Beside a
 * backtick no address can form (and a code span there would merge with its run), so it is escaped.
 */
function inertAts(text: string, at: number, length: number): string {
  const ats = text.slice(at, at + length)
  const besideTick = text[at - 1] === '`' || text[at + length] === '`'
  return besideTick ? ats.replace(/@/g, '\\@') : `\`${ats}\``
}

function inertCharacter(text: string, at: number): string {
  const character = text[at] as string
  const next = text[at + 1] ?? ''
  if (character === '<') return '&lt;'
  if (character === '>') return '&gt;'
  if ('\\[]|'.includes(character)) return `\\${character}`
  if (character === ':' && text.startsWith('//', at + 1)) return '\\:'
  // `//host` and a domain's dots (`nuget.org`, `www.`): linkify reads each escaped piece apart.
  if (character === '/' && next === '/') return '\\/'
  if (character === '.' && /\p{L}/u.test(next)) return '\\.'
  return character
}

/**
 * Prose for a table cell, shown as inertProse shows it, on one line, and with every pipe escaped,
 * a code span's too: a table splits its rows at pipes before it reads code spans.
 */
export function inertCell(text: string): string {
  return inertProse(text.replace(/[\r\n]+/g, ' ')).replace(/(?<!\\)\|/g, '\\|')
}

/** A value for a code span in a table cell: no backtick to close it, no pipe to end the cell. */
export function codeText(text: string): string {
  return text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
}
