// A token service that answers 200 with a key nuget.org could never have issued (nuget.org's keys
// are 84 ASCII letters and digits): the step fails, naming the key's length and never its text,
// and outputs nothing. A one-letter key would otherwise be masked, and every later `a` in the
// job's log would read `***`.
import { describe, expect, it } from 'vitest'
import { answerAndClose, startRawServer } from '../harness/raw-server.ts'
import { maskedLog } from '../harness/run-action.ts'
import { errorAnnotation, expectFailure, runAgainstStandIns } from './helpers.ts'

/** An HTTP answer as a token service that is not nuget.org's could send it. */
function successWith(apiKey: string): string {
  const body = JSON.stringify({ tokenType: 'ApiKey', expires: '2099-01-01T00:00:00Z', apiKey })
  return (
    'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  )
}

const LETTERS_AND_DIGITS = 'A1b2'.repeat(21)

describe('a success answer whose key nuget.org could not have issued', () => {
  it.each([
    ['a one-letter key', 'a', /its `apiKey` is 1 character long/],
    ['a key one character short', LETTERS_AND_DIGITS.slice(1), /is 83 characters long/],
    ['a key one character long', `${LETTERS_AND_DIGITS}Z`, /is 85 characters long/],
    [
      'a GUID',
      'e3b0c442-98fc-4c14-9afb-f4c8996fb924',
      /\(36 characters\) holds characters other than ASCII letters and digits/
    ],
    [
      'an 84-character key with a dash',
      `${LETTERS_AND_DIGITS.slice(1)}-`,
      /its `apiKey` \(84 characters\) holds characters other than ASCII letters and digits/
    ],
    [
      'an 84-character key with an underscore and a dot',
      `${LETTERS_AND_DIGITS.slice(2)}_.`,
      /\(84 characters\) holds characters other than ASCII letters and digits/
    ]
  ])('%s fails the step, naming its length, never its text', async (_, key, reason) => {
    const server = await startRawServer(answerAndClose(successWith(key)))
    try {
      const { standIns, result } = await runAgainstStandIns(
        {},
        { inputs: { 'token-service-url': `${server.url}/api/v2/token` } }
      )

      expectFailure(result, standIns, reason)
      expect(server.received).toHaveLength(1)
      expect(result.stdout.split('\n')).not.toContain(`::add-mask::${key}`)
      expect(result.env).toEqual({})
      const error = errorAnnotation(result.stdout)
      expect(error).toContain("nuget.org's keys are 84 ASCII letters and digits")
      expect(error).toContain('`token-service-url`')
      expect(error).toContain('https://www.nuget.org/api/v2/token')
      if (key.length > 1) {
        for (const text of [maskedLog(result.stdout), result.stderr, result.summary]) {
          expect(text).not.toContain(key)
        }
      }
    } finally {
      await server.close()
    }
  })
})
