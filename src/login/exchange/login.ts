import { clockSkewWarning } from './clock-skew.ts'
import { messageOf } from '../errors.ts'
import type { ApiKey } from './api-key.ts'
import { exchangeOidcToken } from './exchange.ts'
import type { SendRequest } from '../transport/http.ts'
import { readOidcEnvironment, requestOidcToken } from './oidc.ts'
import { serviceName } from './token-service.ts'
import {
  DEFAULT_BACKOFF,
  retry,
  type Clock,
  type RetryNotice,
  type RetryPolicy
} from '../transport/retry.ts'

/** What the login is given to go by: the inputs the exchange and its retries read. */
export interface LoginSettings {
  /** nuget.org username of the account that created the trusted publishing policy. */
  user: string
  tokenServiceUrl: URL
  audience: string
  /** The whole login, retries included, ends within this many milliseconds. */
  timeoutMs: number
  /** One HTTP request gives up after this many milliseconds. */
  attemptTimeoutMs: number
  /** How many times each request may be sent. */
  maxAttempts: number
}

export interface LoginDependencies {
  send: SendRequest
  env: NodeJS.ProcessEnv
  clock: Clock
  userAgent: string
  setSecret(value: string): void
  warning(message: string): void
  /** Sees each OIDC token before it is sent to the token service. */
  onOidcToken?(token: string): void
}

/**
 * Gets a short-lived API key. nuget.org accepts an OIDC token only once, so every exchange
 * attempt starts with a new token.
 */
export async function login(inputs: LoginSettings, deps: LoginDependencies): Promise<ApiKey> {
  const environment = readOidcEnvironment(deps.env)
  // GitHub's answers may quote it; the runner then shows *** instead.
  deps.setSecret(environment.requestToken)
  const { clock } = deps
  const policy: RetryPolicy = {
    ...DEFAULT_BACKOFF,
    maxAttempts: inputs.maxAttempts,
    deadline: clock.now() + inputs.timeoutMs
  }
  const timeoutMs = () =>
    Math.max(1, Math.min(inputs.attemptTimeoutMs, policy.deadline - clock.now()))
  const persist = <T>(what: string, operation: () => Promise<T>) =>
    retry(what, operation, policy, clock, (notice) => deps.warning(describeRetry(notice, policy)))

  const newOidcToken = () =>
    persist('Requesting an OIDC token from GitHub', () =>
      requestOidcToken(
        deps.send,
        {
          environment,
          audience: inputs.audience,
          userAgent: deps.userAgent,
          timeoutMs: timeoutMs()
        },
        clock.now()
      )
    )

  const exchange = `Exchanging the OIDC token for an API key at ${serviceName(inputs.tokenServiceUrl)}`
  const key = await persist(exchange, async () => {
    const oidcToken = await newOidcToken()
    deps.setSecret(oidcToken)
    deps.onOidcToken?.(oidcToken)
    return exchangeOidcToken(
      deps.send,
      {
        tokenServiceUrl: inputs.tokenServiceUrl,
        user: inputs.user,
        oidcToken,
        userAgent: deps.userAgent,
        timeoutMs: timeoutMs()
      },
      clock.now()
    )
  })
  const skew = clockSkewWarning(key, inputs.tokenServiceUrl.host)
  if (skew) deps.warning(skew)
  return key
}

function describeRetry(notice: RetryNotice, policy: RetryPolicy): string {
  return (
    `${notice.what} failed (attempt ${notice.attempt} of ${policy.maxAttempts}): ` +
    `${messageOf(notice.error)} Trying again in ${(notice.delayMs / 1000).toFixed(1)} s.`
  )
}
