// The last guard before stdout: whatever message the login prints through its runtime, the runner
// reads no command from it, warnings and the failure included.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createRuntime } from '../../../../src/login/runner/runtime.ts'
import { replayOutput } from '../../../harness/runner-commands.ts'

const HOSTILE = 'policy x\r::stop-commands::pwned\nand ##[add-mask]Logged\n  ::set-output name=k::v'

describe("the runtime's printing", () => {
  let printed = ''
  beforeEach(() => {
    printed = ''
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed += String(chunk)
      return true
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    process.exitCode = undefined
  })

  it.each(['info', 'warning', 'setFailed'] as const)(
    '%s prints nothing the runner runs',
    (name) => {
      createRuntime()[name](HOSTILE)

      const commands = replayOutput(printed).commands
      expect(commands.filter((command) => !['warning', 'error'].includes(command.name))).toEqual([])
      expect(commands.length).toBeLessThanOrEqual(1)
      expect(printed).toContain('stop-commands')
    }
  )
})
