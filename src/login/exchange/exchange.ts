import { NUGET_TOKEN_ENDPOINT } from '../../shared/nuget-rules.ts'
import { answeredAt, describeErrorAnswer } from '../transport/answers.ts'
import { describeDuration } from './clock-skew.ts'
import { LoginError } from '../errors.ts'
import type { SendRequest } from '../transport/http.ts'
import type { ApiKey } from './api-key.ts'

export interface ExchangeRequest {
  tokenServiceUrl: URL
  user: string
  oidcToken: string
  userAgent: string
  timeoutMs: number
}

/**
 * nuget.org's keys (v5) are 84 ASCII letters and digits. Anything else did not come from nuget.org,
 * and a key is pasted into scripts (`--api-key "${{ steps.login.outputs.NUGET_API_KEY }}"`), where
 * the runner substitutes it before the shell reads it: letters and digits are all no shell acts on.
 */
const NUGET_KEY_LENGTH = 84
const NUGET_KEY_CHARACTERS = /^[A-Za-z0-9]+$/
const NUGET_KEY_SHAPE = `nuget.org's keys are ${NUGET_KEY_LENGTH} ASCII letters and digits`

/** Trades one OIDC token for a short-lived API key: one request, no retries. */
export async function exchangeOidcToken(
  send: SendRequest,
  request: ExchangeRequest,
  now: number = Date.now()
): Promise<ApiKey> {
  const response = await send({
    method: 'POST',
    url: request.tokenServiceUrl,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${request.oidcToken}`,
      'Content-Type': 'application/json',
      'User-Agent': request.userAgent
    },
    body: JSON.stringify({ username: request.user, tokenType: 'ApiKey' }),
    timeoutMs: request.timeoutMs
  })
  if (response.status < 200 || response.status >= 300) {
    throw describeErrorAnswer(`${request.tokenServiceUrl.host} refused the login`, response, {
      now,
      redirectHint:
        'If the token service has moved, set `token-service-url` to the address it names.',
      refusalHint:
        `Check that \`token-service-url\` is the token endpoint of nuget.org (${NUGET_TOKEN_ENDPOINT}) ` +
        'and that trusted publishing is available there.',
      serverFaultHint:
        'The token service failed with an internal error and sent an error page instead of a reason: the fault ' +
        'is on its side, not in your workflow or policy. Re-run the job later and check https://status.nuget.org; ' +
        'if it persists, report it at https://github.com/NuGet/NuGetGallery/issues with the time of the run.'
    })
  }
  return parseApiKeyAnswer(response.body, now, answeredAt(response.headers))
}

/**
 * Validates a success answer. Its body may hold a key, so it is never quoted in an error. A fresh
 * key is judged by the server's clock (`serverNow`, from its Date header) when it gave one: a
 * runner's clock can be off by hours.
 */
export function parseApiKeyAnswer(body: string, now: number, serverNow?: number): ApiKey {
  const answer = parseJsonObject(body)
  const apiKey = answer.apiKey
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw invalidAnswer('it holds no `apiKey`')
  }
  checkKeyShape(apiKey)
  const expires = parseExpires(answer.expires, now, serverNow)
  return serverNow === undefined
    ? { value: apiKey, expires }
    : { value: apiKey, expires, clockSkewMs: now - serverNow }
}

/** Refuses a key nuget.org could not have issued, naming its length and never its text. */
function checkKeyShape(apiKey: string): void {
  const length = `${apiKey.length} character${apiKey.length === 1 ? '' : 's'}`
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw invalidAnswer(
      `its \`apiKey\` (${length}) contains white space, control or non-ASCII characters, and ${NUGET_KEY_SHAPE}`
    )
  }
  if (!NUGET_KEY_CHARACTERS.test(apiKey)) {
    throw invalidAnswer(
      `its \`apiKey\` (${length}) holds characters other than ASCII letters and digits, which a later ` +
        `step's script could run as code, and ${NUGET_KEY_SHAPE}`
    )
  }
  if (apiKey.length !== NUGET_KEY_LENGTH) {
    throw invalidAnswer(`its \`apiKey\` is ${length} long, and ${NUGET_KEY_SHAPE}`)
  }
}

/** An absent `expires` is accepted (the key still works); a present one must be a future time. */
function parseExpires(
  value: unknown,
  now: number,
  serverNow: number | undefined
): Date | undefined {
  if (value === undefined || value === null) return undefined
  const expires = typeof value === 'string' ? new Date(value) : undefined
  if (!expires || Number.isNaN(expires.getTime())) {
    throw invalidAnswer('its `expires` is not a valid time')
  }
  if (serverNow !== undefined && expires.getTime() <= serverNow) {
    throw invalidAnswer(
      `the key it holds already expired at ${expires.toISOString()} by the token service's own clock ` +
        `(its answer is dated ${new Date(serverNow).toISOString()})`
    )
  }
  if (serverNow === undefined && expires.getTime() <= now) throw expiredByRunnerClock(expires, now)
  return expires
}

/** Without the server's Date, an expired key may as well mean a runner's clock that is ahead. */
function expiredByRunnerClock(expires: Date, now: number): LoginError {
  return new LoginError(
    `The token service reported success with a key that expires at ${expires.toISOString()}, ` +
      `${describeDuration(now - expires.getTime())} before this runner's clock (${new Date(now).toISOString()}); ` +
      "no key was output. Its answer has no Date header to compare clocks with: either the runner's clock is " +
      'ahead by at least that much, or the token service issued a key that had already expired.',
    {
      hint:
        "Compare the runner's clock with the real time (for example a step running `date -u` before this one) " +
        `and fix it (NTP). If it is right, check that \`token-service-url\` points at the nuget.org token endpoint (${NUGET_TOKEN_ENDPOINT}).`
    }
  )
}

function parseJsonObject(body: string): Record<string, unknown> {
  let answer: unknown
  try {
    answer = JSON.parse(body)
  } catch {
    throw invalidAnswer('it is not JSON')
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw invalidAnswer('it is not a JSON object')
  }
  return answer as Record<string, unknown>
}

function invalidAnswer(reason: string): LoginError {
  return new LoginError(`The token service reported success, but ${reason}; no key was output.`, {
    hint: `Check that \`token-service-url\` points at the nuget.org token endpoint (${NUGET_TOKEN_ENDPOINT}).`
  })
}
