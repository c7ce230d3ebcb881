import { describe, expect, it } from 'vitest'
import { RELEASE_CLAIMS } from '../../../fakes/tokens.ts'
import type { PolicyClaims } from '../../../../src/login/explain/claims.ts'
import { hintForServerMessage } from '../../../../src/login/explain/hints.ts'
import { NUGET_TOKEN_MESSAGES, sampleMessage } from '../../../fixtures/nuget-messages.ts'

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
  ['Only Bearer token authentication is accepted.', /second credential .* cookie.*proxy/],
  ['The request could not be authenticated.', /additional checks.*contact nuget\.org support/],
  ["The request must have a Content-Type of 'application/json'.", /report this/],
  ['A User-Agent header is required.', /report this/],
  ['The username property in the request body is required.', /report this/],
  [
    "The tokenType property in the request body is required and must set to 'ApiKey'.",
    /report this/
  ],
  ['The bearer token could not be parsed as a JSON web token.', /Authorization header/],
  ['The JSON web token must have exactly one aud claim value.', /https:\/\/www\.nuget\.org/],
  ['The JSON web token must have an aud claim.', /https:\/\/www\.nuget\.org/],
  ['The JSON web token must have an iss claim.', /token\.actions\.githubusercontent\.com/],
  [
    'The JSON web token iss claim must be a valid HTTPS URL.',
    /token\.actions\.githubusercontent\.com/
  ],
  [
    'The JSON web token iss claim is not supported.',
    /only tokens issued by https:\/\/token\.actions\.githubusercontent\.com; this token was issued by https:\/\/ghes\.contoso\.com.*Enterprise Server and ghe\.com/
  ],
  ['The JSON web token must have a jti claim.', /Authorization header/],
  ['The JSON web token has expired.', /clock/],
  ['The JSON web token is not yet valid.', /clock/],
  [
    'The JSON web token has an incorrect audience.',
    /Leave `audience` out, or set it to exactly https:\/\/www\.nuget\.org/
  ],
  [
    'The JSON web token has an invalid signature.',
    /could not verify the token as one GitHub Actions issued/
  ],
  [
    'The JSON web token could not be validated.',
    /could not verify the token as one GitHub Actions issued/
  ],
  [
    "No matching trust policy owned by user 'contoso' was found.",
    /`user` \('contoso'\) is not the nuget\.org username of the person who created the policy: no such account, a deleted one, an organization/
  ],
  [
    "The JSON Web Token is missing the required claim 'repository_id'.",
    /no 'repository_id' claim, which GitHub puts in every Actions token/
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
    "Workflow mismatch for policy 'widgets release': expected 'publish.yml', actual 'release.yml'",
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
  ["The user 'alice' is locked.", /nuget\.org user 'alice' is locked/],
  [
    "The user 'alice' does not have a confirmed email address.",
    /confirm the account's e-mail address/
  ],
  ["The organization 'contoso' is locked.", /nuget\.org organization 'contoso' is locked/],
  [
    "The organization 'contoso' does not have a confirmed email address.",
    /as 'contoso' \(or an administrator of it\) and confirm/
  ],
  [
    "Generating fetching tokens directly for organizations is not supported. The trust policy is created on the profile of one of the organization's administrators and is scoped to the organization in the policy.",
    /`user` \('alice'\) names an organization.*member who created the policy/
  ],
  [
    'The package owner of the match trust policy not longer exists.',
    /no longer exists.*new policy/
  ],
  [
    "The scopes on the generated API key are not valid. Confirm that you still have permissions to operate on behalf of package owner 'contoso'.",
    /no longer publish for 'contoso'.*left the organization/
  ]
]

