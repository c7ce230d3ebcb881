import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { planMigration } from '../../../src/migrate/plan.ts'
import { fenced, migrationSummary } from '../../../src/migrate/summary.ts'

const source = (text: string) => ({ path: '.github/workflows/release.yml', text })
const PUSH =
  "on:\n  push:\n    tags: ['v*']\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet nuget push a.nupkg -k ${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n"

describe('migrationSummary', () => {
  it('shows the change as a diff block and the policy fields to enter', () => {
    const markdown = migrationSummary(planMigration([source(PUSH)]), 'contoso/widgets')
    expect(markdown).toContain('```diff\n--- a/.github/workflows/release.yml\n')
    expect(markdown).toContain('+      - name: Log in to nuget.org\n')
    expect(markdown).toContain('| Repository Owner | `contoso` |')
    expect(markdown).toContain('| Workflow File | `release.yml` |')
    expect(markdown).toContain('NUGET_USER')
  })

  it('keeps a workflow’s text inert: backticks, HTML and links stay inside the code block', () => {
    const hostile = PUSH.replace(
      'steps:\n',
      'steps:\n      - run: echo "``` <img src=x> [a](https://evil.example) ````"\n'
    )
    const markdown = migrationSummary(planMigration([source(hostile)]), undefined)
    const html = new MarkdownIt({ html: true }).render(markdown)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<a ')
    expect(html).toContain('&lt;img src=x&gt;')
    expect(html.match(/<pre>/g)).toHaveLength(1)
  })

  it('is empty when nothing pushes with a stored key', () => {
    expect(migrationSummary(planMigration([source('on: [push]\njobs: {}\n')]), undefined)).toBe('')
  })

  it('fences text with a fence longer than any run of backticks in it', () => {
    expect(fenced('a ```` b', 'diff')).toEqual(['`````diff', 'a ```` b', '`````'])
  })
})
