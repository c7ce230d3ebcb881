import { describe, expect, it } from 'vitest'
import { fakeJwt } from '../../../fakes/tokens.ts'
import {
  claimWarnings,
  GITHUB_ISSUER,
  isEnterpriseSlugIssuer,
  readPolicyClaims,
  type PolicyClaims
} from '../../../../src/login/explain/claims.ts'

const CLAIMS = {
  repository: 'contoso/widgets',
  repository_owner: 'contoso',
  repository_owner_id: '4210001',
  repository_id: '7730042',
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
      repositoryOwnerId: '4210001',
      repositoryId: '7730042',
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

  it('warns about a GitHub Enterprise Server issuer', () => {
    expect(claimWarnings({ ...base, issuer: 'https://ghes.contoso.com/_services/token' })).toEqual([
      expect.stringMatching(/accepts only https:\/\/token\.actions\.githubusercontent\.com/)
    ])
  })

  it('warns that a per-enterprise issuer will be refused, naming the answers and the fix', () => {
    const warnings = claimWarnings({
      ...base,
      issuer: 'https://token.actions.githubusercontent.com/contoso'
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('a per-enterprise issuer')
    expect(warnings[0]).toContain('"could not be validated" or "has an invalid signature"')
    expect(warnings[0]).toContain('include_enterprise_slug: false')
  })

  it.each([
    ['https://token.actions.githubusercontent.com/contoso', true],
    ['https://token.actions.githubusercontent.com', false],
    ['https://token.actions.githubusercontent.com/', false],
    ['https://ghes.contoso.com/contoso', false],
    ['http://token.actions.githubusercontent.com/contoso', false],
    ['not a url', false]
  ])('isEnterpriseSlugIssuer(%s) is %s', (issuer, expected) => {
    expect(isEnterpriseSlugIssuer(issuer)).toBe(expected)
  })
})
