import type { RunResult } from '../harness/run-action.ts'
import type { StandIns } from '../standins/index.ts'
import { startStandIn } from '../standins/server.ts'
import { describe, expect, it } from 'vitest'
import { FaultPlan } from '../standins/index.ts'
import {
  exchangeRequests,
  expectFailure,
  expectNoSecretInLogs,
  runAgainstStandIns,
  secretsOf,
  tokenRequests
} from './helpers.ts'

const KEY = 'A1b2'.repeat(21)
const warnings = (stdout: string) =>
  stdout.split('\n').filter((line) => line.startsWith('::warning::'))
/** Start-up and teardown of a Node process on a loaded machine, on top of the bound itself. */
const PROCESS_SLACK_MS = 3000
/** The longest first backoff wait: full jitter below the 1 s base delay. */
const FIRST_WAIT_MS = 1000

/** A login that got through: an issued key as output, in time, with no secret in any log. */
function expectKeyWithin(result: RunResult, standIns: StandIns, waitsMs: number) {
  expect(result.exitCode).toBe(0)
  expect(standIns.nuget.issuedKeys).toContain(result.outputs.NUGET_API_KEY)
  expect(result.durationMs).toBeLessThan(waitsMs + PROCESS_SLACK_MS)
  expectNoSecretInLogs(result, secretsOf(standIns))
}

/** A failure that came at once: no retries' worth of waiting. */
function expectPromptFailure(result: RunResult) {
  expect(result.durationMs).toBeLessThan(PROCESS_SLACK_MS)
}

describe('transient faults are retried, each time with a new OIDC token', () => {
  it('gets through 503 twice, then succeeds', async () => {
    const faults = new FaultPlan().add(
      { kind: 'status', status: 503, body: 'Service Unavailable' },
      { kind: 'status', status: 503, body: 'Service Unavailable' }
    )
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys[0])
    const bearers = exchangeRequests(standIns).map((request) => request.headers.authorization)
    expect(bearers).toHaveLength(3)
    expect(new Set(bearers).size).toBe(3)
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(/attempt 1 of 7\).*HTTP 503.*Trying again in \d+\.\d s\./),
      expect.stringMatching(/attempt 2 of 7\).*HTTP 503.*Trying again in \d+\.\d s\./)
    ])
    expectKeyWithin(result, standIns, FIRST_WAIT_MS + 2 * FIRST_WAIT_MS)
  })

  it('waits as long as a 429’s Retry-After asks', async () => {
    const faults = new FaultPlan().add({
      kind: 'status',
      status: 429,
      headers: { 'Retry-After': '1' },
      body: 'Too Many Requests'
    })
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expect(result.exitCode).toBe(0)
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(/HTTP 429.*Trying again in 1\.0 s\./)
    ])
    expect(result.durationMs).toBeGreaterThanOrEqual(1000)
    expectKeyWithin(result, standIns, 1000)
    expect(exchangeRequests(standIns)).toHaveLength(2)
  })

  it('gets through a connection reset', async () => {
    const faults = new FaultPlan().add({ kind: 'reset' })
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expectKeyWithin(result, standIns, FIRST_WAIT_MS)
    expect(warnings(result.stdout)).toEqual([expect.stringMatching(/ECONNRESET|socket hang up/)])
    expect(exchangeRequests(standIns)).toHaveLength(2)
  })

  it('ends in a key when the answer was lost after nuget.org spent the token', async () => {
    const faults = new FaultPlan().add({ kind: 'lose-answer' })
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expectKeyWithin(result, standIns, FIRST_WAIT_MS)
    const [lostKey, deliveredKey] = standIns.nuget.issuedKeys
    expect(result.outputs.NUGET_API_KEY).toBe(deliveredKey)
    expect(result.outputs.NUGET_API_KEY).not.toBe(lostKey)
    expect(tokenRequests(standIns)).toHaveLength(2)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('retries a 500 from GitHub’s OIDC endpoint', async () => {
    const faults = new FaultPlan().add({
      kind: 'status',
      status: 500,
      body: 'Internal Server Error'
    })
    const { standIns, result } = await runAgainstStandIns({ github: { faults } })

    expectKeyWithin(result, standIns, FIRST_WAIT_MS)
    expect(tokenRequests(standIns)).toHaveLength(2)
    expect(exchangeRequests(standIns)).toHaveLength(1)
    expect(warnings(result.stdout)).toEqual([
      expect.stringMatching(
        /^::warning::Requesting an OIDC token from GitHub failed \(attempt 1 of 7\)/
      )
    ])
  })
})

