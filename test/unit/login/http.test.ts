import nock from 'nock'
import { Readable } from 'node:stream'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTransport, type HttpRequest } from '../../../src/login/http.ts'

const ORIGIN = 'https://www.nuget.org'
const send = createTransport({ agentFor: () => undefined, maxBodyBytes: 1024 })
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
