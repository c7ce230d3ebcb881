import { LoginError } from '../errors.ts'
import type { HttpResponse, SendRequest } from '../transport/http.ts'
import { describeErrorAnswer } from '../transport/answers.ts'

/** Where and how this job may ask GitHub for an OIDC token. */
export interface OidcEnvironment {
  requestUrl: URL
  requestToken: string
}

export const ID_TOKEN_PERMISSION_HINT = [
  'Give the job permission to request an OIDC token:',
  '',
  '  permissions:',
  '    id-token: write',
  '    contents: read',
  '',
  'A `permissions:` block replaces the default permissions, so list every scope later steps need',
  '(for example `contents: write` for a release step).'
].join('\n')

export function hasOidcEnvironment(env: NodeJS.ProcessEnv): boolean {
  return !!env.ACTIONS_ID_TOKEN_REQUEST_URL && !!env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
}

export function missingOidcEnvironment(): LoginError {
  return new LoginError(
    'GitHub did not give this job a way to request an OIDC token ' +
      '(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set).',
    { hint: ID_TOKEN_PERMISSION_HINT }
  )
}

export function readOidcEnvironment(env: NodeJS.ProcessEnv): OidcEnvironment {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
  if (!requestUrl || !requestToken) throw missingOidcEnvironment()
  try {
    return { requestUrl: new URL(requestUrl), requestToken }
  } catch {
    throw new LoginError(
      'ACTIONS_ID_TOKEN_REQUEST_URL is not a URL; this job cannot request an OIDC token.'
    )
  }
}

export interface OidcTokenRequest {
  environment: OidcEnvironment
  audience: string
  userAgent: string
  timeoutMs: number
}

/** Asks GitHub for a new OIDC token for the audience: one request, no retries. */
export async function requestOidcToken(
  send: SendRequest,
  request: OidcTokenRequest,
  now: number = Date.now()
): Promise<string> {
  const url = new URL(request.environment.requestUrl)
  url.searchParams.set('audience', request.audience)
  const response = await send({
    method: 'GET',
    url,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${request.environment.requestToken}`,
      'User-Agent': request.userAgent
    },
    timeoutMs: request.timeoutMs
  })
  if (response.status !== 200) {
    const { requestToken } = request.environment
    throw githubRefusal({ ...response, body: response.body.split(requestToken).join('***') }, now)
  }
  return parseOidcAnswer(response.body)
}

const FROM_GITHUB =
  "This answer came from GitHub's OIDC token service (the runner's ACTIONS_ID_TOKEN_REQUEST_URL), before " +
  'anything was sent to the token service.'

/**
 * A failed answer from GitHub, with GitHub's advice: its words never get the token service's hints,
 * even where they read alike.
 */
function githubRefusal(response: HttpResponse, now: number): LoginError {
  const answer = describeErrorAnswer('GitHub refused the OIDC token request', response, { now })
  const advice =
    answer.status === 401 || answer.status === 403
      ? "The runner's credentials for requesting OIDC tokens were not accepted, which can happen when a job " +
        'runs for many hours. Re-run the job.'
      : 'Check https://www.githubstatus.com for trouble with GitHub Actions and re-run the job; if it keeps ' +
        'failing, report it to GitHub support with the URL of the run.'
  return new LoginError(answer.message, {
    status: answer.status,
    transient: answer.transient,
    retryAfterMs: answer.retryAfterMs,
    hint: `${FROM_GITHUB} ${advice}`
  })
}

function parseOidcAnswer(body: string): string {
  let value: unknown
  try {
    value = (JSON.parse(body) as { value?: unknown }).value
  } catch {
    value = undefined
  }
  if (typeof value !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(value)) {
    throw new LoginError('GitHub answered the OIDC token request without a token.', {
      transient: true
    })
  }
  return value
}
