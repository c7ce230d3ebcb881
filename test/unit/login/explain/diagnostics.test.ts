import { describe, expect, it } from 'vitest'
import { fakeJwt } from '../../../fakes/tokens.ts'
import { showWhatNuGetWillSee } from '../../../../src/login/explain/diagnostics.ts'

function recorder() {
  const lines: string[] = []
  const commands = {
    startGroup: (name: string) => lines.push(`group ${name}`),
    endGroup: () => lines.push('endgroup'),
    info: (message: string) => lines.push(message),
    warning: (message: string) => lines.push(`warning ${message}`)
  }
  return { lines, commands }
}

const CLAIMS = {
  repository: 'contoso/widgets',
  repository_owner: 'contoso',
  job_workflow_ref: 'fabrikam/shared/.github/workflows/publish.yml@refs/heads/main',
  event_name: 'push',
  ref: 'refs/heads/main',
  iss: 'https://token.actions.githubusercontent.com'
}

describe('showWhatNuGetWillSee', () => {
  it('logs the policy fields in a group, then warns about what cannot match, never the token', () => {
    const { lines, commands } = recorder()
    const token = fakeJwt(CLAIMS)
    const claims = showWhatNuGetWillSee(commands, token)

    expect(claims?.workflowRepository).toBe('fabrikam/shared')
    expect(lines).toEqual([
      'group What nuget.org will match against your trusted publishing policy',
      'Repository Owner: contoso',
      'Repository:       widgets',
      'Workflow File:    publish.yml',
      'Environment:      (none: leave it empty in the policy)',
      'Event:            push',
      'Ref:              refs/heads/main',
      'Issuer:           https://token.actions.githubusercontent.com',
      'endgroup',
      expect.stringMatching(
        /^warning This job runs the reusable workflow publish\.yml from fabrikam\/shared/
      ),
      'This job has no environment, so a policy without one matches any branch or tag that runs publish.yml. ' +
        'To publish only from protected refs, run the job in an environment whose deployment protection rules ' +
        'allow only those (for example tags v*), and name that environment in the policy.'
    ])
    expect(lines.join('\n')).not.toContain(token)
  })

  it('says nothing of refs when the job runs in an environment', () => {
    const { lines, commands } = recorder()
    showWhatNuGetWillSee(
      commands,
      fakeJwt({
        ...CLAIMS,
        environment: 'nuget',
        job_workflow_ref: 'contoso/widgets/.github/workflows/release.yml@refs/tags/v1'
      })
    )
    expect(lines.join('\n')).not.toContain('no environment')
    expect(lines.at(-1)).toBe('endgroup')
  })

  it('stays silent about a token it cannot read', () => {
    const { lines, commands } = recorder()
    expect(showWhatNuGetWillSee(commands, 'not-a-jwt')).toBeUndefined()
    expect(lines).toEqual([])
  })
})
