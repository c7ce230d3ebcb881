import { lookup } from 'node:dns/promises'
import { hostname } from 'node:os'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import { findTinyproxy, freePort, startTinyproxy, type Proxy } from '../harness/tinyproxy.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'
import { expectNoSecretInLogs, secretsOf } from './helpers.ts'

/**
 * http-client never proxies loopback names such as localhost or 127.0.0.1, so the TLS stand-in is
 * addressed by another name that resolves to loopback: this machine's host name, usually.
 */
async function findLoopbackAlias(): Promise<string | undefined> {
  for (const name of [process.env.NUGET_LOGIN_TEST_LOOPBACK_NAME, hostname()]) {
    if (!name || name === 'localhost') continue
    try {
      if ((await lookup(name, { family: 4 })).address.startsWith('127.')) return name
    } catch {
      // the name does not resolve; try the next one
    }
  }
  return undefined
}

const tinyproxy = await findTinyproxy()
const alias = await findLoopbackAlias()
const missing = !tinyproxy
  ? 'tinyproxy is not installed'
  : !alias
    ? 'no host name resolves to loopback'
    : ''
if (missing && process.env.NUGET_LOGIN_REQUIRE_PROXY_TEST) {
  throw new Error(`The proxy test must run here, but ${missing}.`)
}
if (missing) {
  console.log(
    `Skipping the tinyproxy test: ${missing}. The in-process proxy test still runs; .ci/run runs both.`
  )
}

describe.skipIf(missing)(`through a real HTTP proxy (tinyproxy) to a TLS token service`, () => {
  let proxy: Proxy
  let standIns: StandIns
  let caFile: string
  let tokenUrl: string
  let audience: string

  beforeAll(async () => {
    const certificates = await createTestCertificates(alias as string)
    caFile = certificates.caFile
    proxy = await startTinyproxy(tinyproxy as string)
    // The token goes only to its audience's host, loopback aside: the twin, reached by another name,
    // is that audience, on a port known before it starts.
    const port = await freePort()
    audience = `https://${alias as string}:${port}`
    standIns = await startStandIns({ nuget: { tls: certificates, port, audience } })
    tokenUrl = standIns.nuget.tokenUrl.replace('127.0.0.1', alias as string)
  })

  afterAll(async () => {
    await standIns?.close()
    await proxy?.stop()
  })

  const run = (env: Record<string, string>, inputs: Record<string, string> = {}) =>
    runAction({
      inputs: { user: 'alice', 'token-service-url': tokenUrl, audience, ...inputs },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
        NODE_EXTRA_CA_CERTS: caFile,
        ...env
      }
    })

  const oidcTokenRequests = () =>
    standIns.github.requests.filter((request) => request.url.startsWith('/idtoken')).length

  const connectsTo = async (target: string) =>
    (await proxy.log()).split('\n').filter((line) => line.includes(`CONNECT ${target}`)).length

  it('tunnels the exchange through HTTPS_PROXY with CONNECT and gets a key', async () => {
    const target = new URL(tokenUrl).host
    const before = await connectsTo(target)
    const result = await run({ HTTPS_PROXY: proxy.url })

    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
    expect(await connectsTo(target)).toBe(before + 1)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('honours the lower-case https_proxy too', async () => {
    const target = new URL(tokenUrl).host
    const before = await connectsTo(target)
    const result = await run({ https_proxy: proxy.url })

    expect(result.exitCode).toBe(0)
    expect(await connectsTo(target)).toBe(before + 1)
  })

  it('goes direct for a host NO_PROXY names', async () => {
    const target = new URL(tokenUrl).host
    const before = await connectsTo(target)
    const result = await run({ HTTPS_PROXY: proxy.url, NO_PROXY: alias as string })

    expect(result.exitCode).toBe(0)
    expect(await connectsTo(target)).toBe(before)
  })

  it('fails at once, blaming the proxy’s credentials, when tinyproxy refuses them', async () => {
    const guarded = await startTinyproxy(tinyproxy as string, {
      user: 'ci-bot',
      password: 'right-password'
    })
    try {
      const target = new URL(tokenUrl).host
      const withPassword = (password: string) =>
        guarded.url.replace('http://', `http://ci-bot:${password}@`)
      // tinyproxy answers a CONNECT without credentials with 407, and one with wrong ones with 401.
      for (const [proxyUrl, status, reason] of [
        [guarded.url, '407 Proxy Authentication Required', 'HTTPS_PROXY gives none'],
        [
          withPassword('wrong-password'),
          '401 Unauthorized',
          'the user name and password in HTTPS_PROXY were not accepted'
        ]
      ] as const) {
        const tokensBefore = oidcTokenRequests()
        const refused = await run({ HTTPS_PROXY: proxyUrl })

        expect(refused.exitCode).toBe(1)
        expect(refused.outputs).toEqual({})
        expect(refused.stdout).toContain(
          `::error::The proxy ${guarded.url} refused to open a tunnel to ${target}: HTTP ${status}.`
        )
        expect(refused.stdout).toContain(`It asks for Basic credentials, and ${reason}`)
        expect(refused.stdout).not.toContain('::warning::')
        expect(refused.stdout + refused.summary).not.toContain('wrong-password')
        // One attempt, one OIDC token: a proxy's refusal is not retried.
        expect(oidcTokenRequests() - tokensBefore).toBe(1)
      }

      const accepted = await run({ HTTPS_PROXY: withPassword('right-password') })
      expect(accepted.exitCode).toBe(0)
      expect(accepted.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
      expect(accepted.stdout).not.toContain('right-password')
    } finally {
      await guarded.stop()
    }
  })

  it('fails with the reason, after retries, when the proxy is down', async () => {
    const closedPort = await freePort()
    const result = await run(
      { HTTPS_PROXY: `http://127.0.0.1:${closedPort}` },
      { 'max-attempts': '3' }
    )

    expect(result.exitCode).toBe(1)
    expect(result.outputs).toEqual({})
    expect(result.stdout).toMatch(/::error::Exchanging .* failed 3 times.*ECONNREFUSED/)
  })
})
