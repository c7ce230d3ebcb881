// Proxy support on every OS CI runs: the action through an in-process CONNECT proxy to a TLS token
// service whose name only the proxy can resolve. (.ci/run also runs the real tinyproxy test.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROXIED_HOST, startConnectProxy, type ConnectProxy } from '../harness/connect-proxy.ts'
import { runAction } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import { freePort } from '../harness/tinyproxy.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'
import { expectNoSecretInLogs, secretsOf } from './helpers.ts'

describe('through an in-process CONNECT proxy to a TLS token service', () => {
  let proxy: ConnectProxy
  let standIns: StandIns
  let caFile: string
  let tokenUrl: string
  let audience: string

  beforeAll(async () => {
    const certificates = await createTestCertificates(PROXIED_HOST)
    caFile = certificates.caFile
    proxy = await startConnectProxy()
    // The token goes only to its audience's host, loopback aside: the twin, reached by a name only
    // the proxy resolves, is that audience, on a port known before it starts.
    const port = await freePort()
    audience = `https://${PROXIED_HOST}:${port}`
    standIns = await startStandIns({ nuget: { tls: certificates, port, audience } })
    tokenUrl = standIns.nuget.tokenUrl.replace('127.0.0.1', PROXIED_HOST)
  })
  afterAll(async () => {
    await standIns.close()
    await proxy.close()
  })

  const login = (env: Record<string, string>) =>
    runAction({
      inputs: { user: 'alice', 'token-service-url': tokenUrl, audience, 'max-attempts': '1' },
      env: {
        NODE_EXTRA_CA_CERTS: caFile,
        ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
        ...env
      }
    })

  it('logs in through HTTPS_PROXY, tunnelling to the token service', async () => {
    const before = proxy.tunnels.length
    const result = await login({ HTTPS_PROXY: proxy.url })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
    expect(proxy.tunnels.slice(before)).toEqual([new URL(tokenUrl).host])
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('goes direct, and so cannot resolve the name, when NO_PROXY names the host', async () => {
    const before = proxy.tunnels.length
    const result = await login({ HTTPS_PROXY: proxy.url, NO_PROXY: PROXIED_HOST })

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain(`POST https://${new URL(tokenUrl).host}/api/v2/token failed`)
    expect(proxy.tunnels.length).toBe(before)
  })
})
