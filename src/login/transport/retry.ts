import { LoginError, isTransient, messageOf } from '../errors.ts'

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
  /** A number in [0, 1), for jitter. */
  random(): number
}

export interface RetryPolicy {
  maxAttempts: number
  /** Epoch milliseconds by which every attempt and wait must be over. */
  deadline: number
  baseDelayMs: number
  maxDelayMs: number
  /** Longest Retry-After that is honoured as given; longer ones are cut to this. */
  maxRetryAfterMs: number
}

export interface RetryNotice {
  what: string
  attempt: number
  delayMs: number
  error: unknown
}

export const DEFAULT_BACKOFF = { baseDelayMs: 1000, maxDelayMs: 8000, maxRetryAfterMs: 20_000 }

/** Full-jitter exponential backoff: a random wait up to base * 2^(attempt - 1), capped. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(random * ceiling)
}

/**
 * Runs `operation` until it succeeds, fails for good, runs out of attempts, or the next wait
 * would pass the deadline. Only transient LoginErrors are retried.
 */
export async function retry<T>(
  what: string,
  operation: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  clock: Clock,
  onRetry: (notice: RetryNotice) => void
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation(attempt)
    } catch (error) {
      if (!isTransient(error)) throw error
      if (attempt >= policy.maxAttempts) {
        throw gaveUp(`${what} failed ${attempt} times`, error)
      }
      const delayMs = waitBeforeRetry(error as LoginError, attempt, policy, clock.random())
      if (clock.now() + delayMs >= policy.deadline) {
        throw gaveUp(
          `${what} failed ${attempt} times and the time allowed for the login ran out`,
          error
        )
      }
      onRetry({ what, attempt, delayMs, error })
      await clock.sleep(delayMs)
    }
  }
}

function waitBeforeRetry(error: LoginError, attempt: number, policy: RetryPolicy, random: number) {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs)
  return backoffDelay(attempt, policy, random)
}

function gaveUp(summary: string, error: unknown): LoginError {
  const last = error instanceof LoginError ? error : undefined
  return new LoginError(`${summary}; the last failure was: ${messageOf(error)}`, {
    hint:
      last?.hint ??
      'The failures look temporary (network or server trouble). Re-run the job; if it keeps failing, ' +
        'raise `timeout` or `max-attempts`, or check https://status.nuget.org.',
    status: last?.status,
    serverMessage: last?.serverMessage,
    cause: error
  })
}
