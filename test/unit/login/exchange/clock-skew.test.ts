import { describe, expect, it } from 'vitest'
import {
  clockSkewWarning,
  describeDuration,
  serverTime
} from '../../../../src/login/exchange/clock-skew.ts'

const key = (clockSkewMs?: number) => ({ value: 'KEY', expires: new Date(0), clockSkewMs })

describe('describeDuration', () => {
  it.each([
    [0, '0 seconds'],
    [1000, '1 second'],
    [-89_000, '89 seconds'],
    [90_000, '2 minutes'],
    [3_600_000, '60 minutes']
  ])('%i ms is %s', (ms, text) => {
    expect(describeDuration(ms)).toBe(text)
  })
})

describe('serverTime', () => {
  it('moves the runner’s time by the measured difference, or keeps it without one', () => {
    expect(serverTime(key(3_600_000), 5_000_000)).toBe(1_400_000)
    expect(serverTime(key(), 5_000_000)).toBe(5_000_000)
  })
})

describe('clockSkewWarning', () => {
  it('says nothing without a measure, or under a minute', () => {
    expect(clockSkewWarning(key(), 'www.nuget.org')).toBeUndefined()
    expect(clockSkewWarning(key(59_999), 'www.nuget.org')).toBeUndefined()
  })

  it('names the direction, the size and the output a later step may misjudge', () => {
    expect(clockSkewWarning(key(-3_600_000), 'www.nuget.org')).toBe(
      "The runner's clock is 60 minutes behind the clock of www.nuget.org (the Date of its answer). " +
        "The key was judged by www.nuget.org's clock, and NUGET_API_KEY_EXPIRES_AT is the time " +
        "www.nuget.org gave: a later step that compares it with this runner's clock is off by as much. " +
        "Fix the runner's clock (NTP)."
    )
  })
})
