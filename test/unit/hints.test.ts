import { describe, expect, it } from 'vitest'
import { RELEASE_CLAIMS } from '../fakes/tokens.ts'
import type { PolicyClaims } from '../../src/claims.ts'
import { hintForServerMessage } from '../../src/hints.ts'

const claims: PolicyClaims = {
  ...RELEASE_CLAIMS,
  issuer: 'https://ghes.contoso.com/_services/token'
}
const context = { user: 'alice', claims }

const CREATOR = /account that created the policy/

/** Every message nuget.org's token endpoint returns (shared/nuget-token-service.md), with what its hint must say. */
const MESSAGES: [message: string, hint: RegExp][] = [
  ['The Authorization header is missing.', /proxy .* Authorization header/],
  ['Only one Authorization header is allowed.', /proxy .* Authorization header/],
  ["The Authorization header value must start with 'Bearer '.", /proxy .* Authorization header/],
  ['The bearer token is missing from the Authorization header.', /proxy .* Authorization header/],
  ['Only Bearer token authentication is accepted.', /proxy .* Authorization header/],
  ["The request must have a Content-Type of 'application/json'.", /report this/],
  ['A User-Agent header is required.', /report this/],
  ['The username property in the request body is required.', /report this/],
  [
    "The tokenType property in the request body is required and must set to 'ApiKey'.",
    /report this/
  ],
  ['The bearer token could not be parsed as a JSON web token.', /token-service-url/],
  ['The JSON web token must have exactly one aud claim value.', /https:\/\/www\.nuget\.org/],
  ['The JSON web token must have an aud claim.', /https:\/\/www\.nuget\.org/],
  ['The JSON web token must have an iss claim.', /token\.actions\.githubusercontent\.com/],
  [
    'The JSON web token iss claim must be a valid HTTPS URL.',
    /token\.actions\.githubusercontent\.com/
  ],
  [
    'The JSON web token iss claim is not supported.',
    /only tokens issued by https:\/\/token\.actions\.githubusercontent\.com; this token was issued by https:\/\/ghes\.contoso\.com.*Enterprise Server/
  ],
  ['The JSON web token must have a jti claim.', /GitHub Actions OIDC token/],
  ['The JSON web token has expired.', /clock/],
  ['The JSON web token is not yet valid.', /clock/],
  [
    'The JSON web token has an incorrect audience.',
    /Leave `audience` out, or set it to exactly https:\/\/www\.nuget\.org/
  ],
  ['The JSON web token has an invalid signature.', /GitHub Actions OIDC token/],
  ['The JSON web token could not be validated.', /GitHub Actions OIDC token/],
  [
    "No matching trust policy owned by user 'contoso' was found.",
    /created by the user 'contoso' .* owner 'contoso' and repository 'widgets'.*not the package owner, not an organisation/
  ],
  [
    "The JSON Web Token is missing the required claim 'repository_id'.",
    /GitHub Actions OIDC token/
  ],
  [
    "The policy 'widgets release' has expired. Sign in and renew the trust policy on the Trusted Publishing page.",
    /renew the policy 'widgets release'.*temporary for 7 days/
  ],
  [
    "The GitHub Actions event 'pull_request_target' is not allowed.",
    /refuses .* 'pull_request_target'.*push/
  ],
  [
    "Claim 'job_workflow_ref' has value 'fabrikam/shared/.github/workflows/publish.yml@refs/heads/main' which does not start with contoso/widgets/.github/workflows/.",
    /reusable workflow from another repository never matches/
  ],
  [
    "Workflow mismatch for policy 'widgets release': expected '.github/workflows/release.yml', actual 'release.yml'",
    /file name only \('release\.yml', no path\)/
  ],
  [
    "Environment mismatch for policy 'widgets release': expected 'nuget', actual ''",
    /this job has none\. Add `environment: nuget` to the job/
  ],
  [
    "Environment mismatch for policy 'widgets release': expected 'nuget', actual 'staging'",
    /Set `environment: nuget` on the job, or change the policy's Environment to 'staging'/
  ],
  [
    'This bearer token has already been used. A new bearer token must be used for each request.',
    /accepts each OIDC token once/
  ],
  ["The user 'alice' is deleted.", /account 'alice' is deleted/],
  ["The user 'alice' is locked.", /account 'alice' is locked/],
  [
    "The user 'alice' does not have a confirmed email address.",
    /confirm the account's e-mail address/
  ],
  ["The organization 'contoso' is locked.", /account 'contoso' is locked/],
  [
    'The package owner of the match trust policy not longer exists.',
    /no longer exists.*new policy/
  ],
  [
    "The scopes on the generated API key are not valid. Confirm that you still have permissions to operate on behalf of package owner 'contoso'.",
    /publish for 'contoso'/
  ]
]

describe('hintForServerMessage', () => {
  it.each(MESSAGES)('%s', (message, expected) => {
    const hint = hintForServerMessage(message, context)
    expect(hint).toMatch(expected)
    if (!message.startsWith('No matching trust policy')) expect(hint).not.toMatch(CREATOR)
  })

  it('gives a hint for each policy when nuget.org joins several reasons', () => {
    const hint = hintForServerMessage(
      "Workflow mismatch for policy 'a': expected 'x.yml', actual 'release.yml'. " +
        "Environment mismatch for policy 'b': expected 'nuget', actual ''",
      context
    )
    expect(hint?.split('\n')).toEqual([
      expect.stringContaining("The policy 'a' names the workflow file 'x.yml'"),
      expect.stringContaining("The policy 'b' requires the environment 'nuget'")
    ])
  })

  it('knows nothing of a message it has never seen', () => {
    expect(hintForServerMessage('Something new went wrong.', context)).toBeUndefined()
  })
})
