import { describe, expect, it } from 'vitest'
import { inertLog, inertValue } from '../../../src/shared/log-text.ts'
import { replayOutput } from '../../harness/runner-commands.ts'

const HOSTILE = [
  'x\r::stop-commands::pwned',
  'x\r\n::error::forged',
  ' \u00a0::warning::forged',
  '\t::warning::forged',
  'x ##[add-mask]Logged',
  '::set-output name=NUGET_API_KEY::forged',
  'x\u2028y\u2029z\u0085\u202e\u200b\ufeff\u{e0001}'
]

describe('inertValue', () => {
  it.each(HOSTILE)('leaves nothing of %j for the runner to run, on one line', (value) => {
    const line = `Environment:      ${inertValue(value)}`
    expect(replayOutput(`${line}\n${inertValue(value)}\n`).commands).toEqual([])
    expect(line).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u)
  })

  it('names each unseen character instead of acting on it, and keeps the rest', () => {
    expect(inertValue('nuget\r::stop-commands::x')).toBe(
      'nuget\\u000d:\\u003astop-commands:\\u003ax'
    )
    expect(inertValue('a ##[add-mask]b')).toBe('a ##\\u005badd-mask]b')
    expect(inertValue('\u202eprod\u{e0001}')).toBe('\\u202eprod\\u{e0001}')
    expect(inertValue('release.yml')).toBe('release.yml')
  })
})

describe('inertLog', () => {
  it("keeps the message's own lines and defuses commands on each", () => {
    const message = inertLog('First line\n  ::error::forged\nand x ##[stop-commands]y\r::z::')
    expect(message.split('\n')).toEqual([
      'First line',
      '  :\\u003aerror::forged',
      'and x ##\\u005bstop-commands]y\\u000d::z::'
    ])
    expect(replayOutput(message).commands).toEqual([])
  })

  it('leaves ordinary text, and a :: that is not at the start of a line, as it is', () => {
    expect(inertLog('Token endpoint http://[::1]:8080 answered.')).toBe(
      'Token endpoint http://[::1]:8080 answered.'
    )
  })
})
