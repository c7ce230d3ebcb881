import { EXPIRES_OUTPUT, type ApiKey } from './api-key.ts'

/** Below this, a difference between the runner's and the server's clocks is not worth a warning. */
const NOTABLE_SKEW_MS = 60_000

/** A clock difference for a log: whole minutes from 90 s on, else seconds. */
export function describeDuration(ms: number): string {
  const seconds = Math.round(Math.abs(ms) / 1000)
  if (seconds < 90) return `${seconds} second${seconds === 1 ? '' : 's'}`
  return `${Math.round(seconds / 60)} minutes`
}

/** The runner's time by the clock of the server that issued `key`, when its answer said. */
export function serverTime(key: ApiKey, runnerNow: number): number {
  return runnerNow - (key.clockSkewMs ?? 0)
}

/** Warns when the runner's clock is a minute or more off the token service's, which the key is judged by. */
export function clockSkewWarning(key: ApiKey, host: string): string | undefined {
  const skew = key.clockSkewMs
  if (skew === undefined || Math.abs(skew) < NOTABLE_SKEW_MS) return undefined
  return (
    `The runner's clock is ${describeDuration(skew)} ${skew > 0 ? 'ahead of' : 'behind'} the clock of ${host} ` +
    `(the Date of its answer). The key was judged by ${host}'s clock, and ${EXPIRES_OUTPUT} is the time ${host} ` +
    "gave: a later step that compares it with this runner's clock is off by as much. Fix the runner's clock (NTP)."
  )
}
