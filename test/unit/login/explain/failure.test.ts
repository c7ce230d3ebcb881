import { describe, expect, it } from 'vitest'
import { LoginError } from '../../../../src/login/errors.ts'
import { explainFailure, failureText } from '../../../../src/login/explain/failure.ts'

const context = { user: 'alice', claims: undefined }

describe('explainFailure', () => {
  it('keeps the hint the error already has', () => {
    expect(explainFailure(new LoginError('It failed.', { hint: 'Do this.' }), context)).toEqual({
      message: 'It failed.',
      hint: 'Do this.'
    })
  })

  it('finds the hint for nuget.org’s reason', () => {
    const error = new LoginError(
      'refused (HTTP 401): The JSON web token has an incorrect audience.',
      {
        status: 401,
        serverMessage: 'The JSON web token has an incorrect audience.'
      }
    )
    expect(explainFailure(error, context).hint).toContain('Leave `audience` out')
  })

  it('shows an unknown reason as it is, pointing at the documentation', () => {
    const error = new LoginError('refused (HTTP 401): A brand new reason.', {
      status: 401,
      serverMessage: 'A brand new reason.'
    })
    expect(explainFailure(error, context)).toEqual({
      message: 'refused (HTTP 401): A brand new reason.',
      hint: expect.stringContaining('no advice for')
    })
  })

  it('has no hint for a failure that neither carries one nor quotes nuget.org', () => {
    expect(explainFailure(new LoginError('The answer was cut off.'), context)).toEqual({
      message: 'The answer was cut off.',
      hint: undefined
    })
  })

  it('calls anything else a bug and says where to report it', () => {
    expect(explainFailure(new TypeError('x is undefined'), context)).toEqual({
      message: 'nuget-login failed unexpectedly: x is undefined',
      hint: expect.stringContaining('https://github.com/acme/nuget-login/issues')
    })
  })
})

describe('failureText', () => {
  it('puts the hint under the message', () => {
    expect(failureText({ message: 'It failed.', hint: 'Do this.' })).toBe('It failed.\nDo this.')
    expect(failureText({ message: 'It failed.', hint: undefined })).toBe('It failed.')
  })
})
