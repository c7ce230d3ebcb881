import { describe, expect, it } from 'vitest'
import { LoginError } from '../../src/errors.ts'
import { describeFailure } from '../../src/failure.ts'

describe('describeFailure', () => {
  it('puts the hint under the message', () => {
    expect(describeFailure(new LoginError('It failed.', { hint: 'Do this.' }))).toBe(
      'It failed.\nDo this.'
    )
  })

  it('gives the message alone when there is no hint', () => {
    expect(describeFailure(new LoginError('It failed.'))).toBe('It failed.')
  })

  it('calls anything else a bug and says where to report it', () => {
    expect(describeFailure(new TypeError('x is undefined'))).toMatch(
      /^nuget-login failed unexpectedly: x is undefined\n.*report it at https:\/\/github\.com\/acme\/nuget-login\/issues/
    )
  })
})
