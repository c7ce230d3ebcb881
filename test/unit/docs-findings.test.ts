// docs/check.md lists every finding the check makes, with its level, and no finding it does not.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../fixtures/workflows/expected.ts'
import { ROOT } from '../harness/run-action.ts'

const page = readFileSync(join(ROOT, 'docs', 'check.md'), 'utf8')
const table = page.slice(
  page.indexOf('## Findings'),
  page.indexOf('\n## ', page.indexOf('## Findings') + 1)
)

/** Each row's titles (the first cell, split at commas) with the row's levels. */
const rows = table
  .split('\n')
  .filter(
    (line) => line.startsWith('| ') && !line.startsWith('| Finding') && !line.startsWith('| -')
  )
  .map((line) => line.split('|').map((cell) => cell.trim()))
  .map(([, titles = '', levels = '']) => ({
    titles: titles.split(', '),
    levels: levels.split(' / ')
  }))

function sourceText(folder: string): string {
  return readdirSync(folder)
    .map((name) => join(folder, name))
    .map((path) => (statSync(path).isDirectory() ? sourceText(path) : readFileSync(path, 'utf8')))
    .join('\n')
}
const source = sourceText(join(ROOT, 'src', 'check'))

const expected = new Map<string, Set<string>>()
for (const [, , findings] of FIXTURES) {
  for (const [level, , title] of findings)
    expected.set(title, (expected.get(title) ?? new Set()).add(level))
}

describe('docs/check.md', () => {
  it('has a table of findings', () => {
    expect(rows.length).toBeGreaterThan(30)
  })

  it.each([...expected])('lists %s with the levels it is reported at', (title, levels) => {
    const row = rows.find((candidate) => candidate.titles.includes(title))
    expect(row, `a row for ${title}`).toBeDefined()
    for (const level of levels) expect(row?.levels).toContain(level)
  })

  it.each(rows.flatMap((row) => row.titles))('names %s, a title the check gives', (title) => {
    expect(source).toContain(`'${title}'`)
  })
})
