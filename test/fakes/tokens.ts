import type { PolicyClaims } from '../../src/login/explain/claims.ts'

/** An unsigned token with these claims: enough for code that only reads them. */
export function fakeJwt(claims: unknown): string {
  return `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2lnbmF0dXJl`
}

/** What a release job of contoso/widgets shows nuget.org, with no environment. */
export const RELEASE_CLAIMS: PolicyClaims = {
  repositoryOwner: 'contoso',
  repository: 'widgets',
  repositoryOwnerId: '4210001',
  repositoryId: '7730042',
  workflowFile: 'release.yml',
  workflowRepository: 'contoso/widgets',
  environment: undefined,
  eventName: 'push',
  ref: 'refs/tags/v1.2.3',
  issuer: 'https://token.actions.githubusercontent.com'
}
