import { describe, expect, it } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import { INPUT_DEFAULTS, readInputs } from '../../../../src/login/runner/inputs.ts'

const reader =
  (values: Record<string, string>) =>
  (name: string): string =>
    values[name] ?? ''

function failure(values: Record<string, string>): LoginError {
  try {
    readInputs(reader(values))
  } catch (error) {
    if (error instanceof LoginError) return error
    throw error
  }
  throw new Error('readInputs accepted the inputs')
}

describe('readInputs', () => {
  it('fills defaults for inputs left empty', () => {
    const inputs = readInputs(reader({ user: ' alice ' }))
    expect(inputs).toEqual({
      user: 'alice',
      tokenServiceUrl: new URL(INPUT_DEFAULTS['token-service-url']),
      audience: 'https://www.nuget.org',
      timeoutMs: 60_000,
      attemptTimeoutMs: 10_000,
      maxAttempts: 7,
      exportApiKey: false,
      verifyOnly: false
    })
  })

  it('reads every input it is given', () => {
    const inputs = readInputs(
      reader({
        user: 'bob',
        'token-service-url': 'https://int.nugettest.org/api/v2/token',
        audience: 'https://int.nugettest.org',
        timeout: '30',
        'attempt-timeout': '3',
        'max-attempts': '2'
      })
    )
    expect(inputs.tokenServiceUrl.href).toBe('https://int.nugettest.org/api/v2/token')
    expect(inputs.audience).toBe('https://int.nugettest.org')
    expect([inputs.timeoutMs, inputs.attemptTimeoutMs, inputs.maxAttempts]).toEqual([
      30_000, 3_000, 2
    ])
  })

  it.each([
    [{ user: '' }, 'The input `user` is required'],
    [{ user: 'alice@contoso.com' }, 'looks like an e-mail address'],
    [{ user: 'alice smith' }, "cannot be a nuget.org username: 'alice smith'"],
    [{ user: 'ab' }, '3 to 64 characters'],
    [{ user: `a${'b'.repeat(64)}` }, 'cannot be a nuget.org username'],
    [{ user: '-alice' }, 'starting and ending with a letter or digit'],
    [{ user: 'alice.' }, 'starting and ending with a letter or digit'],
    [{ user: 'al!ce' }, "letters, digits, '_', '.' and '-'"],
    [{ user: '***' }, 'cannot be a nuget.org username']
  ])('refuses user %j and names the policy creator', (values, message) => {
    const error = failure(values)
    expect(error.message).toContain(message)
    expect(error.hint).toContain('created the trusted publishing policy')
  })

  it.each(['a1b', 'Alice_Smith-2.0', `a${'b'.repeat(62)}c`])('accepts the username %s', (user) => {
    expect(readInputs(reader({ user })).user).toBe(user)
  })

  it.each(['https://www.nuget.org/', 'https://int.nugettest.org/'])(
    'accepts the audience %s with the trailing slash nuget.org ignores, and sends it as given',
    (audience) => {
      const tokenServiceUrl = new URL('/api/v2/token', audience).href
      expect(
        readInputs(reader({ user: 'alice', audience, 'token-service-url': tokenServiceUrl }))
          .audience
      ).toBe(audience)
    }
  )

  it.each([
    ['nuget.org'],
    ['www.nuget.org'],
    ['http://www.nuget.org'],
    ['https://www.nuget.org/api'],
    ['https://www.nuget.org//'],
    ['https://WWW.nuget.org']
  ])('refuses audience %s and names the right one', (audience) => {
    const error = failure({ user: 'alice', audience })
    expect(error.message).toContain('`audience`')
    expect(error.hint).toContain('https://www.nuget.org')
  })

  it.each([
    ['not a url', 'is not a URL'],
    ['http://www.nuget.org/api/v2/token', 'must use https'],
    ['ftp://www.nuget.org/api/v2/token', 'must use https'],
    ['https://me:secret@www.nuget.org/api/v2/token', 'must not contain credentials']
  ])('refuses token-service-url %s', (url, message) => {
    expect(failure({ user: 'alice', 'token-service-url': url }).message).toContain(message)
  })

  it.each(['http://127.0.0.1:8080/api/v2/token', 'http://localhost/t', 'http://[::1]:9/t'])(
    'accepts plain http for the loopback URL %s',
    (url) => {
      expect(
        readInputs(reader({ user: 'alice', 'token-service-url': url })).tokenServiceUrl.href
      ).toBe(new URL(url).href)
    }
  )

  it.each([
    ['timeout', '0'],
    ['timeout', '601'],
    ['timeout', '1.5'],
    ['attempt-timeout', 'ten'],
    ['max-attempts', '11'],
    ['max-attempts', '-1']
  ])('refuses %s = %s with the allowed range', (name, value) => {
    expect(failure({ user: 'alice', [name]: value }).message).toMatch(
      new RegExp(`\`${name}\` must be a whole number from \\d+ to \\d+`)
    )
  })
})

describe('export-api-key', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['FALSE', false]
  ])('reads %s as %s', (value, expected) => {
    expect(readInputs(reader({ user: 'alice', 'export-api-key': value })).exportApiKey).toBe(
      expected
    )
  })

  it('refuses anything else', () => {
    expect(failure({ user: 'alice', 'export-api-key': 'yes' }).message).toBe(
      "The input `export-api-key` must be true or false, but is 'yes'."
    )
  })
})
