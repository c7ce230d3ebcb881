import { describe, expect, it } from 'vitest'
import { fakeJwt } from '../fakes/tokens.ts'
import {
  claimWarnings,
  GITHUB_ISSUER,
  readPolicyClaims,
  type PolicyClaims
} from '../../src/claims.ts'

const CLAIMS = {
  repository: 'contoso/widgets',
  repository_owner: 'contoso',
  job_workflow_ref: 'contoso/widgets/.github/workflows/release.yml@refs/tags/v1.2.3',
  environment: 'nuget',
  event_name: 'push',
  ref: 'refs/tags/v1.2.3',
  iss: GITHUB_ISSUER
}

describe('readPolicyClaims', () => {
  it('reads the fields a policy is matched on', () => {
    expect(readPolicyClaims(fakeJwt(CLAIMS))).toEqual({
      repositoryOwner: 'contoso',
      repository: 'widgets',
      workflowFile: 'release.yml',
      workflowRepository: 'contoso/widgets',
      environment: 'nuget',
      eventName: 'push',
      ref: 'refs/tags/v1.2.3',
      issuer: GITHUB_ISSUER
    })
  })

  it('reads a job without an environment', () => {
    expect(
      readPolicyClaims(fakeJwt({ ...CLAIMS, environment: undefined }))?.environment
    ).toBeUndefined()
  })

  it.each(['not-a-jwt', 'a.!!!.c', `a.${Buffer.from('"text"').toString('base64url')}.c`])(
    'gives up quietly on %s',
    (token) => {
      const claims = readPolicyClaims(token)
      expect(claims === undefined || claims.repository === '').toBe(true)
    }
  )
})

describe('claimWarnings', () => {
  const base = readPolicyClaims(fakeJwt(CLAIMS)) as PolicyClaims

  it('has nothing to say about an ordinary run', () => {
    expect(claimWarnings(base)).toEqual([])
  })

  it('warns that a reusable workflow from another repository can never match', () => {
    const claims = { ...base, workflowRepository: 'fabrikam/shared', workflowFile: 'publish.yml' }
    expect(claimWarnings(claims)).toEqual([
      expect.stringMatching(
        /reusable workflow publish\.yml from fabrikam\/shared.*no policy can match/
      )
    ])
  })

  it('does not mistake a different letter case for another repository', () => {
    expect(claimWarnings({ ...base, workflowRepository: 'Contoso/Widgets' })).toEqual([])
  })

  it('warns about an enterprise issuer', () => {
    expect(
      claimWarnings({ ...base, issuer: 'https://token.actions.githubusercontent.com/contoso' })
    ).toEqual([
      expect.stringMatching(/accepts only https:\/\/token\.actions\.githubusercontent\.com/)
    ])
  })
})
