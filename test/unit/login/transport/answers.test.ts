import { describe, expect, it } from 'vitest'
import {
  answeredAt,
  describeErrorAnswer,
  parseRetryAfter
} from '../../../../src/login/transport/answers.ts'
import { isTransientStatus } from '../../../../src/login/transport/statuses.ts'

const NOW = Date.parse('2026-11-21T10:00:00Z')
const answer = (status: number, body = '', headers: Record<string, string> = {}) => ({
  status,
  body,
  headers
})

describe('describeErrorAnswer', () => {
  it('quotes the server’s error field and keeps it for hints', () => {
    const error = describeErrorAnswer(
      'www.nuget.org refused the login',
      answer(
        401,
        JSON.stringify({ error: "No matching trust policy owned by user 'x' was found." })
      ),
      { now: NOW }
    )
    expect(error.message).toBe(
      "www.nuget.org refused the login (HTTP 401): No matching trust policy owned by user 'x' was found."
    )
    expect(error.serverMessage).toBe("No matching trust policy owned by user 'x' was found.")
    expect(error.status).toBe(401)
    expect(error.transient).toBe(false)
  })

  it.each([408, 429, 500, 502, 503, 504])('marks %i as transient', (status) => {
    expect(describeErrorAnswer('x', answer(status), { now: NOW }).transient).toBe(true)
    expect(isTransientStatus(status)).toBe(true)
  })

  it.each([400, 401, 403, 404, 415])('marks %i as permanent', (status) => {
    expect(describeErrorAnswer('x', answer(status), { now: NOW }).transient).toBe(false)
  })

  it('shows a short, single-line excerpt of a body that is not JSON, without markup', () => {
    const html = `<html><body><h1>Runtime Error</h1>\n\u0007${'x'.repeat(500)}</body></html>`
    const error = describeErrorAnswer('x', answer(500, html), { now: NOW })
    expect(error.message).toMatch(/^x \(HTTP 500\): Runtime Error x+…$/)
    expect(error.message.length).toBeLessThan(240)
  })

  it('gives a 500 without a reason the server-fault hint, and one with a reason none', () => {
    const options = { now: NOW, serverFaultHint: 'their fault', refusalHint: 'check the URL' }
    expect(describeErrorAnswer('x', answer(500, '<html>oops</html>'), options).hint).toBe(
      'their fault'
    )
    expect(describeErrorAnswer('x', answer(500, '{"error":"boom"}'), options).hint).toBeUndefined()
    expect(describeErrorAnswer('x', answer(503, 'busy'), options).hint).toBeUndefined()
    expect(describeErrorAnswer('x', answer(404, ''), options).hint).toBe('check the URL')
  })

  it('blanks anything shaped like a JWT in what it quotes', () => {
    const body = JSON.stringify({ error: 'bad token eyJhbGciOi.eyJzdWIiOiJ4In0.c2ln here' })
    expect(describeErrorAnswer('x', answer(401, body), { now: NOW }).message).toBe(
      'x (HTTP 401): bad token [token removed] here'
    )
  })

  it('names the redirect target and does not follow it', () => {
    const error = describeErrorAnswer(
      'x',
      answer(307, '', { location: 'https://elsewhere.example/api/v2/token' }),
      { now: NOW, redirectHint: 'set token-service-url' }
    )
    expect(error.message).toContain('redirect to https://elsewhere.example/api/v2/token')
    expect(error.hint).toBe('set token-service-url')
    expect(error.transient).toBe(false)
  })

  it('adds the refusal hint only to a permanent refusal without the server’s reason', () => {
    const options = { now: NOW, refusalHint: 'check the URL' }
    expect(describeErrorAnswer('x', answer(404), options).hint).toBe('check the URL')
    expect(describeErrorAnswer('x', answer(503), options).hint).toBeUndefined()
    expect(
      describeErrorAnswer('x', answer(401, '{"error":"reason"}'), options).hint
    ).toBeUndefined()
  })

  it('carries Retry-After for the retry loop', () => {
    expect(
      describeErrorAnswer('x', answer(429, '', { 'retry-after': '7' }), { now: NOW }).retryAfterMs
    ).toBe(7000)
  })
})

describe('parseRetryAfter', () => {
  it('reads seconds', () => expect(parseRetryAfter('3', NOW)).toBe(3000))
  it('reads an HTTP date', () =>
    expect(parseRetryAfter('Sat, 21 Nov 2026 10:00:12 GMT', NOW)).toBe(12_000))
  it('treats a date in the past as no wait', () =>
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:00:00 GMT', NOW)).toBe(0))
  it('ignores nonsense', () => expect(parseRetryAfter('soon', NOW)).toBeUndefined())
  it('ignores an absent header', () => expect(parseRetryAfter(undefined, NOW)).toBeUndefined())
})

describe('answeredAt', () => {
  it('reads the server’s clock from its Date header', () => {
    expect(answeredAt({ date: 'Sat, 21 Nov 2026 09:00:00 GMT' })).toBe(NOW - 3_600_000)
  })

  it.each([[{}], [{ date: '' }], [{ date: 'yesterday-ish' }]])(
    'is undefined without a valid Date: %j',
    (headers) => {
      expect(answeredAt(headers)).toBeUndefined()
    }
  )
})
