// inertCell: text from a workflow file, in a table cell of the check's summary, stays in its cell
// and shows as text. Rendered with markdown-it, HTML and autolinks on (stricter than GitHub).
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { describe, expect, it } from 'vitest'
import { inertCell } from '../../../src/shared/markdown.ts'

const markdown = new MarkdownIt({ html: true, linkify: true })

const allTokens = (tokens: Token[]): Token[] =>
  tokens.flatMap((token) => [token, ...allTokens(token.children ?? [])])

/** A one-row table with the text in its middle cell: the cells as rendered, and any live markup. */
function rendered(text: string) {
  const table = `| a | b | c |\n| --- | --- | --- |\n| x | ${inertCell(text)} | z |`
  const tokens = allTokens(markdown.parse(table, {}))
  return {
    cells: [...markdown.render(table).matchAll(/<td>(.*?)<\/td>/gs)].map((match) => match[1]),
    live: tokens
      .filter((token) => /^(link_open|image|html_inline|html_block)$/.test(token.type))
      .map((token) => token.attrGet('href') ?? token.attrGet('src') ?? token.content)
  }
}

describe('inertCell', () => {
  it.each([
    ['a link', "user 'x [link](https://evil.example)'"],
    ['an image', 'job ![img](https://evil.example/x.png)'],
    ['a link behind a pipe in a code span', '`a|[x](https://evil.example)|b`'],
    ['a link after a code span that swallows a pipe', '`a\\`|[x](https://evil.example)`'],
    ['HTML', 'x <img src=https://evil.example/p.png> y'],
    ['a line break before a table row', 'x\n| y | [x](https://evil.example) |'],
    ['a carriage return', 'x\r[x](https://evil.example)']
  ])('keeps %s in its cell, as text', (_, text) => {
    const { cells, live } = rendered(text)

    expect(live).toEqual([])
    expect(cells).toHaveLength(3)
    expect(cells[0]).toBe('x')
    expect(cells[2]).toBe('z')
    expect(cells[1]).toContain('evil.example')
  })

  it('keeps the check’s own code spans', () => {
    expect(rendered('add `id-token: write` to the job').cells[1]).toBe(
      'add <code>id-token: write</code> to the job'
    )
  })
})
