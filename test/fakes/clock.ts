import type { Clock } from '../../src/login/transport/retry.ts'

/** A clock whose sleeps return at once and move time forward, recording each wait. */
export function fakeClock(start = Date.parse('2026-11-21T10:00:00Z'), random = 0.5) {
  let now = start
  const sleeps: number[] = []
  const clock: Clock = {
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    random: () => random
  }
  return { clock, sleeps, advance: (ms: number) => (now += ms) }
}
