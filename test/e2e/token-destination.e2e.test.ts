// Issue 16, "a token for nuget.org sent elsewhere": a look-alike token-service-url is refused
// before GitHub is asked for a token, and the host is named as the network sees it.
import { describe, expect, it } from 'vitest'
import { errorAnnotation, expectFailure, runAgainstStandIns, tokenRequests } from './helpers.ts'

describe('a token service on another host than the audience', () => {
  it.each([
    ['a look-alike name', 'https://www.nuget.org.example/api/v2/token', 'www.nuget.org.example'],
    ['an IDN homograph', 'https://www.nuget.\u043erg/api/v2/token', 'www.nuget.xn--rg-emc'],
    [
      'NuGet’s test environment with nuget.org’s audience',
      'https://int.nugettest.org/api/v2/token',
      'int.nugettest.org'
    ]
  ])('is refused before any OIDC token is requested: %s', async (_, url, host) => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { 'token-service-url': url, 'max-attempts': '1' } }
    )

    expectFailure(
      result,
      standIns,
      `names the host ${host}, but the OIDC token is for https://www.nuget.org`
    )
    expect(tokenRequests(standIns)).toEqual([])
    expect(errorAnnotation(result.stdout)).not.toMatch(/[^\x20-\x7e\n]/)
    expect(result.summary).toMatch(/^### ❌ Login failed$/m)
    expect(result.summary).not.toContain('Logged in')
  })
})
