import { describe, expect, it } from 'vitest'
import { RELEASE_CLAIMS } from '../../../fakes/tokens.ts'
import { failureSummary, successSummary } from '../../../../src/login/runner/summary.ts'

const claims = RELEASE_CLAIMS

describe('successSummary', () => {
  it('names the user, the expiry and the matched claims', () => {
    const markdown = successSummary('alice', new Date('2026-11-21T11:00:00Z'), claims)
    expect(markdown).toContain('### ✅ Logged in to nuget.org')
    expect(markdown).toContain('`alice`')
    expect(markdown).toContain('**2026-11-21T11:00:00.000Z**')
    expect(markdown).toContain('| Repository Owner | `contoso` |')
    expect(markdown).toContain('| Workflow File | `release.yml` |')
    expect(markdown).toContain('| Environment | `(none: leave it empty in the policy)` |')
  })
})

describe('failureSummary', () => {
  it('quotes the error, gives the hint, and shows what to enter on nuget.org', () => {
    const markdown = failureSummary(
      {
        message: "refused (HTTP 401): No matching trust policy owned by user 'contoso'",
        hint: 'Set `user`.\nCheck.'
      },
      claims
    )
    expect(markdown).toContain(
      "> refused (HTTP 401): No matching trust policy owned by user 'contoso'"
    )
    expect(markdown).toContain('**What to change**\n\nSet `user`.\n\nCheck.')
    expect(markdown).toContain('What to enter in the policy on nuget.org')
    expect(markdown).toContain('| Repository | `widgets` |')
  })

  it('leaves the tables out when no token was read', () => {
    expect(failureSummary({ message: 'Bad input.', hint: undefined }, undefined)).not.toContain('|')
  })

  it('keeps odd values from breaking out of a table cell or opening HTML', () => {
    const markdown = failureSummary(
      { message: '<script>x</script>', hint: undefined },
      { ...claims, workflowFile: 'a|b`c.yml' }
    )
    expect(markdown).toContain('&lt;script&gt;')
    expect(markdown).toContain("| Workflow File | `a\\|b'c.yml` |")
  })
})
