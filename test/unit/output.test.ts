import { describe, expect, it } from 'vitest'
import { describeLifetime, publishApiKey, type OutputCommands } from '../../src/output.ts'

function recorder() {
  const calls: string[] = []
  const commands: OutputCommands = {
    setSecret: (value) => calls.push(`mask ${value}`),
    setOutput: (name, value) => calls.push(`output ${name}=${value}`),
    exportVariable: (name, value) => calls.push(`export ${name}=${value}`),
    info: (message) => calls.push(`info ${message}`)
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
      'output NUGET_API_KEY=KEY',
      'output NUGET_API_KEY_EXPIRES_AT=2026-11-21T11:00:00.000Z',
      "info Logged in to nuget.org as 'alice'. The API key expires at 2026-11-21T11:00:00.000Z (in 60 minutes)."
    ])
  })

  it('exports the key to later steps only when asked', () => {
    const { calls, commands } = recorder()
    publishApiKey(commands, key, { user: 'alice', exportApiKey: true, now })
    expect(calls.slice(0, 4)).toEqual([
      'mask KEY',
      'output NUGET_API_KEY=KEY',
      'output NUGET_API_KEY_EXPIRES_AT=2026-11-21T11:00:00.000Z',
      'export NUGET_API_KEY=KEY'
    ])
  })
})

describe('describeLifetime', () => {
  it.each([
    [3_600_000, 'in 60 minutes'],
    [60_000, 'in 1 minute'],
    [20_000, 'in less than a minute']
  ])('%i ms reads %s', (ms, text) => expect(describeLifetime(ms)).toBe(text))
})
