// A runner whose clock is wrong: nuget.org's key is judged by nuget.org's own clock (its Date
// header), and what the step logs and outputs about the key's end stays true.
import { describe, expect, it } from 'vitest'
import { expectNoSecretInLogs, runAgainstStandIns, secretsOf } from './helpers.ts'

const HOUR_MS = 3_600_000

/** Node options that move this process's clock (Date.now and new Date()) by `offsetMs`. */
function clockShiftedBy(offsetMs: number): string[] {
  const hook = [
    'const RealDate = Date;',
    `const shifted = () => RealDate.now() + ${offsetMs};`,
    'globalThis.Date = class extends RealDate {',
    '  constructor(...args) { super(...(args.length ? args : [shifted()])) }',
    '  static now() { return shifted() }',
    '};'
  ].join('')
  return [`--import=data:text/javascript,${encodeURIComponent(hook)}`]
}

describe('a runner whose clock is an hour ahead of nuget.org’s', () => {
  it('keeps the key nuget.org just issued, and says the runner’s clock is off', async () => {
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { keyLifetimeMs: 15 * 60_000 } },
      { nodeArgs: clockShiftedBy(HOUR_MS) }
    )

    expect(result.stdout).not.toContain('::error::')
    expect(result.exitCode).toBe(0)
    const key = result.outputs.NUGET_API_KEY as string
    expect(standIns.nuget.issuedKeys).toContain(key)
    const issued = standIns.nuget.keys.get(key)
    // The output is nuget.org's own `expires`, not moved by the runner's clock.
    expect(result.outputs.NUGET_API_KEY_EXPIRES_AT).toBe(
      new Date(issued?.expires ?? 0).toISOString()
    )
    expect(result.stdout).toMatch(/expires at \S+ \(in 1[45] minutes\)/)
    expect(result.stdout).toMatch(
      /::warning::The runner's clock is 60 minutes ahead of the clock of 127\.0\.0\.1:\d+ \(the Date of its answer\)/
    )
    expectNoSecretInLogs(result, secretsOf(standIns))
  })
})
