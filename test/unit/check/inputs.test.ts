import { describe, expect, it } from 'vitest'
import { readCheckInputs, shouldFail } from '../../../src/check/inputs.ts'

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readCheckInputs', () => {
  it('defaults to .github/workflows, failing on errors and a timeout of 120 seconds', () => {
    expect(readCheckInputs(reader({}))).toEqual({
      workflows: '.github/workflows',
      failOn: 'error',
      timeout: 120
    })
  })

  it('reads a timeout in seconds', () => {
    expect(readCheckInputs(reader({ timeout: ' 2.5 ' })).timeout).toBe(2.5)
  })

  it.each([
    [{ 'fail-on': 'always' }, 'must be error, warning or never'],
    [{ workflows: '../other/.github/workflows' }, 'must be a folder inside the repository'],
    [{ timeout: '0' }, 'must be a number of seconds above 0'],
    [{ timeout: '1e3' }, 'must be a number of seconds above 0'],
    [{ timeout: '90000' }, 'at most 21600']
  ])('refuses %j', (values, message) => {
    expect(() => readCheckInputs(reader(values))).toThrow(message)
  })
})

describe('shouldFail', () => {
  it.each([
    ['error', 1, 0, true],
    ['error', 0, 3, false],
    ['warning', 0, 1, true],
    ['never', 5, 5, false]
  ] as const)(
    'fail-on %s with %i errors and %i warnings: %s',
    (failOn, error, warning, expected) => {
      expect(shouldFail(failOn, { error, warning })).toBe(expected)
    }
  )
})
