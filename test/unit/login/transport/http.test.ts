import nock from 'nock'
import { Readable } from 'node:stream'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  createTransport,
  settleWithin,
  type HttpRequest
} from '../../../../src/login/transport/http.ts'
import {
  answerAndClose,
  answerAndHold,
  startRawServer,
  type RawAnswer,
  type RawServer
} from '../../../harness/raw-server.ts'

const ORIGIN = 'https://www.nuget.org'
const send = createTransport({ proxyFor: () => undefined, maxBodyBytes: 1024 })
const post = (overrides: Partial<HttpRequest> = {}): HttpRequest => ({
  method: 'POST',
  url: new URL(`${ORIGIN}/api/v2/token`),
  headers: { 'Content-Type': 'application/json', 'User-Agent': 'ua' },
  body: '{"username":"alice"}',
  timeoutMs: 2000,
  ...overrides
})

beforeAll(() => nock.disableNetConnect())
afterEach(() => {
  expect(nock.isDone()).toBe(true)
  nock.cleanAll()
})

describe('createTransport', () => {
  it('sends the method, headers and body, and returns status, headers and body', async () => {
    nock(ORIGIN, { reqheaders: { 'content-type': 'application/json', 'user-agent': 'ua' } })
      .post('/api/v2/token', '{"username":"alice"}')
      .reply(401, '{"error":"no"}', { 'WWW-Authenticate': 'Bearer' })

    const response = await send(post())
    expect(response).toMatchObject({ status: 401, body: '{"error":"no"}' })
    expect(response.headers['www-authenticate']).toBe('Bearer')
  })

  it('returns a redirect as it is instead of following it', async () => {
    nock(ORIGIN).post('/api/v2/token').reply(302, '', { Location: 'https://evil.example/steal' })
    await expect(send(post())).resolves.toMatchObject({
      status: 302,
      headers: { location: 'https://evil.example/steal' }
    })
  })

  it('refuses an answer whose Content-Length is over the cap', async () => {
    nock(ORIGIN).post('/api/v2/token').reply(200, 'x'.repeat(2000), { 'Content-Length': '2000' })
    await expect(send(post())).rejects.toMatchObject({
      message: 'www.nuget.org answered with more than 1024 bytes; the answer was not read.',
      transient: false
    })
  })

  it('stops reading a streamed answer once it passes the cap', async () => {
    nock(ORIGIN)
      .post('/api/v2/token')
      .reply(200, () => {
        return Readable.from(Array.from({ length: 100 }, () => Buffer.alloc(512, 'x')))
      })
    await expect(send(post())).rejects.toThrow('more than 1024 bytes')
  })

  it('turns a connection failure into a transient error naming the request', async () => {
    // nock 15 never delivers replyWithError's plain-object form; an Error instance works.
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    nock(ORIGIN).post('/api/v2/token').replyWithError(reset)
    await expect(send(post())).rejects.toMatchObject({
      message: 'POST https://www.nuget.org/api/v2/token failed: socket hang up (ECONNRESET)',
      transient: true
    })
  })

  it.each(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID'])(
    'fails for good on the certificate error %s, naming NODE_EXTRA_CA_CERTS',
    async (code) => {
      nock(ORIGIN)
        .post('/api/v2/token')
        .replyWithError(Object.assign(new Error('certificate refused'), { code }))
      await expect(send(post())).rejects.toMatchObject({
        message: `POST https://www.nuget.org/api/v2/token failed: its TLS certificate was not accepted: certificate refused (${code})`,
        transient: false,
        hint: expect.stringContaining('NODE_EXTRA_CA_CERTS')
      })
    }
  )

  it('gives up on a request that gets no answer in time', async () => {
    nock(ORIGIN).post('/api/v2/token').delay(1000).reply(200, '{}')
    await expect(send(post({ timeoutMs: 50 }))).rejects.toMatchObject({
      message: 'POST https://www.nuget.org/api/v2/token got no complete answer within 0.05 s.',
      transient: true
    })
  })
})

describe('settleWithin', () => {
  it('settles by its deadline when the operation never does, destroying what it opened', async () => {
    const destroyed: string[] = []
    const result = settleWithin(
      30,
      () => new Error('too late'),
      (track) => {
        track({ destroy: () => destroyed.push('socket') })
        return new Promise(() => {})
      }
    )
    await expect(result).rejects.toThrow('too late')
    expect(destroyed).toEqual(['socket'])
  })

  it('destroys what is opened after it settled, at once', async () => {
    let track: ((resource: { destroy(): unknown }) => unknown) | undefined
    await settleWithin(
      1000,
      () => new Error('unused'),
      async (registered) => {
        track = registered
        return 'done'
      }
    )
    let destroyed = false
    track?.({ destroy: () => (destroyed = true) })
    expect(destroyed).toBe(true)
  })
})

describe('answers no token service sends', () => {
  const servers: RawServer[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
  })
  const sendTo = async (answer: RawAnswer, timeoutMs = 2000) => {
    nock.enableNetConnect('127.0.0.1')
    const server = await startRawServer(answer)
    servers.push(server)
    return send(post({ url: new URL(`${server.url}/api/v2/token`), timeoutMs }))
  }

  it('fails for good on 101 Switching Protocols with Connection: Upgrade', async () => {
    const upgrade =
      'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n'
    await expect(sendTo(answerAndHold(upgrade))).rejects.toMatchObject({
      message: expect.stringMatching(/answered 101 Switching Protocols, leaving HTTP/),
      transient: false,
      status: 101
    })
  })

  it('fails for good on a bare 101', async () => {
    await expect(
      sendTo(answerAndClose('HTTP/1.1 101 Switching Protocols\r\n\r\n'))
    ).rejects.toMatchObject({ status: 101, transient: false })
  })

  it('reads a 200 that names an Upgrade as the plain answer it is', async () => {
    const answer =
      'HTTP/1.1 200 OK\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 2\r\n\r\n{}'
    await expect(sendTo(answerAndHold(answer))).resolves.toMatchObject({ status: 200, body: '{}' })
  })

  it('reads past informational answers to the final one', async () => {
    const answer =
      'HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}'
    await expect(sendTo(answerAndHold(answer))).resolves.toMatchObject({
      status: 200,
      body: '{}'
    })
  })

  it('retries a body cut off by a closed connection', async () => {
    const cut = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n'
    await expect(sendTo(answerAndClose(cut))).rejects.toMatchObject({
      message: expect.stringMatching(/failed: the answer was cut off before its end$/),
      transient: true
    })
  })

  it('retries an answer that is not HTTP, saying so', async () => {
    await expect(sendTo(answerAndClose('SSH-2.0-OpenSSH_9.6\r\n'))).rejects.toMatchObject({
      message: expect.stringMatching(/failed: the answer was not valid HTTP: Parse Error/),
      transient: true
    })
  })

  it('gives up on a body that stops coming, by the request timeout', async () => {
    const stalled = 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"apiKey":'
    await expect(sendTo(answerAndHold(stalled), 100)).rejects.toMatchObject({
      message: expect.stringMatching(/got no complete answer within 0\.1 s\.$/),
      transient: true
    })
  })
})
