import { describe, expect, it } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import type { HttpRequest, HttpResponse } from '../../../../src/login/transport/http.ts'
import type { Inputs } from '../../../../src/login/runner/inputs.ts'
import { login, type LoginDependencies } from '../../../../src/login/exchange/login.ts'
import { fakeClock } from '../../../fakes/clock.ts'

const inputs: Inputs = {
  user: 'alice',
  tokenServiceUrl: new URL('https://www.nuget.org/api/v2/token'),
  audience: 'https://www.nuget.org',
  timeoutMs: 60_000,
  attemptTimeoutMs: 10_000,
  maxAttempts: 5,
  exportApiKey: false,
  verifyOnly: false
}
const env = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://gh.example/idtoken?v=2',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt'
}
const KEY = 'k'.repeat(84)
const success = (): HttpResponse => ({
  status: 200,
  headers: {},
  body: JSON.stringify({ tokenType: 'ApiKey', expires: '2026-11-21T11:00:00Z', apiKey: KEY })
})
const jwt = (n: number) => `eyJh.eyJ${n}.sig${n}`

/** Plays GitHub and nuget.org: GitHub hands out numbered tokens, nuget.org answers from a script. */
function scriptedServers(exchangeAnswers: (HttpResponse | Error)[]) {
  const exchanged: string[] = []
  let tokens = 0
  const send = async (request: HttpRequest): Promise<HttpResponse> => {
    if (request.method === 'GET')
      return { status: 200, headers: {}, body: JSON.stringify({ value: jwt(++tokens) }) }
    exchanged.push(request.headers.Authorization ?? '')
    const answer = exchangeAnswers.shift() ?? success()
    if (answer instanceof Error) throw answer
    return answer
  }
  return { send, exchanged }
}

function dependencies(send: LoginDependencies['send']) {
  const { clock, sleeps } = fakeClock()
  const secrets: string[] = []
  const warnings: string[] = []
  const deps: LoginDependencies = {
    send,
    env,
    clock,
    userAgent: 'ua',
    setSecret: (value) => secrets.push(value),
    warning: (message) => warnings.push(message)
  }
  return { deps, secrets, warnings, sleeps }
}

describe('login', () => {
  it('warns when the token service’s clock and the runner’s differ by a minute or more', async () => {
    const { deps, warnings } = dependencies(async () => ({ status: 500, headers: {}, body: '' }))
    const now = deps.clock.now()
    const dated = (offsetMs: number): HttpResponse => ({
      ...success(),
      body: JSON.stringify({
        tokenType: 'ApiKey',
        expires: new Date(now - offsetMs + 15 * 60_000).toISOString(),
        apiKey: KEY
      }),
      headers: { date: new Date(now - offsetMs).toUTCString() }
    })
    for (const offset of [30_000, 3_600_000, -7_200_000]) {
      deps.send = scriptedServers([dated(offset)]).send
      await expect(login(inputs, deps)).resolves.toMatchObject({ value: KEY })
    }
    expect(warnings).toEqual([
      expect.stringMatching(
        /^The runner's clock is 60 minutes ahead of the clock of www\.nuget\.org \(the Date of its answer\)/
      ),
      expect.stringMatching(
        /^The runner's clock is 120 minutes behind the clock of www\.nuget\.org/
      )
    ])
  })

  it("masks the runner's request token and the OIDC token, and exchanges it for a key", async () => {
    const servers = scriptedServers([])
    const { deps, secrets } = dependencies(servers.send)

    await expect(login(inputs, deps)).resolves.toEqual({
      value: KEY,
      expires: new Date('2026-11-21T11:00:00Z')
    })
    expect(secrets).toEqual(['rt', jwt(1)])
    expect(servers.exchanged).toEqual([`Bearer ${jwt(1)}`])
  })

  it('uses a fresh OIDC token for every exchange attempt', async () => {
    const servers = scriptedServers([
      { status: 503, headers: {}, body: 'Service Unavailable' },
      new LoginError('socket hang up', { transient: true })
    ])
    const { deps, warnings, sleeps } = dependencies(servers.send)

    await expect(login(inputs, deps)).resolves.toMatchObject({ value: KEY })
    expect(servers.exchanged).toEqual([`Bearer ${jwt(1)}`, `Bearer ${jwt(2)}`, `Bearer ${jwt(3)}`])
    expect(sleeps).toHaveLength(2)
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Exchanging .* failed \(attempt 1 of 5\): .*HTTP 503.* Trying again in \d+\.\d s\.$/
      ),
      expect.stringMatching(/\(attempt 2 of 5\): socket hang up Trying again in/)
    ])
  })

  it('does not retry a refusal', async () => {
    const servers = scriptedServers([
      { status: 401, headers: {}, body: '{"error":"No matching trust policy"}' }
    ])
    const { deps, warnings } = dependencies(servers.send)

    await expect(login(inputs, deps)).rejects.toMatchObject({
      status: 401,
      serverMessage: 'No matching trust policy'
    })
    expect(servers.exchanged).toHaveLength(1)
    expect(warnings).toEqual([])
  })

  it('bounds each request by the time left before the deadline', async () => {
    const sent: HttpRequest[] = []
    const servers = scriptedServers([])
    const { deps } = dependencies(async (request) => {
      sent.push(request)
      return servers.send(request)
    })
    await login({ ...inputs, timeoutMs: 4000 }, deps)
    expect(sent.map((request) => request.timeoutMs)).toEqual([4000, 4000])
  })
})
