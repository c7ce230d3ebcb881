import { describe, expect, it } from 'vitest'
import {
  exchangeRequests,
  expectFailure,
  expectNoSecretInLogs,
  runAgainstStandIns,
  secretsOf,
  tokenRequests
} from './helpers.ts'
import { fakeNupkg, pushPackage } from '../fakes/nupkg.ts'

describe('the bundled action, run as the runner runs it', () => {
  it('outputs a masked, working API key for the policy creator', async () => {
    const { standIns, result } = await runAgainstStandIns()

    expect(result.exitCode).toBe(0)
    expect(standIns.nuget.issuedKeys).toHaveLength(1)
    const key = standIns.nuget.issuedKeys[0] as string
    expect(result.outputs.NUGET_API_KEY).toBe(key)
    expect(Date.parse(result.outputs.NUGET_API_KEY_EXPIRES_AT as string)).toBeGreaterThan(
      Date.now()
    )
    expect(result.stdout).toContain(`::add-mask::${key}`)
    expect(result.stdout.indexOf(`::add-mask::${key}`)).toBeLessThan(
      result.stdout.indexOf('Logged in')
    )
    expect(result.stdout).toMatch(
      /Logged in to 127\.0\.0\.1:\d+ as 'alice'\. The API key expires at \S+ \(in 60 minutes\)/
    )
    expect(tokenRequests(standIns)).toHaveLength(1)
    expect(standIns.nuget.requests).toHaveLength(1)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('outputs a key the push endpoint accepts, where a made-up key is refused', async () => {
    const statuses: number[] = []
    await runAgainstStandIns({}, {}, async (standIns, result) => {
      const pushUrl = `${standIns.nuget.url}/api/v2/package`
      for (const [key, version] of [
        [result.outputs.NUGET_API_KEY ?? '', '1.0.0'],
        ['x'.repeat(84), '1.0.1']
      ] as const) {
        statuses.push(
          (await pushPackage(pushUrl, key, fakeNupkg('Contoso.Widgets', version))).status
        )
      }
    })
    expect(statuses).toEqual([201, 403])
  })

  it('sends what nuget.org requires: one bearer token, JSON, a User-Agent naming the action', async () => {
    const { standIns } = await runAgainstStandIns()

    const [exchange] = exchangeRequests(standIns)
    expect(exchange?.headers['content-type']).toBe('application/json')
    expect(exchange?.headers['user-agent']).toMatch(/^nuget-login\/\d+\.\d+\.\d+ /)
    expect(JSON.parse(exchange?.body ?? '')).toEqual({ username: 'alice', tokenType: 'ApiKey' })
    expect(exchange?.headers.authorization).toBe(`Bearer ${standIns.github.issued[0]}`)
    const [oidcRequest] = tokenRequests(standIns)
    expect(new URL(oidcRequest?.url ?? '', 'http://x').searchParams.get('audience')).toBe(
      'https://www.nuget.org'
    )
  })

  it('fails with nuget.org’s reason and no output when the username is not the policy creator', async () => {
    const { standIns, result } = await runAgainstStandIns({}, { inputs: { user: 'contoso' } })

    expectFailure(result, standIns, "No matching trust policy owned by user 'contoso' was found.")
    expect(standIns.nuget.issuedKeys).toHaveLength(0)
  })

  it('explains the id-token permission when the job cannot request an OIDC token', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
      }
    )

    expectFailure(result, standIns, /id-token: write/)
    expect(standIns.github.requests).toHaveLength(0)
    expect(standIns.nuget.requests).toHaveLength(0)
  })

  it('refuses an empty user before any token is requested', async () => {
    const { standIns, result } = await runAgainstStandIns({}, { inputs: { user: '' } })

    expectFailure(result, standIns, 'The input `user` is required')
    expect(standIns.github.requests).toHaveLength(0)
  })

  it('asks for a token for the audience it is given, which nuget.org refuses if it is wrong', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { audience: 'https://int.nugettest.org' } }
    )

    expectFailure(result, standIns, 'The JSON web token has an incorrect audience.')
  })
})
