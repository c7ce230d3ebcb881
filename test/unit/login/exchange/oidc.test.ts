import { describe, expect, it } from 'vitest'
import { fakeSend } from '../../../fakes/send.ts'
import { readOidcEnvironment, requestOidcToken } from '../../../../src/login/exchange/oidc.ts'

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'
const environment = {
  requestUrl: new URL('https://pipelines.example/idtoken?api-version=2.0'),
  requestToken: 'request-token'
}

const request = { environment, audience: 'https://www.nuget.org', userAgent: 'ua', timeoutMs: 1000 }

describe('readOidcEnvironment', () => {
  it('reads the runner’s request URL and token', () => {
    expect(
      readOidcEnvironment({
        ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x/idtoken?a=1',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't'
      })
    ).toEqual({ requestUrl: new URL('https://x/idtoken?a=1'), requestToken: 't' })
  })

  it.each([
    {},
    { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' },
    { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }
  ])('explains the id-token permission when %j is all there is', (env) => {
    expect(() => readOidcEnvironment(env)).toThrow(
      expect.objectContaining({ hint: expect.stringContaining('id-token: write') })
    )
  })
})

describe('requestOidcToken', () => {
  it('asks for the audience with the request token and returns the JWT', async () => {
    const { send, sent } = fakeSend({ body: JSON.stringify({ count: 1, value: JWT }) })
    await expect(requestOidcToken(send, request)).resolves.toBe(JWT)
    expect(sent[0]?.url.href).toBe(
      'https://pipelines.example/idtoken?api-version=2.0&audience=https%3A%2F%2Fwww.nuget.org'
    )
    expect(sent[0]?.headers.Authorization).toBe('Bearer request-token')
    expect(sent[0]?.method).toBe('GET')
  })

  it('adds the audience to a URL that has no query yet', async () => {
    const { send, sent } = fakeSend({ body: JSON.stringify({ value: JWT }) })
    await requestOidcToken(send, {
      ...request,
      environment: { ...environment, requestUrl: new URL('https://p/t') }
    })
    expect(sent[0]?.url.href).toBe('https://p/t?audience=https%3A%2F%2Fwww.nuget.org')
  })

  it.each(['{}', '{"value":""}', '{"value":"not-a-jwt"}', 'null', '<html>'])(
    'treats the answer %s as a transient fault',
    async (body) => {
      const { send } = fakeSend({ body })
      await expect(requestOidcToken(send, request)).rejects.toMatchObject({ transient: true })
    }
  )

  it('reports a refusal with its status, as transient only for server faults', async () => {
    await expect(
      requestOidcToken(fakeSend({ status: 401, body: '{}' }).send, request)
    ).rejects.toMatchObject({
      status: 401,
      transient: false
    })
    await expect(requestOidcToken(fakeSend({ status: 503 }).send, request)).rejects.toMatchObject({
      status: 503,
      transient: true
    })
  })
})
