// Whatever the transport does (a proxy that never answers or refuses, an answer no HTTP server
// should send), every request ends by its attempt timeout, the login by its deadline, and the step
// fails with an error that says which hop failed, or logs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROXIED_HOST, startConnectProxy, type ConnectProxy } from '../harness/connect-proxy.ts'
import {
  answerAndClose,
  answerAndHold,
  neverAnswer,
  startRawServer,
  type RawAnswer,
  type RawServer
} from '../harness/raw-server.ts'
import { runAction, type RunResult } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import { freePort } from '../harness/tinyproxy.ts'
import { FaultPlan, startStandIns } from '../standins/index.ts'
import {
  errorAnnotation,
  exchangeRequests,
  expectFailure,
  runAgainstStandIns,
  tokenRequests
} from './helpers.ts'

/** Start-up and teardown of a Node process on a loaded machine, on top of the bound itself. */
const PROCESS_SLACK_MS = 3000
/** Kills a run that hangs, long after any bound below: a hang shows as `timedOut`. */
const KILL_AFTER_MS = 20_000
const PROXY_PASSWORD = 'pr0xy-s3cret'
const TUNNEL_TARGET = `${PROXIED_HOST}:443`
/** A token service on the made-up name only a proxy resolves: the audience names it too. */
const PROXIED_TOKEN_URL = `https://${TUNNEL_TARGET}/api/v2/token`
const PROXIED_AUDIENCE = `https://${PROXIED_HOST}`

const warnings = (stdout: string) =>
  stdout.split('\n').filter((line) => line.startsWith('::warning::'))

/** The step ended by itself, failed, and within `boundMs` (the step's deadline) plus slack. */
function expectEndedWithin(result: RunResult, boundMs: number) {
  expect(result.timedOut, 'the step hung until it was killed').toBe(false)
  expect(result.exitCode).toBe(1)
  expect(result.durationMs).toBeLessThan(boundMs + PROCESS_SLACK_MS)
}

/** Runs the login through `proxyUrl` to a token service only the proxy could reach. */
function loginThroughProxy(proxyUrl: string, inputs: Record<string, string> = {}) {
  return runAgainstStandIns(
    {},
    {
      inputs: { 'token-service-url': PROXIED_TOKEN_URL, audience: PROXIED_AUDIENCE, ...inputs },
      env: { HTTPS_PROXY: proxyUrl },
      killAfterMs: KILL_AFTER_MS
    }
  )
}

async function withRawServer<T>(answer: RawAnswer, use: (server: RawServer) => Promise<T>) {
  const server = await startRawServer(answer)
  try {
    return await use(server)
  } finally {
    await server.close()
  }
}

const withCredentials = (url: string) => url.replace('http://', `http://ci-bot:${PROXY_PASSWORD}@`)

describe('a proxy that never answers CONNECT', () => {
  it('ends each attempt by attempt-timeout and the login by timeout, naming the proxy', async () => {
    await withRawServer(neverAnswer, async (proxy) => {
      const { standIns, result } = await loginThroughProxy(withCredentials(proxy.url), {
        timeout: '3',
        'attempt-timeout': '1'
      })

      expectEndedWithin(result, 3000)
      expectFailure(result, standIns, /time allowed for the login ran out/)
      const error = errorAnnotation(result.stdout)
      expect(error).toContain(`the proxy ${proxy.url} did not answer its CONNECT`)
      expect(error).toContain('The proxy in HTTPS_PROXY took the connection but never answered')
      expect(error).not.toMatch(/status\.nuget\.org/)
      expect(result.stdout + result.summary).not.toContain(PROXY_PASSWORD)
      expect(proxy.received.length).toBeGreaterThanOrEqual(2)
      expect(proxy.received[0]).toMatch(new RegExp(`^CONNECT ${TUNNEL_TARGET} HTTP/1.1`))
    })
  })
})

