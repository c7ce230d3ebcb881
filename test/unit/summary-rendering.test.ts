// The job summaries as GitHub renders them: Markdown parsed by a real renderer (markdown-it, with
// HTML allowed as GitHub allows it), asserted on the structure it produces.
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { describe, expect, it } from 'vitest'
import { summaryMarkdown } from '../../src/check/report/report.ts'
import { explainFailure } from '../../src/login/explain/failure.ts'
import { LoginError } from '../../src/login/errors.ts'
import { missingOidcEnvironment } from '../../src/login/exchange/oidc.ts'
import { failureSummary, successSummary, verifiedSummary } from '../../src/login/runner/summary.ts'
import { RELEASE_CLAIMS } from '../fakes/tokens.ts'

const markdown = new MarkdownIt({ html: true })
const render = (text: string) => markdown.parse(text, {})

/** Each table as rows of cell texts, header first. */
function tables(tokens: Token[]): string[][][] {
  const found: string[][][] = []
  let table: string[][] | undefined
  let row: string[] | undefined
  for (const token of tokens) {
    if (token.type === 'table_open') found.push((table = []))
    else if (token.type === 'tr_open') table?.push((row = []))
    else if (token.type === 'inline' && row && (token.map === null || table))
      row.push(token.content)
    else if (token.type === 'tr_close') row = undefined
    else if (token.type === 'table_close') table = undefined
  }
  return found
}

const html = (tokens: Token[]) =>
  tokens
    .flatMap((token) => [token, ...(token.children ?? [])])
    .filter((token) => token.type.startsWith('html'))

/** Claims as hostile as a workflow can make them: pipes, backticks, newlines, markup. */
const HOSTILE = {
  ...RELEASE_CLAIMS,
  repository: 'wid|gets',
  workflowFile: 'a`b|c.yml',
  environment: 'prod\n| injected | row |',
  ref: '<img src=x onerror=alert(1)>'
}

describe('the login summary, rendered', () => {
  it('success: a heading and two intact two-column tables, whatever the claims hold', () => {
    const tokens = render(successSummary('alice', new Date('2026-11-21T11:00:00Z'), HOSTILE))

    expect(tokens.find((token) => token.type === 'heading_open')?.tag).toBe('h3')
    const [policy, other] = tables(tokens)
    expect(policy?.map((cells) => cells.length)).toEqual([2, 2, 2, 2, 2])
    expect(other?.map((cells) => cells.length)).toEqual([2, 2, 2, 2])
    expect(policy?.[2]).toEqual(['Repository', '`wid|gets`'])
    expect(html(tokens)).toEqual([])
  })

  it('no id-token permission: the YAML to paste is a fenced yaml block', () => {
    const failure = explainFailure(missingOidcEnvironment(), { user: 'alice', claims: undefined })
    const tokens = render(failureSummary(failure, undefined))

    const fences = tokens.filter((token) => token.type === 'fence')
    expect(fences.map((fence) => [fence.info, fence.content])).toEqual([
      ['yaml', 'permissions:\n  id-token: write\n  contents: read\n']
    ])
    expect(tokens.find((token) => token.type === 'blockquote_open')).toBeDefined()
  })

  it('"No matching...": the causes as one list, the notes after it as paragraphs of their own', () => {
    const error = new LoginError('www.nuget.org refused the login (HTTP 401): x', {
      status: 401,
      serverMessage: "No matching trust policy owned by user 'alice' was found."
    })
    const tokens = render(
      failureSummary(
        explainFailure(error, { user: 'alice', claims: RELEASE_CLAIMS }),
        RELEASE_CLAIMS
      )
    )

    const items = tokens.filter((token) => token.type === 'list_item_open')
    expect(items).toHaveLength(3)
    const afterList = tokens.slice(tokens.findIndex((token) => token.type === 'bullet_list_close'))
    const paragraphs = afterList
      .filter((token) => token.type === 'inline')
      .map((token) => token.content)
    expect(paragraphs[0]).toMatch(/^It is not the Workflow File or the Environment/)
    expect(paragraphs[1]).toMatch(/^If the username shows as \*\*\*/)
  })

  it('a hostile server message stays quoted text: no HTML, no table of its own', () => {
    const failure = {
      message: 'refused: <script>alert(1)</script>\n| a | b |\n|---|---|',
      hint: undefined
    }
    const tokens = render(failureSummary(failure, HOSTILE))

    expect(html(tokens)).toEqual([])
    const [policy] = tables(tokens)
    expect(tables(tokens)).toHaveLength(2)
    expect(policy?.every((cells) => cells.length === 2)).toBe(true)
    expect(policy?.[4]).toEqual(['Environment', '`prod | injected | row |`'])
  })

  it('verify-only: a heading and the matched claims', () => {
    const tokens = render(verifiedSummary('alice', RELEASE_CLAIMS))
    expect(tokens.find((token) => token.type === 'inline')?.content).toContain(
      'policy matched (verify-only)'
    )
    expect(tables(tokens)).toHaveLength(2)
  })
})

describe('the check summary, rendered', () => {
  it('keeps each finding in its three cells, whatever the file names and messages hold', () => {
    const tokens = render(
      summaryMarkdown({
        files: 2,
        loginJobs: 1,
        findings: [
          {
            level: 'error',
            file: 'a|b.yml',
            where: { line: 1, column: 2 },
            title: 'T|1',
            message: 'm | <b>x</b>\n| c |'
          },
          {
            level: 'warning',
            file: 'c.yml',
            where: { line: 3, column: 4 },
            title: 'T2',
            message: 'plain'
          }
        ],
        policies: [{ file: 'c.yml', job: 'publish', fields: [['Environment', 'x|`y']] }]
      })
    )

    const [findings, policy] = tables(tokens)
    expect(findings?.map((cells) => cells.length)).toEqual([3, 3, 3])
    expect(policy?.map((cells) => cells.length)).toEqual([2, 2])
    expect(html(tokens)).toEqual([])
  })
})
