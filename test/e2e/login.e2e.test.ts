import { afterEach, describe, expect, it } from 'vitest'
import { maskedLog, runAction, type RunOptions, type RunResult } from '../harness/run-action.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'

let standIns: StandIns | undefined

afterEach(async () => {
  await standIns?.close()
  standIns = undefined
})

async function login(options: Parameters<typeof startStandIns>[0] = {}, run: RunOptions = {}) {
  standIns = await startStandIns(options)
  const result = await runAction({
    ...run,
    inputs: { user: 'alice', 'token-service-url': standIns.nuget.tokenUrl, ...run.inputs },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
      ...run.env
    }
  })
  return { standIns, result }
}

/** Every secret the run saw: issued keys, OIDC tokens and the runner's request token. */
function secretsOf(s: StandIns): string[] {
  return [...s.nuget.issuedKeys, ...s.github.issued, s.github.requestToken]
}

function expectNoSecretInLogs(result: RunResult, secrets: string[]) {
  const visible = [maskedLog(result.stdout), result.stderr, result.summary]
  for (const secret of secrets) {
    for (const text of visible) expect(text).not.toContain(secret)
  }
}

describe('the bundled action, run as the runner runs it', () => {
  it('outputs a masked, working API key for the policy creator', async () => {
    const { standIns, result } = await login()

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
      /Logged in to nuget\.org as 'alice'\. The API key expires at \S+ \(in 60 minutes\)/
    )
    expect(standIns.github.requests.filter((r) => r.url.startsWith('/idtoken'))).toHaveLength(1)
    expect(standIns.nuget.requests).toHaveLength(1)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('outputs a key the push endpoint accepts, where a made-up key is refused', async () => {
    const { standIns, result } = await login()
    const push = (key: string) =>
      fetch(`${standIns.nuget.url}/api/v2/package`, {
        method: 'PUT',
        headers: { 'X-NuGet-ApiKey': key }
      })

    expect((await push(result.outputs.NUGET_API_KEY as string)).status).toBe(201)
    expect((await push('x'.repeat(84))).status).toBe(403)
  })

  it('sends what nuget.org requires: one bearer token, JSON, a User-Agent naming the action', async () => {
    const { standIns } = await login()

    const [exchange] = standIns.nuget.requests
    expect(exchange?.method).toBe('POST')
    expect(exchange?.headers['content-type']).toBe('application/json')
    expect(exchange?.headers['user-agent']).toMatch(/^nuget-login\/\d+\.\d+\.\d+ /)
    expect(JSON.parse(exchange?.body ?? '')).toEqual({ username: 'alice', tokenType: 'ApiKey' })
    expect(exchange?.headers.authorization).toBe(`Bearer ${standIns.github.issued[0]}`)
    const oidcRequest = standIns.github.requests.find((r) => r.url.startsWith('/idtoken'))
    expect(new URL(oidcRequest?.url ?? '', 'http://x').searchParams.get('audience')).toBe(
      'https://www.nuget.org'
    )
  })

  it('fails with nuget.org’s reason and no output when the username is not the policy creator', async () => {
    const { standIns, result } = await login({}, { inputs: { user: 'contoso' } })

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(result.stdout).toContain("No matching trust policy owned by user 'contoso' was found.")
    expect(result.stdout).toContain('::error::')
    expect(standIns.nuget.issuedKeys).toHaveLength(0)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('explains the id-token permission when the job cannot request an OIDC token', async () => {
    const { standIns, result } = await login(
      {},
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
      }
    )

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(result.stdout).toContain('id-token: write')
    expect(standIns.github.requests).toHaveLength(0)
    expect(standIns.nuget.requests).toHaveLength(0)
  })

  it('refuses an empty user before any token is requested', async () => {
    const { standIns, result } = await login({}, { inputs: { user: '' } })

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('The input `user` is required')
    expect(standIns.github.requests).toHaveLength(0)
  })

  it('uses a token for the audience it is given, and nuget.org refuses a wrong one', async () => {
    const { standIns, result } = await login(
      {},
      { inputs: { audience: 'https://int.nugettest.org' } }
    )

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('The JSON web token has an incorrect audience.')
    expect(result.outputs).toEqual({})
    expectNoSecretInLogs(result, secretsOf(standIns))
  })
})