describe('a proxy that refuses the tunnel', () => {
  let proxy: ConnectProxy
  beforeAll(async () => {
    proxy = await startConnectProxy({ user: 'ci-bot', password: PROXY_PASSWORD })
  })
  afterAll(() => proxy.close())

  it.each([
    ['without credentials', (url: string) => url, 'gives none'],
    [
      'with wrong credentials',
      (url: string) => url.replace('http://', 'http://ci-bot:wrong-password@'),
      'were not accepted'
    ]
  ])('407 %s: fails at once, blaming the proxy’s credentials', async (_, proxyUrl, reason) => {
    const before = proxy.tunnels.length
    const { standIns, result } = await loginThroughProxy(proxyUrl(proxy.url))

    expectFailure(
      result,
      standIns,
      `The proxy ${proxy.url} refused to open a tunnel to ${TUNNEL_TARGET}: HTTP 407 Proxy Authentication Required`
    )
    expect(proxy.tunnels.length - before).toBe(1)
    expect(tokenRequests(standIns)).toHaveLength(1)
    expect(warnings(result.stdout)).toEqual([])
    const error = errorAnnotation(result.stdout)
    expect(error).toContain('Basic')
    expect(error).toContain(`HTTPS_PROXY ${reason}`)
    expect(error).not.toMatch(/temporary|status\.nuget\.org/)
    expect(result.stdout + result.summary).not.toContain('wrong-password')
  })

  it('logs in through the proxy when HTTPS_PROXY carries the credentials', async () => {
    const certificates = await createTestCertificates(PROXIED_HOST)
    // The token goes only to its audience's host and port: the twin's port is chosen before it starts.
    const port = await freePort()
    const audience = `https://${PROXIED_HOST}:${port}`
    const standIns = await startStandIns({ nuget: { tls: certificates, port, audience } })
    try {
      const result = await runAction({
        inputs: {
          user: 'alice',
          'token-service-url': standIns.nuget.tokenUrl.replace('127.0.0.1', PROXIED_HOST),
          audience,
          'max-attempts': '1'
        },
        env: {
          NODE_EXTRA_CA_CERTS: certificates.caFile,
          ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
          HTTPS_PROXY: withCredentials(proxy.url)
        },
        killAfterMs: KILL_AFTER_MS
      })
      expect(result.exitCode).toBe(0)
      expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
      expect(result.stdout).not.toContain(PROXY_PASSWORD)
    } finally {
      await standIns.close()
    }
  })

  it.each([
    ['403 Forbidden', 'HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n', 1],
    ['502 Bad Gateway', 'HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n', 2]
  ])('%s at CONNECT: the error names the proxy', async (status, answer, attempts) => {
    await withRawServer(answerAndClose(answer), async (rawProxy) => {
      const { standIns, result } = await loginThroughProxy(rawProxy.url, { 'max-attempts': '2' })

      expectFailure(
        result,
        standIns,
        `The proxy ${rawProxy.url} refused to open a tunnel to ${TUNNEL_TARGET}: HTTP ${status}`
      )
      expect(rawProxy.received).toHaveLength(attempts)
      expect(errorAnnotation(result.stdout)).not.toMatch(/status\.nuget\.org/)
    })
  })

  const established = 'HTTP/1.1 200 Connection established\r\n\r\n'
  const notTls = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}'
  it.each<[string, RawAnswer, string]>([
    [
      'bytes of its own right after it',
      answerAndHold(established + notTls),
      'accepted a tunnel to nuget-login.test:443, then sent data of its own'
    ],
    [
      'bytes that are not TLS in answer to the TLS hello',
      (socket) => {
        socket.write(established)
        socket.once('data', () => socket.write(notTls))
      },
      'through the proxy'
    ]
  ])('a 200 to CONNECT with %s: fails, naming the proxy', async (_, answer, reason) => {
    await withRawServer(answer, async (rawProxy) => {
      const { standIns, result } = await loginThroughProxy(rawProxy.url, { 'max-attempts': '2' })

      expectEndedWithin(result, 10_000)
      expectFailure(result, standIns, reason)
      const error = errorAnnotation(result.stdout)
      expect(error).toContain(rawProxy.url)
      expect(error).not.toMatch(/status\.nuget\.org/)
    })
  })
})

describe('answers the transport can produce settle the request', () => {
  const loginAgainst = (server: RawServer, inputs: Record<string, string> = {}) =>
    runAgainstStandIns(
      {},
      {
        inputs: { 'token-service-url': `${server.url}/api/v2/token`, ...inputs },
        killAfterMs: KILL_AFTER_MS
      }
    )

  it('101 Switching Protocols with Connection: Upgrade: a clear failure, at once', async () => {
    const upgrade =
      'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'
    await withRawServer(answerAndHold(upgrade), async (server) => {
      const { standIns, result } = await loginAgainst(server)

      expect(result.exitCode).toBe(1)
      expectFailure(result, standIns, /answered 101 Switching Protocols/)
      expect(result.summary).toContain('101 Switching Protocols')
      expect(server.received).toHaveLength(1)
    })
  })

  it.each([
    ['101 without Upgrade headers', 'HTTP/1.1 101 Switching Protocols\r\n\r\n', /answered 101/],
    [
      'a 103 Early Hints and nothing after it',
      'HTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n',
      /no complete answer within 1 s/
    ],
    [
      '204 No Content with a body',
      'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\nhello',
      /reported success, but it is not JSON/
    ],
    [
      'a chunked body cut off before its last chunk',
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n',
      /cut off|no complete answer/
    ],
    [
      'a body shorter than its Content-Length, then silence',
      'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"apiKey":',
      /no complete answer within 1 s/
    ],
    ['bytes that are not HTTP', 'SSH-2.0-OpenSSH_9.6\r\n', /not valid HTTP/]
  ])('%s: fails within the deadline', async (_, answer, reason) => {
    await withRawServer(answerAndHold(answer), async (server) => {
      const { standIns, result } = await loginAgainst(server, {
        timeout: '3',
        'attempt-timeout': '1',
        'max-attempts': '2'
      })

      expectEndedWithin(result, 3000)
      expectFailure(result, standIns, reason)
      expect(exchangeRequests(standIns)).toHaveLength(0)
    })
  })

  it('a body cut off by a closed connection is retried, and the next answer counts', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: {
        faults: new FaultPlan().add({
          kind: 'raw',
          answer: 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"apiKey":'
        })
      }
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
    expect(warnings(result.stdout)).toEqual([expect.stringMatching(/cut off/)])
  })
})
