import { describe, expect, it } from 'vitest'
import {
  describeLifetime,
  MISSING_EXPIRY,
  publishApiKey,
  type OutputCommands
} from '../../../../src/login/runner/output.ts'

function recorder() {
  const calls: string[] = []
  const commands: OutputCommands = {
    setSecret: (value) => calls.push(`mask ${value}`),
    setOutput: (name, value) => calls.push(`output ${name}=${value}`),
    exportVariable: (name, value) => calls.push(`export ${name}=${value}`),
    info: (message) => calls.push(`info ${message}`),
    warning: (message) => calls.push(`warning ${message}`)
  }
  return { calls, commands }
}

const key = { value: 'KEY', expires: new Date('2026-11-21T11:00:00Z') }
const now = Date.parse('2026-11-21T10:00:00Z')

describe('publishApiKey', () => {
  it('masks the key before it sets any output or prints anything', () => {
    const { calls, commands } = recorder()
    publishApiKey(commands, key, { user: 'alice', exportApiKey: false, now })
    expect(calls).toEqual([
      'mask KEY',
      'output NUGET_API_KEY_EXPIRES_AT=2026-11-21T11:00:00.000Z',
      'output NUGET_API_KEY=KEY',
      "info Logged in to nuget.org as 'alice'. The API key expires at 2026-11-21T11:00:00.000Z (in 60 minutes); " +
        'nuget.org may refuse it from 2026-11-21T10:59:00.000Z, a minute earlier, so finish pushing by then.'
    ])
  })

  it('logs in without an expiry output, and warns, when the answer named no expiry', () => {
    const { calls, commands } = recorder()
    publishApiKey(
      commands,
      { value: 'KEY', expires: undefined },
      { user: 'alice', exportApiKey: false, now }
    )
    expect(calls).toEqual([
      'mask KEY',
      'output NUGET_API_KEY=KEY',
      "info Logged in to nuget.org as 'alice'.",
      `warning ${MISSING_EXPIRY}`
    ])
    expect(MISSING_EXPIRY).toContain('NUGET_API_KEY_EXPIRES_AT is not set')
  })

  it('exports the key to later steps only when asked', () => {
    const { calls, commands } = recorder()
    publishApiKey(commands, key, { user: 'alice', exportApiKey: true, now })
    expect(calls.slice(0, 4)).toEqual([
      'mask KEY',
      'export NUGET_API_KEY=KEY',
      'output NUGET_API_KEY_EXPIRES_AT=2026-11-21T11:00:00.000Z',
      'output NUGET_API_KEY=KEY'
    ])
  })

  it('writes the key last, so a failed write of anything else leaves no key behind', () => {
    const { calls, commands } = recorder()
    commands.setOutput = (name) => {
      throw new Error(`disk full writing ${name}`)
    }
    expect(() => publishApiKey(commands, key, { user: 'alice', exportApiKey: false, now })).toThrow(
      'disk full writing NUGET_API_KEY_EXPIRES_AT'
    )
    expect(calls).toEqual(['mask KEY'])
  })
})

describe('describeLifetime', () => {
  it.each([
    [3_600_000, 'in 60 minutes'],
    [60_000, 'in 1 minute'],
    [20_000, 'in less than a minute']
  ])('%i ms reads %s', (ms, text) => expect(describeLifetime(ms)).toBe(text))
})
