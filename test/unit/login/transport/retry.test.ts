import { describe, expect, it, vi } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import { backoffDelay, retry, type RetryPolicy } from '../../../../src/login/transport/retry.ts'
import { fakeClock } from '../../../fakes/clock.ts'

const START = Date.parse('2026-11-21T10:00:00Z')
const policy: RetryPolicy = {
  maxAttempts: 5,
  deadline: START + 60_000,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  maxRetryAfterMs: 20_000
}
const transient = (message = 'HTTP 503', retryAfterMs?: number) =>
  new LoginError(message, { transient: true, retryAfterMs })

function failingTimes<T>(errors: Error[], result: T) {
  return vi.fn(async () => {
    const error = errors.shift()
    if (error) throw error
    return result
  })
}

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by the random number', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, policy, 0.999))).toEqual([
      999, 1998, 3996, 7992, 7992, 7992
    ])
    expect(backoffDelay(3, policy, 0)).toBe(0)
  })
})

describe('retry', () => {
  it('retries transient failures with full-jitter waits and reports each', async () => {
    const { clock, sleeps } = fakeClock(START, 0.5)
    const operation = failingTimes([transient(), transient()], 'key')
    const notices: unknown[] = []

    await expect(retry('Exchange', operation, policy, clock, (n) => notices.push(n))).resolves.toBe(
      'key'
    )
    expect(operation).toHaveBeenCalledTimes(3)
    expect(sleeps).toEqual([500, 1000])
    expect(notices).toMatchObject([
      { what: 'Exchange', attempt: 1, delayMs: 500 },
      { what: 'Exchange', attempt: 2, delayMs: 1000 }
    ])
  })

  it('fails at once on a permanent failure', async () => {
    const { clock, sleeps } = fakeClock(START)
    const refusal = new LoginError('HTTP 401', { status: 401 })
    const operation = failingTimes([refusal], 'key')

    await expect(retry('Exchange', operation, policy, clock, () => {})).rejects.toBe(refusal)
    expect(operation).toHaveBeenCalledTimes(1)
    expect(sleeps).toEqual([])
  })

  it('does not retry errors that are not LoginErrors', async () => {
    const { clock } = fakeClock(START)
    const operation = failingTimes([new TypeError('bug')], 'key')
    await expect(retry('Exchange', operation, policy, clock, () => {})).rejects.toThrow('bug')
    expect(operation).toHaveBeenCalledTimes(1)
  })

  it('gives up after the last attempt, naming the count and the last failure', async () => {
    const { clock } = fakeClock(START)
    const operation = failingTimes(
      Array.from({ length: 5 }, (_, i) => transient(`HTTP 50${i}`)),
      'key'
    )

    await expect(retry('Exchange', operation, policy, clock, () => {})).rejects.toMatchObject({
      message: 'Exchange failed 5 times; the last failure was: HTTP 504',
      transient: false,
      hint: expect.stringContaining('Re-run the job')
    })
    expect(operation).toHaveBeenCalledTimes(5)
  })

  it('honours Retry-After, capped', async () => {
    const { clock, sleeps } = fakeClock(START)
    const operation = failingTimes([transient('429', 3000), transient('429', 600_000)], 'key')
    await retry('Exchange', operation, policy, clock, () => {})
    expect(sleeps).toEqual([3000, 20_000])
  })

  it('stops before a wait that would pass the deadline', async () => {
    const { clock, sleeps, advance } = fakeClock(START)
    const operation = vi.fn(async () => {
      advance(40_000)
      throw transient('no answer')
    })
    await expect(retry('Exchange', operation, policy, clock, () => {})).rejects.toThrow(
      'Exchange failed 2 times and the time allowed for the login ran out; the last failure was: no answer'
    )
    expect(sleeps).toHaveLength(1)
  })
})
