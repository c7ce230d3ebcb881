import { describe, expect, it } from 'vitest'
import { summaryMarkdown } from '../../../../src/check/report/report.ts'

describe('summaryMarkdown', () => {
  it('keeps what a workflow controls inside its table cell', () => {
    const markdown = summaryMarkdown({
      files: 1,
      loginJobs: 1,
      findings: [
        {
          level: 'error',
          file: '.github/workflows/a|b.yml',
          where: { line: 3, column: 5 },
          title: 'T',
          message: 'x | <script>alert(1)</script>\nnext'
        }
      ],
      policies: [{ file: 'f.yml', job: 'j`ob', fields: [['Environment', 'a|`b']] }]
    })
    const row = markdown.split('\n').find((line) => line.startsWith('| ❌ error'))
    expect(row).toBe(
      '| ❌ error | `.github/workflows/a\\|b.yml:3:5` | **T**: x \\| &lt;script&gt;alert(1)&lt;/script&gt;\\\\u000anext |'
    )
    expect(markdown).toContain("for job `j'ob` in `f.yml`")
    expect(markdown).toContain("| Environment | `a\\|'b` |")
  })
})
