import { describe, expect, it } from 'vitest'
import { matchesFilters, matchesPattern } from '../../../../src/check/rules/filter-pattern.ts'

describe("GitHub's branch and tag filter patterns", () => {
  it.each([
    ['main', 'main', true],
    ['main', 'mainline', false],
    ['*', 'feature', true],
    ['*', 'feature/x', false],
    ['**', 'feature/x/y', true],
    ['feature/*', 'feature/x', true],
    ['feature/*', 'feature/x/y', false],
    ['feature/**', 'feature/x/y', true],
    ['**/release', 'a/b/release', true],
    ['v[12].[0-9]+.[0-9]+', 'v1.10.3', true],
    ['v[12].[0-9]+.[0-9]+', 'v3.1.0', false],
    ['v[0-9]+', 'v', false],
    ['v2?', 'v', true],
    ['v2?', 'v2', true],
    ['v2?', 'v22', false],
    ['release\\*', 'release*', true],
    ['release\\*', 'release1', false],
    ['[', '[', true],
    ['', '', true],
    ['**'.repeat(40) + 'Z', 'dependabot/github_actions/actions/checkout-6', false],
    ['*a'.repeat(200), 'a'.repeat(5000) + 'b', false]
  ])('%s on %s: %s', (pattern, name, expected) => {
    expect(matchesPattern(pattern, name)).toBe(expected)
  })

  it('lets the last matching pattern decide, `!` excluding', () => {
    expect(matchesFilters(['**', '!dependabot/**'], 'dependabot/nuget/x')).toBe(false)
    expect(
      matchesFilters(['**', '!dependabot/**', 'dependabot/nuget/*'], 'dependabot/nuget/x')
    ).toBe(true)
    expect(matchesFilters(['!main'], 'main')).toBe(false)
    expect(matchesFilters([], 'main')).toBe(false)
  })
})
