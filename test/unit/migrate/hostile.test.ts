// A workflow file is a stranger's text: finding and rewriting stay proportional to its size.
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { bashParser } from '../../../src/check/shell/bash.ts'
import { planMigration } from '../../../src/migrate/plan.ts'

const tools = { bash: bashParser(sh.syntax) }
const time = (work: () => unknown) => {
  const start = performance.now()
  work()
  return performance.now() - start
}

describe('migrate on hostile workflows', () => {
  // 1,000 jobs: once each logs in, more would pass the 50,000 YAML nodes GitHub reads of a file.
  it('rewrites a file of 1,000 pushing jobs in time proportional to it', () => {
    const job = (index: number) =>
      `  job${index}:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet nuget push a.nupkg -k \${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n`
    const text = (count: number) =>
      `on:\n  push:\n    tags: ['v*']\njobs:\n${Array.from({ length: count }, (_, index) => job(index)).join('')}`
    const source = (count: number) => [{ path: '.github/workflows/many.yml', text: text(count) }]
    let plan = planMigration([], { tools })
    const elapsed = time(() => (plan = planMigration(source(1000), { tools })))
    expect(plan.jobs.filter((outcome) => outcome.status === 'migrated')).toHaveLength(1000)
    expect(plan.files[0]?.after.match(/uses: acme\/nuget-login@v1/g)).toHaveLength(1000)
    // Guards against quadratic work (minutes), not a benchmark.
    expect(elapsed).toBeLessThan(60_000)
  }, 120_000)

  it('reads long lines of script, newlines and near-misses without backtracking', () => {
    const lines = [
      'echo a\r\n'.repeat(5000) + 'X ${{ secrets.NUGET_API_KEY }}',
      '\n'.repeat(50_000) + 'x ${{ secrets.NUGET_API_KEY }}',
      'a/'.repeat(50_000) + 'b ${{ secrets.NUGET_API_KEY }}',
      `${'a '.repeat(50_000)}nuget push x.nupkg -ApiKey \${{ secrets.NUGET_API_KEY }}`
    ]
    for (const script of lines) {
      const text = `on: [push]\njobs:\n  j:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${JSON.stringify(script)}\n`
      expect(
        time(() => planMigration([{ path: '.github/workflows/w.yml', text }], { tools }))
      ).toBeLessThan(20_000)
    }
  }, 120_000)
})