describe('a server that never answers cannot hold the step past its deadline', () => {
  it('gives up on a hung token service within `timeout`', async () => {
    const faults = new FaultPlan().add(
      ...Array.from({ length: 10 }, () => ({ kind: 'hang' as const }))
    )
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { faults } },
      { inputs: { timeout: '3', 'attempt-timeout': '1' } }
    )

    expectFailure(result, standIns, /time allowed for the login ran out.*no complete answer within/)
    expect(result.durationMs).toBeLessThan(3000 + PROCESS_SLACK_MS)
    expect(exchangeRequests(standIns).length).toBeGreaterThanOrEqual(2)
  })
})

describe('answers are not trusted', () => {
  const withSuccessAnswer = (body: string) => ({
    nuget: { successAnswer: () => ({ status: 200, body }) }
  })

  it.each([
    ['an HTML page', '<html><body>Welcome to nginx!</body></html>', 'it is not JSON'],
    ['no apiKey', '{"tokenType":"ApiKey","expires":"2099-01-01T00:00:00Z"}', 'holds no `apiKey`'],
    [
      'a key that has already expired',
      `{"tokenType":"ApiKey","expires":"2020-01-01T00:00:00Z","apiKey":"${KEY}"}`,
      'already expired'
    ]
  ])('refuses a 200 with %s, at once and without quoting it', async (_, body, reason) => {
    const { standIns, result } = await runAgainstStandIns(withSuccessAnswer(body))

    expectFailure(result, standIns, reason)
    expectPromptFailure(result)
    expect(exchangeRequests(standIns)).toHaveLength(1)
    expect(result.stdout).not.toContain('nginx')
  })

  it('refuses a key with newlines, so it cannot inject outputs or commands', async () => {
    const injected = `${KEY}\\nNUGET_API_KEY<<EOF\\nhijacked\\nEOF\\n::set-output name=x::y`
    const { standIns, result } = await runAgainstStandIns(
      withSuccessAnswer(
        `{"tokenType":"ApiKey","expires":"2099-01-01T00:00:00Z","apiKey":"${injected}"}`
      )
    )

    expectFailure(result, standIns, 'white space, control or non-ASCII characters')
    expectPromptFailure(result)
    expect(result.stdout).not.toContain('hijacked')
    expect(result.stdout).not.toContain(KEY)
  })

  it('stops reading a 64 MB answer at once', async () => {
    const faults = new FaultPlan().add({ kind: 'huge', bytes: 64 * 1024 * 1024 })
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expectFailure(result, standIns, /answered with more than \d+ bytes/)
    expectPromptFailure(result)
    expect(exchangeRequests(standIns)).toHaveLength(1)
  })

  it('does not follow a redirect, so the OIDC token never reaches another port', async () => {
    const elsewhere = await startStandIn(async (_request, _incoming, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(
        JSON.stringify({ tokenType: 'ApiKey', expires: '2099-01-01T00:00:00Z', apiKey: KEY })
      )
    })
    try {
      const target = `${elsewhere.url}/api/v2/token`
      const faults = new FaultPlan().add({
        kind: 'status',
        status: 307,
        headers: { Location: target }
      })
      const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

      expectFailure(result, standIns, `redirect to ${target}, which is not followed`)
      expectPromptFailure(result)
      expect(result.stdout).toContain('set `token-service-url`')
      expect(elsewhere.requests).toHaveLength(0)
    } finally {
      await elsewhere.close()
    }
  })

  it('fails at once, pointing at token-service-url, when the endpoint answers 404', async () => {
    // nuget.org answers 404 with no body where the token API is switched off.
    const faults = new FaultPlan().add({ kind: 'status', status: 404, body: '' })
    const { standIns, result } = await runAgainstStandIns({ nuget: { faults } })

    expectFailure(
      result,
      standIns,
      /refused the login \(HTTP 404\)\..*Check that `token-service-url` is the token endpoint/
    )
    expectPromptFailure(result)
    expect(exchangeRequests(standIns)).toHaveLength(1)
  })

  it('refuses a plain-http token service that is not on loopback, before any token is requested', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { 'token-service-url': 'http://www.nuget.org/api/v2/token' } }
    )

    expectFailure(result, standIns, 'must use https')
    expectPromptFailure(result)
    expect(standIns.github.requests).toHaveLength(0)
  })
})
