// Markdown for job summaries, where workflows, servers and users supply some of the text.

/** Prose that can open neither HTML nor a table: a server's words, a hint naming a policy. */
export function escapeProse(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|')
}

/** Prose for a table cell: as escapeProse, and on one line, so the row holds. */
export function cellText(text: string): string {
  return escapeProse(text).replace(/[\r\n]+/g, ' ')
}

/** A value for a code span in a table cell: no backtick to close it, no pipe to end the cell. */
export function codeText(text: string): string {
  return text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
}