describe('hintForServerMessage', () => {
  it.each(NUGET_TOKEN_MESSAGES.map(sampleMessage))(
    'has a hint for every message in the note: %s',
    (message) => {
      expect(hintForServerMessage(message, context)).toEqual(expect.any(String))
    }
  )

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

  const NO_MATCH = "No matching trust policy owned by user 'contoso' was found."
  const ORGANIZATION = { ownerLogin: 'Contoso', ownerType: 'Organization' as const }

  it('lists only the real causes of "No matching...", with this run\'s values, and never a workflow or environment mismatch', () => {
    const hint = hintForServerMessage(NO_MATCH, {
      user: 'contoso',
      claims: RELEASE_CLAIMS
    }) as string
    const causes = hint.split('\n').filter((line) => line.startsWith('- '))
    expect(causes).toEqual([
      expect.stringContaining("`user` ('contoso') is not the nuget.org username of the person"),
      expect.stringContaining(
        "Repository are this run's (contoso/widgets; letter case does not matter)"
      ),
      expect.stringContaining('owner id 4210001, repository id 7730042')
    ])
    expect(hint).toContain('deleted and recreated, or transferred')
    expect(hint).toContain('It is not the Workflow File or the Environment')
    expect(hint).not.toMatch(/temporary|never used|Ruled out|differ from this run's \(workflow/)
    expect(hint).toContain('shows as *** in this log, `user` comes from a secret')
    expect(hint).toContain('${{ vars.NUGET_USER }}')
  })

  it('names the owning organization as the cause, first and plainly, when the event payload shows it', () => {
    const hint = hintForServerMessage(NO_MATCH, {
      user: 'contoso',
      claims: RELEASE_CLAIMS,
      repository: ORGANIZATION
    }) as string
    const [first, second] = hint.split('\n')
    expect(first).toMatch(
      /^The cause: `user` \('contoso'\) is Contoso, the GitHub organization that owns this repository.*Set `user` to the nuget\.org username of the organization member who created the policy/
    )
    expect(second).toBe(
      "If a nuget.org user named 'contoso' did create the policy, the other causes are:"
    )
    expect(hint).not.toContain('is not the nuget.org username of the person')
  })

  it('ranks the user cause last when the payload shows `user` is the person who owns the repository', () => {
    const hint = hintForServerMessage(NO_MATCH, {
      user: 'contoso',
      claims: RELEASE_CLAIMS,
      repository: { ownerLogin: 'contoso', ownerType: 'User' }
    }) as string
    const causes = hint.split('\n').filter((line) => line.startsWith('- '))
    expect(causes[0]).toContain("'contoso' created no policy")
    expect(causes[2]).toContain('is not the nuget.org username of the person')
  })

  it.each([
    [
      '.github/workflows/release.yml',
      /holds the path '\.github\/workflows\/release\.yml'.*save it: nuget\.org now stores the file name \('release\.yml'\)\.$/
    ],
    [
      '/.github/workflows/publish.yml',
      /save it: nuget\.org now stores the file name \('publish\.yml'\)\. This job runs 'release\.yml': enter that name/
    ],
    ['.github\\workflows\\release.yml', /now stores the file name \('release\.yml'\)/],
    [
      'nested/release.yml',
      /'nested\/release\.yml', a file in a sub-folder, which never matches.*\('release\.yml'\)/
    ],
    ['.github/workflows/nested/release.yml', /a file in a sub-folder, which never matches/]
  ])('explains a Workflow File saved as %s', (stored, expected) => {
    const hint = hintForServerMessage(
      `Workflow mismatch for policy 'widgets release': expected '${stored}', actual 'release.yml'`,
      context
    )
    expect(hint).toMatch(expected)
  })

  it.each(['***', "o'brien", 'a.b-c_d', '(x)'])(
    'hints for the username %s as for any other',
    (user) => {
      const hint = hintForServerMessage(
        `No matching trust policy owned by user '${user}' was found.`,
        {
          user,
          claims: undefined
        }
      )
      expect(hint).toContain(`\`user\` ('${user}') is not the nuget.org username of the person`)
    }
  )

  it('reads a policy name that holds quotes: the name is free text', () => {
    const hint = hintForServerMessage(
      "Workflow mismatch for policy 'Bob's 'release': expected 'publish.yml', actual 'release.yml'",
      context
    )
    expect(hint).toContain(
      "The policy 'Bob's 'release' names the workflow file 'publish.yml', but this job runs 'release.yml'"
    )
  })

  it('explains a per-enterprise issuer\'s "could not be validated" as such', () => {
    const enterprise = {
      ...RELEASE_CLAIMS,
      issuer: 'https://token.actions.githubusercontent.com/contoso'
    }
    for (const message of [
      'The JSON web token could not be validated.',
      'The JSON web token has an invalid signature.'
    ]) {
      const hint = hintForServerMessage(message, { user: 'alice', claims: enterprise })
      expect(hint).toContain(
        'https://token.actions.githubusercontent.com/contoso, a per-enterprise issuer'
      )
      expect(hint).toContain('include_enterprise_slug: false')
    }
  })

  it('knows nothing of a message it has never seen', () => {
    expect(hintForServerMessage('Something new went wrong.', context)).toBeUndefined()
  })
})
