// Markdown for job summaries, where workflows, servers and users supply some of the text.

/**
 * Prose that may hold a server's words, a claim or an input, as Markdown that shows it as text:
 * no link, image, HTML, autolink (GitHub links `http://`, `www.` and e-mail addresses in plain
 * text) or link definition, whatever it holds. Backtick code spans are kept, as they show their
 * text as it is; everything else that could open markup is escaped.
 */
export function inertProse(text: string): string {
  let markdown = ''
  for (let at = 0; at < text.length;) {
    const ticks = /^`+/.exec(text.slice(at))?.[0]
    if (ticks) {
      const end = closingTicks(text, at + ticks.length, ticks.length)
      markdown += end < 0 ? '\\`'.repeat(ticks.length) : text.slice(at, end)
      at = end < 0 ? at + ticks.length : end
      continue
    }
    markdown += inertCharacter(text, at)
    at += 1
  }
  return markdown
}

/** Where the code span opened by `length` backticks ends (after its closing run), or -1. */
function closingTicks(text: string, from: number, length: number): number {
  for (const match of text.slice(from).matchAll(/`+/g)) {
    if (match[0].length === length) return from + match.index + length
  }
  return -1
}

function inertCharacter(text: string, at: number): string {
  const character = text[at] as string
  if (character === '<') return '&lt;'
  if (character === '>') return '&gt;'
  if ('\\[]|@'.includes(character)) return `\\${character}`
  if (character === ':' && text.startsWith('//', at + 1)) return '\\:'
  if (character === '.' && /www$/i.test(text.slice(Math.max(0, at - 3), at))) return '\\.'
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
