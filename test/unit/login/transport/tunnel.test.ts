import { afterEach, describe, expect, it } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import { createTransport, type HttpRequest } from '../../../../src/login/transport/http.ts'
import { authorityOf, proxyName, type ProxyRoute } from '../../../../src/login/transport/tunnel.ts'
import {
  answerAndClose,
  neverAnswer,
  startRawServer,
  type RawAnswer,
  type RawServer
} from '../../../harness/raw-server.ts'

const servers: RawServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function proxyAnswering(answer: RawAnswer) {
  const server = await startRawServer(answer)
  servers.push(server)
  return server
}

/** Sends a request to a made-up host through `proxyUrl`, as HTTPS_PROXY would name it. */
function sendThrough(proxyUrl: string, overrides: Partial<HttpRequest> = {}) {
  const route: ProxyRoute = { url: new URL(proxyUrl), variable: 'HTTPS_PROXY' }
  const send = createTransport({ proxyFor: () => route, maxBodyBytes: 1024 })
  return send({
    method: 'POST',
    url: new URL('https://token.example:8443/api/v2/token'),
    headers: {},
    body: '{}',
    timeoutMs: 2000,
    ...overrides
  })
}

const refusedWith = async (promise: Promise<unknown>): Promise<LoginError> => {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason
  )
  expect(error).toBeInstanceOf(LoginError)
  return error as LoginError
}

describe('proxyName and authorityOf', () => {
  it('print a proxy without its credentials, and a target as CONNECT names it', () => {
    expect(proxyName(new URL('http://user:secret@proxy.internal:3128'))).toBe(
      'http://proxy.internal:3128'
    )
    expect(authorityOf(new URL('https://www.nuget.org/api/v2/token'))).toBe('www.nuget.org:443')
    expect(authorityOf(new URL('http://[::1]:8080/x'))).toBe('[::1]:8080')
  })
})

describe('a request through a proxy', () => {
  it('asks for a tunnel to the target, with the credentials of the proxy URL, decoded', async () => {
    const proxy = await proxyAnswering(answerAndClose('HTTP/1.1 403 Forbidden\r\n\r\n'))
    await refusedWith(sendThrough(proxy.url.replace('//', '//ci%40corp:p%3Ass@')))

    const [head] = proxy.received
    expect(head).toMatch(/^CONNECT token\.example:8443 HTTP\/1\.1\r\n/)
    const basic = /\r\nProxy-Authorization: Basic (\S+)\r\n/i.exec(head ?? '')?.[1] ?? ''
    expect(Buffer.from(basic, 'base64').toString()).toBe('ci@corp:p:ss')
  })

  it('sends no Proxy-Authorization when the proxy URL has no credentials', async () => {
    const proxy = await proxyAnswering(answerAndClose('HTTP/1.1 403 Forbidden\r\n\r\n'))
    await refusedWith(sendThrough(proxy.url))
    expect(proxy.received[0]).not.toMatch(/Proxy-Authorization/i)
  })

  it('ends by its timeout when the proxy never answers, naming the proxy only', async () => {
    const proxy = await proxyAnswering(neverAnswer)
    const error = await refusedWith(
      sendThrough(proxy.url.replace('//', '//bot:hunter2@'), { timeoutMs: 200 })
    )
    expect(error.message).toBe(
      'POST https://token.example:8443/api/v2/token got no complete answer within 0.2 s: ' +
        `the proxy ${proxy.url} did not answer its CONNECT request.`
    )
    expect(error.transient).toBe(true)
    expect(error.message + String(error.hint)).not.toContain('hunter2')
  })

  it('fails for good on 407, saying what the proxy asks for and that HTTPS_PROXY gives none', async () => {
    const proxy = await proxyAnswering(
      answerAndClose(
        'HTTP/1.1 407 Go Away ::error::forged\r\nProxy-Authenticate: Basic realm="corp ::warning::x"\r\n\r\n'
      )
    )
    const error = await refusedWith(sendThrough(proxy.url))
    expect(error.message).toBe(
      `The proxy ${proxy.url} refused to open a tunnel to token.example:8443: ` +
        'HTTP 407 Proxy Authentication Required.'
    )
    expect(error.transient).toBe(false)
    expect(error.hint).toMatch(/^It asks for Basic credentials, and HTTPS_PROXY gives none\./)
    // The proxy's own reason phrase and realm are not printed.
    expect(`${error.message} ${error.hint}`).not.toMatch(/::|corp|Go Away/)
  })

  it('says when the proxy wants a scheme other than Basic', async () => {
    const proxy = await proxyAnswering(
      answerAndClose(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Negotiate\r\n' +
          'Proxy-Authenticate: NTLM\r\n\r\n'
      )
    )
    const error = await refusedWith(sendThrough(proxy.url.replace('//', '//bot:pw@')))
    expect(error.hint).toMatch(
      /^It asks for Negotiate or NTLM credentials, and the user name and password in HTTPS_PROXY were not accepted\./
    )
    expect(error.hint).toContain('only Basic credentials')
  })

  it.each([
    [403, false, 'does not let this runner through'],
    [502, true, 'could not reach token.example:8443'],
    [503, true, 'could not reach token.example:8443']
  ])('names the proxy when it answers CONNECT with %i', async (status, transient, hint) => {
    const proxy = await proxyAnswering(answerAndClose(`HTTP/1.1 ${status} X\r\n\r\n`))
    const error = await refusedWith(sendThrough(proxy.url))
    expect(error.message).toMatch(
      new RegExp(
        `^The proxy ${proxy.url} refused to open a tunnel to token\\.example:8443: HTTP ${status} `
      )
    )
    expect(error.transient).toBe(transient)
    expect(error.hint).toContain(hint)
    expect(error.hint).toContain('NO_PROXY')
  })

  it('names the proxy when it cannot be reached', async () => {
    const proxy = await proxyAnswering(neverAnswer)
    await proxy.close()
    const error = await refusedWith(sendThrough(proxy.url))
    expect(error.message).toMatch(
      new RegExp(
        `^The proxy ${proxy.url} \\(from HTTPS_PROXY\\) failed while opening a tunnel to token\\.example:8443: .*ECONNREFUSED`
      )
    )
    expect(error.transient).toBe(true)
  })
})
