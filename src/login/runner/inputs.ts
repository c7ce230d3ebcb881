import {
  audienceProblem,
  NUGET_AUDIENCE,
  NUGET_TOKEN_ENDPOINT,
  usernameProblem
} from '../../shared/nuget-rules.ts'
import { withoutUserinfo } from '../../shared/userinfo.ts'
import { LoginError } from '../errors.ts'
import type { LoginSettings } from '../exchange/login.ts'
import { checkTokenDestination, isLoopbackHost } from '../exchange/token-service.ts'

export interface Inputs extends LoginSettings {
  /** Also set NUGET_API_KEY in the environment of later steps. */
  exportApiKey: boolean
  /** Exchange, then discard the key: proves the policy matches without handing out a key. */
  verifyOnly: boolean
}

export type GetInput = (name: string) => string

/** Defaults for a caller that leaves an input empty; action.yml states the same ones. */
export const INPUT_DEFAULTS = {
  'token-service-url': NUGET_TOKEN_ENDPOINT,
  audience: NUGET_AUDIENCE,
  timeout: '60',
  'attempt-timeout': '10',
  'max-attempts': '7',
  'export-api-key': 'false',
  'verify-only': 'false'
} as const

export function readInputs(getInput: GetInput): Inputs {
  const read = (name: keyof typeof INPUT_DEFAULTS): string =>
    getInput(name).trim() || INPUT_DEFAULTS[name]
  const user = parseUser(getInput('user').trim())
  const tokenServiceUrl = parseTokenServiceUrl(read('token-service-url'))
  const audience = parseAudience(read('audience'))
  checkTokenDestination(tokenServiceUrl, audience)
  return {
    user,
    tokenServiceUrl,
    audience,
    timeoutMs: parseSeconds('timeout', read('timeout'), 1, 600),
    attemptTimeoutMs: parseSeconds('attempt-timeout', read('attempt-timeout'), 1, 300),
    maxAttempts: parseWholeNumber('max-attempts', read('max-attempts'), 1, 10),
    exportApiKey: parseBoolean('export-api-key', read('export-api-key')),
    verifyOnly: parseBoolean('verify-only', read('verify-only'))
  }
}

const USER_HINT =
  'Set `user` to the nuget.org username of the account that created the trusted publishing policy ' +
  '(shown on the Trusted Publishing page under your username on nuget.org), not an e-mail address or organization.'

function parseUser(user: string): string {
  const problem = usernameProblem(user)
  if (problem) throw new LoginError(`The input \`user\` ${problem}.`, { hint: USER_HINT })
  return user
}

function parseTokenServiceUrl(value: string): URL {
  const hint = `Set \`token-service-url\` to ${INPUT_DEFAULTS['token-service-url']} or leave it out.`
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new LoginError(
      `The input \`token-service-url\` is not a URL: '${withoutUserinfo(value)}'.`,
      { hint }
    )
  }
  if (url.username || url.password) {
    throw new LoginError('The input `token-service-url` must not contain credentials.', { hint })
  }
  if (url.protocol === 'https:') return url
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url
  throw new LoginError(
    `The input \`token-service-url\` must use https, so the GitHub token cannot be read on the way: '${value}'.`,
    { hint: `${hint} Plain http is accepted only for loopback hosts (local tests).` }
  )
}

function parseAudience(value: string): string {
  const problem = audienceProblem(value)
  if (problem) {
    throw new LoginError(`The input \`audience\` ${problem}.`, {
      hint: `Set \`audience\` to exactly ${INPUT_DEFAULTS.audience} or leave it out.`
    })
  }
  return value
}

function parseWholeNumber(name: string, value: string, min: number, max: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new LoginError(
      `The input \`${name}\` must be a whole number from ${min} to ${max}, but is '${value}'.`
    )
  }
  return number
}

function parseSeconds(name: string, value: string, min: number, max: number): number {
  return parseWholeNumber(name, value, min, max) * 1000
}

/** The YAML 1.2 core schema booleans, as the runner's own boolean inputs accept them. */
function parseBoolean(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new LoginError(`The input \`${name}\` must be true or false, but is '${value}'.`)
}
