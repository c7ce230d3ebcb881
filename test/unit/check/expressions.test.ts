import { describe, expect, it } from 'vitest'
import { asString, evaluate, knownFalse } from '../../../src/check/expressions.ts'

const forkRun = {
  github: {
    event_name: 'pull_request',
    repository: 'contoso/widgets',
    ref: 'refs/pull/7/merge',
    event: { pull_request: { head: { repo: { fork: true, full_name: 'someone/widgets' } } } }
  }
}

describe('expressions, evaluated by GitHub’s library with unknowns kept unknown', () => {
  it.each([
    ["github.event_name == 'push'", true],
    ['github.event.pull_request.head.repo.full_name == github.repository', true],
    ["${{ startsWith(github.ref, 'refs/tags/') }}", true],
    ['!github.event.pull_request.head.repo.fork', true],
    ["success() && github.event_name != 'pull_request'", true],
    ['github.event.pull_request.merged == true', false],
    ["github.event_name != 'pull_request' || inputs.publish", false],
    ['always()', false],
    ['inputs.publish && true', false],
    ["contains(github.event.head_commit.message, '[release]')", false],
    ['not an ( expression', false]
  ])('on a fork’s pull request run, %s is known false: %s', (condition, expected) => {
    expect(knownFalse(condition, forkRun)).toBe(expected)
  })

  it('treats a missing key of a closed context as null, as GitHub does for an unset variable', () => {
    expect(asString(evaluate("vars.NUGET_USER || 'contoso'", { vars: {} }, ['vars']))).toBe(
      'contoso'
    )
    expect(evaluate("vars.NUGET_USER || 'contoso'", { vars: {} }).known).toBe(false)
  })

  it('tells --skip-duplicate on re-runs from a first run', () => {
    const form = "github.run_attempt > 1 && '--skip-duplicate' || ''"
    expect(asString(evaluate(form, { github: { run_attempt: 1 } }))).toBe('')
    expect(asString(evaluate(form, { github: { run_attempt: 2 } }))).toBe('--skip-duplicate')
  })

  it('evaluates each node once: forty negations, and deep operators, in no time', () => {
    expect(asString(evaluate(`${'!'.repeat(40)}true`, {}))).toBe('true')
    expect(asString(evaluate(`${'!'.repeat(41)}true`, {}))).toBe('false')
    expect(evaluate(`${'!'.repeat(40)}inputs.x`, {}).known).toBe(false)
    const nested = `${'('.repeat(30)}true${" && github.event_name == 'push')".repeat(30)}`
    expect(asString(evaluate(nested, { github: { event_name: 'push' } }))).toBe('true')
    expect(evaluate(nested, {}).known).toBe(false)
  })

  it('keeps three-valued logic: unknown operands stay unknown unless a known one decides', () => {
    expect(asString(evaluate('inputs.x && false', {}))).toBe('false')
    // The value of `a || true` is a's when a is truthy: unknown, though truthy either way.
    expect(evaluate('inputs.x || true', {}).known).toBe(false)
    expect(asString(evaluate('true || inputs.x', {}))).toBe('true')
    expect(evaluate('inputs.x || false', {}).known).toBe(false)
    expect(asString(evaluate("inputs.command == 'release'", { inputs: {} }, ['inputs']))).toBe(
      'false'
    )
    expect(evaluate("inputs.command == 'release'", { inputs: {} }).known).toBe(false)
  })
})
