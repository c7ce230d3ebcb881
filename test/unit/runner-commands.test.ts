// The runner's reading of a step's output, as test/harness/runner-commands.ts replays it: each
// rule of actions/runner the injection tests rely on, shown on a line of its own.
import { describe, expect, it } from 'vitest'
import { dotnetReadLines, replayOutput } from '../harness/runner-commands.ts'

describe("the runner's reading of a step's output", () => {
  it('ends a line at \\n, \\r\\n and a lone \\r, like .NET ReadLine', () => {
    expect(dotnetReadLines('a\nb\r\nc\rd\n')).toEqual(['a', 'b', 'c', 'd'])
    expect(dotnetReadLines('a\u2028b\u0085c')).toEqual(['a\u2028b\u0085c'])
  })

  it('runs a ::command:: only at the start of a line, after .NET white space', () => {
    const reading = replayOutput(
      'Ref: x ::error::not a command\n\u00a0 ::warning::forged\n\ufeff::notice::not trimmed\n'
    )
    expect(reading.commands.map((command) => [command.name, command.data])).toEqual([
      ['warning', 'forged']
    ])
  })

  it('runs the legacy ##[command] anywhere in a line, and names in any case', () => {
    const reading = replayOutput('Ref: x ##[ADD-MASK]hunter2\nthe password is hunter2\n')
    expect(reading.commands).toMatchObject([{ name: 'add-mask', data: 'hunter2', form: 'legacy' }])
    expect(reading.log).toEqual(['the password is ***'])
  })

  it('runs no command, not even add-mask, between stop-commands and its token', () => {
    const reading = replayOutput(
      '::stop-commands::pwned\n::add-mask::s3cret\nkey s3cret\n::pwned::\n::add-mask::other\n'
    )
    expect(reading.commands.map((command) => command.name)).toEqual([
      'stop-commands',
      'pwned',
      'add-mask'
    ])
    expect(reading.masks).toEqual(['other'])
    expect(reading.log).toContain('key s3cret')
    expect(reading.stoppedBy).toBeUndefined()
  })

  it('refuses a stop token that is empty, pause-logging or a command name', () => {
    expect(replayOutput('::stop-commands::\n').stoppedBy).toBeUndefined()
    expect(replayOutput('::stop-commands::pause-logging\n').stoppedBy).toBeUndefined()
    expect(replayOutput('::stop-commands::add-mask\n').stoppedBy).toBeUndefined()
    expect(replayOutput('::stop-commands::x1\n').stoppedBy).toBe('x1')
  })

  it('unescapes data and properties as the runner does', () => {
    const [command] = replayOutput('::error file=a%2Cb,line=3::one%0Atwo %25\n').commands
    expect(command).toMatchObject({ properties: { file: 'a,b', line: '3' }, data: 'one\ntwo %' })
  })
})
