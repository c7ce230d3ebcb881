// Issue 16, "live links from server text in the summary": whatever a server message, a policy
// name or a claim holds, the job summary shows it as text. Rendered with markdown-it, with HTML
// and autolinks on (stricter than GitHub, which links neither bare domains nor unknown TLDs).
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { describe, expect, it } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import { explainFailure } from '../../../../src/login/explain/failure.ts'
import { failureSummary, successSummary } from '../../../../src/login/runner/summary.ts'
import { RELEASE_CLAIMS } from '../../../fakes/tokens.ts'

const markdown = new MarkdownIt({ html: true, linkify: true })

/** Every link, image and HTML token of the rendered Markdown, with where it points. */
function liveMarkup(text: string): string[] {
  const all = (tokens: Token[]): Token[] =>
    tokens.flatMap((token) => [token, ...all(token.children ?? [])])
  return all(markdown.parse(text, {}))
    .filter((token) => /^(link_open|image|html_inline|html_block)$/.test(token.type))
    .map(
      (token) => `${token.type} ${token.attrGet('href') ?? token.attrGet('src') ?? token.content}`
    )
}

const LINKS = [
  '[Re-authorise here](https://evil.example/login)',
  '![status](https://evil.example/pixel.png)',
  '<https://evil.example/a>',
  'https://evil.example/b',
  'www.evil.com/c',
  'mallory@evil.com',
  '[ref][1]\n\n[1]: https://evil.example/d',
  '\\[x](https://evil.example/e)',
  '[x](<https://evil.example/f>)'
]

/** The text of a rendered summary, markup removed: what a reader sees. */
const shown = (text: string) => markdown.render(text).replace(/<[^>]+>/g, '')

describe('server text in the failure summary', () => {
  it.each(LINKS)('shows %j as text, in the quote and in the advice', (link) => {
    const policy = `widgets ${link} release`
    const error = new LoginError(`www.nuget.org refused the login (HTTP 401): x`, {
      status: 401,
      serverMessage: `Workflow mismatch for policy '${policy}': expected 'a.yml', actual 'release.yml'`
    })
    const failure = explainFailure(error, { user: 'alice', claims: RELEASE_CLAIMS })
    const summary = failureSummary(
      { ...failure, message: `${failure.message} ${error.serverMessage}` },
      RELEASE_CLAIMS,
      'nuget.org'
    )

    expect(liveMarkup(summary).filter((markup) => markup.includes('evil'))).toEqual([])
    expect(shown(summary)).toContain('evil')
  })

  it('keeps the action’s own code spans', () => {
    const summary = failureSummary(
      { message: 'x', hint: 'Leave `audience` out, or set `token-service-url`.' },
      undefined,
      'nuget.org'
    )
    expect(markdown.render(summary)).toContain('<code>audience</code>')
  })
})

describe('claims in the summary', () => {
  it('shows a workflow file named like a link as text', () => {
    const claims = {
      ...RELEASE_CLAIMS,
      environment: undefined,
      workflowFile: '[release](https://evil.example).yml'
    }
    const summary = successSummary('alice', new Date('2026-11-21T11:00:00Z'), claims)
    expect(liveMarkup(summary).filter((markup) => markup.includes('evil'))).toEqual([])
  })
})
