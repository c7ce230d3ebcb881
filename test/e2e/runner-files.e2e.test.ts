import { join } from 'node:path'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { errorAnnotation, expectFailure, runAgainstStandIns } from './helpers.ts'

describe('a runner file the action cannot write', () => {
  it('names GITHUB_OUTPUT and why, not a bug in the action, and sets no output', async () => {
    const missing = join(tmpdir(), 'nuget-login-no-such-dir', 'output')
    const { standIns, result } = await runAgainstStandIns({}, { env: { GITHUB_OUTPUT: missing } })

    expectFailure(
      result,
      standIns,
      `Could not write the output NUGET_API_KEY_EXPIRES_AT to the runner's file GITHUB_OUTPUT (${missing})`
    )
    expect(errorAnnotation(result.stdout)).toContain('free disk space')
    expect(result.stdout).not.toContain('bug in the action')
  })

  it.skipIf(process.platform !== 'linux')(
    'names a full disk (/dev/full) for GITHUB_ENV',
    async () => {
      const { standIns, result } = await runAgainstStandIns(
        {},
        { inputs: { 'export-api-key': 'true' }, env: { GITHUB_ENV: '/dev/full' } }
      )

      expectFailure(
        result,
        standIns,
        /Could not write the variable NUGET_API_KEY to the runner's file GITHUB_ENV \(\/dev\/full\): ENOSPC/
      )
    }
  )
})
