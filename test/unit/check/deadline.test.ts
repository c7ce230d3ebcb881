import { describe, expect, it } from 'vitest'
import { DeadlineExceeded, deadlineIn } from '../../../src/check/deadline.ts'

describe('deadlineIn', () => {
  it('passes until the time is up, then fails naming the file being read', () => {
    let now = 1_000
    const deadline = deadlineIn(2, () => now)
    deadline.enter('a.yml')
    now += 2_000
    deadline.check()
    deadline.enter('b.yml')
    now += 1
    expect(() => deadline.check()).toThrow(DeadlineExceeded)
    expect(() => deadline.check()).toThrow('timeout of 2 seconds while reading b.yml')
  })

  it('blames the file read until now when the time is up on entering the next', () => {
    let now = 0
    const deadline = deadlineIn(1, () => now)
    deadline.enter('slow.yml')
    now = 5_000
    expect(() => deadline.enter('next.yml')).toThrow('while reading slow.yml')
  })
})
