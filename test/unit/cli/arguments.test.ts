import { describe, expect, it } from 'vitest'
import { parseCheckArguments, UsageError } from '../../../src/cli/arguments.ts'

describe('the arguments of nuget-login check', () => {
  it('checks the current folder as text, failing on errors, by default', () => {
    expect(parseCheckArguments([])).toEqual({
      folders: ['.'],
      format: 'text',
      failOn: 'error',
      help: false
    })
  })

  it('takes several folders and the options in any order', () => {
    expect(parseCheckArguments(['a', '--format', 'sarif', 'b', '--fail-on=warning', '-h'])).toEqual(
      { folders: ['a', 'b'], format: 'sarif', failOn: 'warning', help: true }
    )
  })

  it.each([
    [['--format', 'xml'], "--format must be text, json, sarif, but is 'xml'."],
    [['--fail-on', 'sometimes'], "--fail-on must be error, warning, never, but is 'sometimes'."],
    [['--colour'], "Unknown option '--colour'"],
    [['--format'], "Option '-f, --format <value>' argument missing"]
  ])('refuses %j, saying what is wrong', (args, message) => {
    expect(() => parseCheckArguments(args)).toThrow(UsageError)
    expect(() => parseCheckArguments(args)).toThrow(message)
  })
})
