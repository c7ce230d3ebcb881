// One row per rule of ../shared/nuget-token-service.md, run against the twin: a change to the twin
// that drifts from the note fails here. Each row names the NuGetGallery file the rule comes from.
import { afterEach, describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, NEW_POLICY } from '../standins/index.ts'
import type { NuGetTokenServiceOptions, TrustPolicy } from '../standins/nuget-token-service.ts'
import { checkRequestShape } from '../standins/nuget/request-shape.ts'
import { policyScopes } from '../standins/nuget/scopes.ts'
import { NUGET_TOKEN_MESSAGES } from '../fixtures/nuget-messages.ts'
import { secondsFromNow, startTwin, type Answer, type Twin } from './twin.ts'

interface Rule {
  rule: string
  source: string
  /** The NuGetGallery test case (tests/NuGetGallery.Facts) that states the same rule. */
  case?: string
  twin?: Partial<NuGetTokenServiceOptions>
  send(twin: Twin): Promise<Answer>
  status: number
  /** The exact `error`; absent for a success. */
  message?: string
}

const JSON_UA = ['Content-Type', 'application/json', 'User-Agent', 'conformance']
const BODY = JSON.stringify({ username: 'alice', tokenType: 'ApiKey' })
const bearer = (twin: Twin) => ['Authorization', `Bearer ${twin.token()}`]
const NO_MATCH = "No matching trust policy owned by user 'alice' was found."
const CONTROLLER = 'TokenApiController.cs'
const EVALUATOR = 'FederatedCredentialPolicyEvaluator.cs'
const TOKEN_VALIDATOR = 'TokenPolicyValidator.cs'
const GITHUB_VALIDATOR = 'GitHubTokenPolicyValidator.cs'
const SERVICE = 'FederatedCredentialService.cs'
const ORGANIZATION_AS_USER =
  'Generating fetching tokens directly for organizations is not supported. The trust policy is created on the ' +
  "profile of one of the organization's administrators and is scoped to the organization in the policy."
/** A second policy, created after the default one, for another package owner. */
const LATER_POLICY = { ...DEFAULT_POLICY, name: 'later', packageOwner: 'alice', created: 10 }

const REQUEST_SHAPE: Rule[] = [
  {
    rule: 'no Authorization header',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMissingAuthorizationHeader',
    send: (t) => t.post(JSON_UA, BODY),
    status: 401,
    message: 'The Authorization header is missing.'
  },
  {
    rule: 'two Authorization headers',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMultipleAuthorizationHeaders',
    send: (t) => t.post([...bearer(t), ...bearer(t), ...JSON_UA], BODY),
    status: 401,
    message: 'Only one Authorization header is allowed.'
  },
  {
    rule: 'another scheme than Bearer',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsWrongAuthorizationScheme',
    send: (t) => t.post(['Authorization', 'Basic YWxpY2U6eA==', ...JSON_UA], BODY),
    status: 401,
    message: "The Authorization header value must start with 'Bearer '."
  },
  {
    rule: 'Bearer alone: HTTP trims the space, so the prefix is missing',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMissingBearer',
    send: (t) => t.post(['Authorization', 'Bearer    ', ...JSON_UA], BODY),
    status: 401,
    message: "The Authorization header value must start with 'Bearer '."
  },
  {
    rule: 'the Bearer prefix in any case, the token trimmed',
    source: CONTROLLER,
    send: (t) => t.post(['Authorization', `bEARER   ${t.token()}  `, ...JSON_UA], BODY),
    status: 200
  },
  {
    rule: 'a request already authenticated by a cookie',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsAuthenticatedUser',
    send: (t) => t.post([...bearer(t), ...JSON_UA, 'Cookie', 'session=1'], BODY),
    status: 401,
    message: 'Only Bearer token authentication is accepted.'
  },
  {
    rule: 'a Content-Type other than JSON',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsWrongContentType',
    send: (t) => t.post([...bearer(t), 'Content-Type', 'text/plain', 'User-Agent', 'x'], BODY),
    status: 415,
    message: "The request must have a Content-Type of 'application/json'."
  },
  {
    rule: 'no Content-Type',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsInvalidContentType',
    send: (t) => t.post([...bearer(t), 'User-Agent', 'x'], BODY),
    status: 415,
    message: "The request must have a Content-Type of 'application/json'."
  },
  {
    rule: 'the JSON media type in any case, with parameters',
    source: CONTROLLER,
    send: (t) =>
      t.post(
        [...bearer(t), 'Content-Type', 'Application/JSON; charset=utf-8', 'User-Agent', 'x'],
        BODY
      ),
    status: 200
  },
  {
    rule: 'no User-Agent',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMissingUserAgent',
    send: (t) => t.post([...bearer(t), 'Content-Type', 'application/json'], BODY),
    status: 400,
    message: 'A User-Agent header is required.'
  },
  {
    rule: 'a blank User-Agent',
    source: CONTROLLER,
    send: (t) =>
      t.post([...bearer(t), 'Content-Type', 'application/json', 'User-Agent', '  '], BODY),
    status: 400,
    message: 'A User-Agent header is required.'
  },
  {
    rule: 'Accept is ignored',
    source: CONTROLLER,
    send: (t) => t.post([...bearer(t), ...JSON_UA, 'Accept', 'text/html'], BODY),
    status: 200
  },
  {
    rule: 'no username',
    source: CONTROLLER,
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"tokenType":"ApiKey"}'),
    status: 400,
    message: 'The username property in the request body is required.'
  },
  {
    rule: 'a blank username',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMissingUsername',
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"username":"  ","tokenType":"ApiKey"}'),
    status: 400,
    message: 'The username property in the request body is required.'
  },
  {
    rule: 'a body that is not JSON',
    source: CONTROLLER,
    send: (t) => t.post([...bearer(t), ...JSON_UA], 'username=alice'),
    status: 400,
    message: 'The username property in the request body is required.'
  },
  {
    rule: 'no tokenType',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsMissingTokenType',
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"username":"alice"}'),
    status: 400,
    message: "The tokenType property in the request body is required and must set to 'ApiKey'."
  },
  {
    rule: 'tokenType compared exactly',
    source: CONTROLLER,
    case: 'TokenApiControllerFacts.RejectsWrongTokenType',
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"username":"alice","tokenType":"apikey"}'),
    status: 400,
    message: "The tokenType property in the request body is required and must set to 'ApiKey'."
  },
  {
    rule: 'property names bind in any case',
    source: CONTROLLER,
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"Username":"alice","TOKENTYPE":"ApiKey"}'),
    status: 200
  },
  {
    rule: 'token_type is another property',
    source: CONTROLLER,
    send: (t) => t.post([...bearer(t), ...JSON_UA], '{"username":"alice","token_type":"ApiKey"}'),
    status: 400,
    message: "The tokenType property in the request body is required and must set to 'ApiKey'."
  }
]

const CALLER: Rule[] = [
  {
    rule: 'an unknown user, before the token is looked at',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.NoMatchingPolicyForNonExistentUser',
    send: (t) =>
      t.post(
        ['Authorization', 'Bearer not-a-jwt', ...JSON_UA],
        '{"username":"mallory","tokenType":"ApiKey"}'
      ),
    status: 401,
    message: "No matching trust policy owned by user 'mallory' was found."
  },
  {
    rule: 'a deleted user, before the token is looked at',
    source: SERVICE,
    twin: { accounts: { alice: { state: 'deleted' } } },
    send: (t) => t.post(['Authorization', 'Bearer not-a-jwt', ...JSON_UA], BODY),
    status: 401,
    message: NO_MATCH
  },
  {
    rule: 'the username in any case',
    source: SERVICE,
    send: (t) => t.exchange(t.token(), 'ALICE'),
    status: 200
  }
]

const TOKEN: Rule[] = [
  {
    rule: 'a token that is not a JWT',
    source: TOKEN_VALIDATOR,
    send: (t) => t.exchange('not-a-jwt'),
    status: 401,
    message: 'The bearer token could not be parsed as a JSON web token.'
  },
  {
    rule: 'two audiences',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsMultipleAudiences',
    send: (t) => t.exchange(t.token({ aud: ['https://www.nuget.org', 'x'] })),
    status: 401,
    message: 'The JSON web token must have exactly one aud claim value.'
  },
  {
    rule: 'no audience',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsMissingClaim(aud)',
    send: (t) => t.exchange(t.token({ aud: undefined })),
    status: 401,
    message: 'The JSON web token must have exactly one aud claim value.'
  },
  {
    rule: 'a blank audience',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsInvalidClaim(aud)',
    send: (t) => t.exchange(t.token({ aud: ' ' })),
    status: 401,
    message: 'The JSON web token must have an aud claim.'
  },
  {
    rule: 'no issuer',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsMissingClaim(iss)',
    send: (t) => t.exchange(t.token({ iss: undefined })),
    status: 401,
    message: 'The JSON web token must have an iss claim.'
  },
  {
    rule: 'an issuer that is not https',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsInvalidClaim(iss, http://...)',
    send: (t) => t.exchange(t.token({ iss: 'http://token.actions.githubusercontent.com' })),
    status: 401,
    message: 'The JSON web token iss claim must be a valid HTTPS URL.'
  },
  {
    rule: 'an issuer on another host (GHES, ghe.com)',
    source: TOKEN_VALIDATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsInvalidClaim(iss, https://localhost/custom)',
    send: (t) => t.exchange(t.token({ iss: 'https://token.actions.contoso.ghe.com' })),
    status: 401,
    message: 'The JSON web token iss claim is not supported.'
  },
  {
    rule: 'no jti',
    source: TOKEN_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMissingTokenIdentifierClaim',
    send: (t) => t.exchange(t.token({ jti: undefined })),
    status: 401,
    message: 'The JSON web token must have a jti claim.'
  },
  {
    rule: 'a blank jti',
    source: TOKEN_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMissingTokenIdentifierClaim',
    send: (t) => t.exchange(t.token({ jti: '  ' })),
    status: 401,
    message: 'The JSON web token must have a jti claim.'
  },
  {
    rule: 'a signature by another key',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.foreignToken()),
    status: 401,
    message: 'The JSON web token has an invalid signature.'
  },
  {
    rule: 'a per-enterprise issuer on GitHub’s host, signed by another key',
    source: GITHUB_VALIDATOR,
    send: (t) =>
      t.exchange(t.foreignToken({ iss: 'https://token.actions.githubusercontent.com/contoso' })),
    status: 401,
    message: 'The JSON web token has an invalid signature.'
  },
  {
    rule: 'a per-enterprise issuer on GitHub’s host, signed by GitHub’s key',
    source: GITHUB_VALIDATOR,
    send: (t) =>
      t.exchange(t.token({ iss: 'https://token.actions.githubusercontent.com/contoso' })),
    status: 401,
    message: 'The JSON web token could not be validated.'
  },
  {
    rule: 'no exp',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ exp: undefined })),
    status: 401,
    message: 'The JSON web token could not be validated.'
  },
  {
    rule: 'expired more than 5 minutes ago',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ exp: secondsFromNow(-400), nbf: secondsFromNow(-900) })),
    status: 401,
    message: 'The JSON web token has expired.'
  },
  {
    rule: 'expired within the 5-minute skew',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ exp: secondsFromNow(-200), nbf: secondsFromNow(-900) })),
    status: 200
  },
  {
    rule: 'valid more than 5 minutes from now',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ nbf: secondsFromNow(400), exp: secondsFromNow(900) })),
    status: 401,
    message: 'The JSON web token is not yet valid.'
  },
  {
    rule: 'valid within the 5-minute skew',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ nbf: secondsFromNow(200), exp: secondsFromNow(900) })),
    status: 200
  },
  {
    rule: 'the audience with a trailing slash',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ aud: 'https://www.nuget.org/' })),
    status: 200
  },
  {
    rule: 'the audience compared case-sensitively',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ aud: 'https://WWW.nuget.org' })),
    status: 401,
    message: 'The JSON web token has an incorrect audience.'
  },
  {
    rule: 'an audience without the scheme',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ aud: 'nuget.org' })),
    status: 401,
    message: 'The JSON web token has an incorrect audience.'
  },
  {
    rule: 'an audience over http',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ aud: 'http://www.nuget.org' })),
    status: 401,
    message: 'The JSON web token has an incorrect audience.'
  },
  {
    rule: 'a plug-in validator refuses a valid token',
    source: EVALUATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsValidBearerTokenWhenAdditionalValidatorFails',
    twin: { pluginRefuses: true },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message: 'The request could not be authenticated.'
  },
  {
    rule: 'token errors win over a plug-in validator',
    source: EVALUATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.RejectsInvalidBearerTokenWhenAdditionalValidatorFails',
    twin: { pluginRefuses: true },
    send: (t) => t.exchange(t.token({ jti: undefined })),
    status: 401,
    message: 'The JSON web token must have a jti claim.'
  }
]

const missingClaim = (claim: string): Rule => ({
  rule: `no ${claim} claim, disclosed even for another repository's policy`,
  source: GITHUB_VALIDATOR,
  case: `GitHubTokenPolicyValidatorFacts.RejectsMissingRequiredClaim(${claim})`,
  send: (t) =>
    t.exchange(
      t.token({ repository: 'fabrikam/other', repository_owner: 'fabrikam', [claim]: undefined })
    ),
  status: 401,
  message: `The JSON Web Token is missing the required claim '${claim}'.`
})

const POLICY: Rule[] = [
  ...['repository', 'repository_owner', 'repository_owner_id', 'repository_id', 'event_name'].map(
    missingClaim
  ),
  {
    rule: 'another owner, not disclosed',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedClaim(repository_owner)',
    send: (t) =>
      t.exchange(t.token({ repository_owner: 'fabrikam', repository: 'fabrikam/widgets' })),
    status: 401,
    message: NO_MATCH
  },
  {
    rule: 'another repository, not disclosed',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedClaim(repository)',
    send: (t) => t.exchange(t.token({ repository: 'contoso/gadgets' })),
    status: 401,
    message: NO_MATCH
  },
  {
    rule: 'owner and repository in any case',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.VerifyCaseSensitivity',
    send: (t) =>
      t.exchange(t.token({ repository_owner: 'CONTOSO', repository: 'Contoso/Widgets' })),
    status: 200
  },
  {
    rule: 'a permanent policy and a recreated repository (new id), not disclosed',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedClaim(repository_id)',
    send: (t) => t.exchange(t.token({ repository_id: '9990001' })),
    status: 401,
    message: NO_MATCH
  },
  {
    rule: 'a permanent policy and a transferred repository (new owner id), not disclosed',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedClaim(repository_owner_id)',
    send: (t) => t.exchange(t.token({ repository_owner_id: '5550001' })),
    status: 401,
    message: NO_MATCH
  },
  {
    rule: 'a temporary policy past its date',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsExpiredTemporaryPolicy',
    twin: { policies: [{ ...NEW_POLICY, validUntil: Date.now() - 1000 }] },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message:
      "The policy 'widgets release' has expired. Sign in and renew the trust policy on the Trusted Publishing page."
  },
  {
    rule: 'a temporary policy is valid for 7 days from its creation',
    source: 'GitHubCriteria.cs',
    twin: { policies: [{ ...NEW_POLICY, created: Date.now() - 8 * 24 * 3600 * 1000 }] },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message:
      "The policy 'widgets release' has expired. Sign in and renew the trust policy on the Trusted Publishing page."
  },
  {
    rule: 'a banned event',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ event_name: 'pull_request_target' })),
    status: 401,
    message: "The GitHub Actions event 'pull_request_target' is not allowed."
  },
  {
    rule: 'a banned event in another case',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ event_name: 'Pull_Request_Target' })),
    status: 401,
    message: "The GitHub Actions event 'Pull_Request_Target' is not allowed."
  },
  {
    rule: 'banned events come from configuration',
    source: 'FederatedCredentialConfiguration.cs',
    case: 'GitHubTokenPolicyValidatorFacts.RejectsBannedEventName',
    twin: { bannedEvents: ['schedule'] },
    send: (t) => t.exchange(t.token({ event_name: 'schedule' })),
    status: 401,
    message: "The GitHub Actions event 'schedule' is not allowed."
  },
  {
    rule: 'no job_workflow_ref',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ job_workflow_ref: undefined })),
    status: 401,
    message: "The JSON Web Token is missing the required claim 'job_workflow_ref'."
  },
  {
    rule: 'a reusable workflow of another repository',
    source: GITHUB_VALIDATOR,
    send: (t) =>
      t.exchange(
        t.token({
          job_workflow_ref: 'fabrikam/shared/.github/workflows/release.yml@refs/heads/main'
        })
      ),
    status: 401,
    message:
      "Claim 'job_workflow_ref' has value 'fabrikam/shared/.github/workflows/release.yml@refs/heads/main' which does not start with contoso/widgets/.github/workflows/."
  },
  {
    rule: 'a job_workflow_ref without @',
    source: GITHUB_VALIDATOR,
    send: (t) =>
      t.exchange(t.token({ job_workflow_ref: 'contoso/widgets/.github/workflows/release.yml' })),
    status: 401,
    message:
      "Claim 'job_workflow_ref' has value 'contoso/widgets/.github/workflows/release.yml' which does not start with contoso/widgets/.github/workflows/."
  },
  {
    rule: 'the workflow file in any case',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.VerifyCaseSensitivity(job_workflow_ref)',
    send: (t) =>
      t.exchange(
        t.token({ job_workflow_ref: 'contoso/widgets/.github/workflows/RELEASE.yml@refs/tags/v1' })
      ),
    status: 200
  },
  {
    rule: 'another workflow file, disclosed by a permanent policy',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedWorkflowRefClaim',
    send: (t) =>
      t.exchange(
        t.token({ job_workflow_ref: 'contoso/widgets/.github/workflows/ci.yml@refs/heads/main' })
      ),
    status: 401,
    message:
      "Workflow mismatch for policy 'widgets release': expected 'release.yml', actual 'ci.yml'"
  },
  {
    rule: 'another workflow file, disclosed by a temporary policy on its first use',
    source: GITHUB_VALIDATOR,
    twin: { policies: [NEW_POLICY] },
    send: (t) =>
      t.exchange(
        t.token({ job_workflow_ref: 'contoso/widgets/.github/workflows/ci.yml@refs/heads/main' })
      ),
    status: 401,
    message:
      "Workflow mismatch for policy 'widgets release': expected 'release.yml', actual 'ci.yml'"
  },
  {
    rule: 'the environment in any case',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.VerifyCaseSensitivity(environment)',
    send: (t) => t.exchange(t.token({ environment: 'NuGet' })),
    status: 200
  },
  {
    rule: 'another environment, disclosed by a permanent policy',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.RejectsMismatchedClaim(environment)',
    send: (t) => t.exchange(t.token({ environment: 'staging' })),
    status: 401,
    message: "Environment mismatch for policy 'widgets release': expected 'nuget', actual 'staging'"
  },
  {
    rule: 'no environment claim counts as empty',
    source: GITHUB_VALIDATOR,
    send: (t) => t.exchange(t.token({ environment: undefined })),
    status: 401,
    message: "Environment mismatch for policy 'widgets release': expected 'nuget', actual ''"
  },
  {
    rule: 'another environment, disclosed by a temporary policy on its first use',
    source: GITHUB_VALIDATOR,
    twin: { policies: [NEW_POLICY] },
    send: (t) => t.exchange(t.token({ environment: 'staging' })),
    status: 401,
    message: "Environment mismatch for policy 'widgets release': expected 'nuget', actual 'staging'"
  },
  {
    rule: 'a banned event, disclosed by a temporary policy on its first use',
    source: GITHUB_VALIDATOR,
    twin: { policies: [NEW_POLICY] },
    send: (t) => t.exchange(t.token({ event_name: 'pull_request_target' })),
    status: 401,
    message: "The GitHub Actions event 'pull_request_target' is not allowed."
  },
  {
    rule: 'a temporary policy within its 7 days matches (and is permanent from then on)',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.ReturnsSuccessForValidTemporaryPolicy',
    twin: { policies: [NEW_POLICY] },
    send: (t) => t.exchange(t.token()),
    status: 200
  },
  {
    rule: 'a policy without an environment matches any',
    source: GITHUB_VALIDATOR,
    case: 'GitHubTokenPolicyValidatorFacts.ReturnsSuccessForValidPermanentPolicy(no environment)',
    twin: { policies: [{ ...DEFAULT_POLICY, environment: undefined }] },
    send: (t) => t.exchange(t.token({ environment: 'anything' })),
    status: 200
  },
  {
    rule: 'a policy is not scoped to a ref',
    source: GITHUB_VALIDATOR,
    send: (t) =>
      t.exchange(
        t.token({
          ref: 'refs/heads/feature',
          sub: 'repo:contoso/widgets:ref:refs/heads/feature',
          job_workflow_ref: 'contoso/widgets/.github/workflows/release.yml@refs/heads/feature'
        })
      ),
    status: 200
  },
  {
    rule: 'several failing policies: joined with a period added where missing',
    source: EVALUATOR,
    twin: {
      policies: [
        { ...DEFAULT_POLICY, workflowFile: 'a.yml' },
        { ...DEFAULT_POLICY, name: 'second', created: 5, environment: 'prod' }
      ]
    },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message:
      "Workflow mismatch for policy 'widgets release': expected 'a.yml', actual 'release.yml'. Environment mismatch for policy 'second': expected 'prod', actual 'nuget'"
  },
  {
    rule: 'several failing policies: never two periods',
    source: EVALUATOR,
    twin: {
      policies: [
        { ...NEW_POLICY, validUntil: Date.now() - 1 },
        { ...DEFAULT_POLICY, name: 'second', created: 5, environment: 'prod' }
      ]
    },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message:
      "The policy 'widgets release' has expired. Sign in and renew the trust policy on the Trusted Publishing page. Environment mismatch for policy 'second': expected 'prod', actual 'nuget'"
  },
  {
    rule: 'several failing policies: the same message once per policy',
    source: EVALUATOR,
    twin: { policies: [DEFAULT_POLICY, { ...DEFAULT_POLICY, name: 'second', created: 5 }] },
    send: (t) => t.exchange(t.token({ event_name: 'pull_request_target' })),
    status: 401,
    message:
      "The GitHub Actions event 'pull_request_target' is not allowed. The GitHub Actions event 'pull_request_target' is not allowed."
  },
  {
    rule: 'a failing policy and a hidden one: only the disclosed message',
    source: EVALUATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.NoMatchingPolicy_ReturnsAllDisclosableErrors',
    twin: {
      policies: [
        { ...DEFAULT_POLICY, repository: 'gadgets' },
        { ...DEFAULT_POLICY, name: 'second', created: 5, environment: 'prod' }
      ]
    },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message: "Environment mismatch for policy 'second': expected 'prod', actual 'nuget'"
  },
  {
    rule: 'only the policies the user created count',
    source: SERVICE,
    twin: { policies: [{ ...DEFAULT_POLICY, createdBy: 'bob' }] },
    send: (t) => t.exchange(t.token()),
    status: 401,
    message: NO_MATCH
  }
]

const ACCOUNTS: Rule[] = [
  {
    rule: 'an organization as the user (a user account turned into one)',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsOrganizationCurrentUser',
    twin: { accounts: { alice: { kind: 'organization' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: ORGANIZATION_AS_USER
  },
  {
    rule: 'an organization that created no policy',
    source: SERVICE,
    send: (t) => t.exchange(t.token(), 'contoso'),
    status: 401,
    message: "No matching trust policy owned by user 'contoso' was found."
  },
  {
    rule: 'a locked user',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsLockedUser',
    twin: { accounts: { alice: { state: 'locked' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: "The user 'alice' is locked."
  },
  {
    rule: 'a user without a confirmed e-mail address',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsUnconfirmedUser',
    twin: { accounts: { alice: { state: 'unconfirmed' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: "The user 'alice' does not have a confirmed email address."
  },
  {
    rule: 'the package owner gone',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsMissingPackageOwner',
    twin: { accounts: { contoso: { state: 'deleted' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: 'The package owner of the match trust policy not longer exists.'
  },
  {
    rule: 'the package owner locked',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsLockedPackageOwner',
    twin: { accounts: { contoso: { state: 'locked' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: "The organization 'contoso' is locked."
  },
  {
    rule: 'the package owner unconfirmed',
    source: SERVICE,
    case: 'FederatedCredentialServiceFacts.RejectsUnconfirmedPackageOwner',
    twin: { accounts: { contoso: { state: 'unconfirmed' } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message: "The organization 'contoso' does not have a confirmed email address."
  },
  {
    rule: 'the creator left the owning organization',
    source: 'CredentialBuilder.cs',
    case: 'FederatedCredentialServiceFacts.RejectsCredentialWithInvalidScopes',
    twin: { accounts: { contoso: { kind: 'organization', members: [] } } },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message:
      "The scopes on the generated API key are not valid. Confirm that you still have permissions to operate on behalf of package owner 'contoso'."
  },
  {
    rule: 'the first matching policy, oldest first, wins',
    source: EVALUATOR,
    case: 'FederatedCredentialPolicyEvaluatorFacts.PrefersOlderMatchingPolicy',
    twin: { policies: [LATER_POLICY, DEFAULT_POLICY] },
    send: (t) => t.exchange(t.token()),
    status: 200
  }
]

const FORM = 'GitHubTokenPolicyValidator.cs'
const SAVED_WITH = (changes: Partial<TrustPolicy>) => ({
  policies: [{ ...DEFAULT_POLICY, ...changes }]
})
const workflowSavedAs = (entered: string, status: number, message?: string): Rule => ({
  rule: `a Workflow File entered as ${entered}`,
  source: FORM,
  case: 'GitHubTokenPolicyValidatorFacts.NormalizeWorkflowFileName_HandlesVariousFormats',
  twin: SAVED_WITH({ workflowFile: entered }),
  send: (t) => t.exchange(t.token()),
  status,
  message
})
const repositorySavedAs = (entered: string, status: number): Rule => ({
  rule: `a Repository entered as ${entered}`,
  source: FORM,
  case: 'GitHubTokenPolicyValidatorFacts.NormalizeRepositoryName_HandlesVariousFormats',
  twin: SAVED_WITH({ repository: entered }),
  send: (t) => t.exchange(t.token()),
  status,
  message: status === 200 ? undefined : NO_MATCH
})
const mismatch = (stored: string) =>
  `Workflow mismatch for policy 'widgets release': expected '${stored}', actual 'release.yml'`

/** The Trusted Publishing page's save (since September 2025), then a login from release.yml. */
const POLICY_FORM: Rule[] = [
  workflowSavedAs('.github/workflows/release.yml', 200),
  workflowSavedAs('/.github/workflows/release.yml', 200),
  workflowSavedAs('.github\\workflows\\release.yml', 200),
  workflowSavedAs('  release.yml  ', 200),
  workflowSavedAs('nested/release.yml', 401, mismatch('nested/release.yml')),
  workflowSavedAs('.github/workflows/nested/release.yml', 401, mismatch('nested/release.yml')),
  workflowSavedAs(
    '//.github/workflows/release.yml',
    401,
    mismatch('//.github/workflows/release.yml')
  ),
  repositorySavedAs('https://github.com/contoso/widgets', 200),
  repositorySavedAs('github.com/contoso/widgets/', 200),
  repositorySavedAs('contoso/widgets', 200),
  repositorySavedAs('https://github.com/CONTOSO/widgets', 200),
  repositorySavedAs('https://github.com/fabrikam/widgets', 401),
  repositorySavedAs('http://github.com/contoso/widgets', 401),
  repositorySavedAs('www.github.com/contoso/widgets', 401),
  repositorySavedAs('contoso/widgets.git', 401),
  {
    rule: 'a policy saved before September 2025 keeps the path it was given',
    source: FORM,
    twin: SAVED_WITH({ workflowFile: '.github/workflows/release.yml', savedAsTyped: true }),
    send: (t) => t.exchange(t.token()),
    status: 401,
    message: mismatch('.github/workflows/release.yml')
  }
]

const PUSH_ONLY_OURS = { actions: ['package:push'], packageIds: ['Contoso.*'] }

/** Policy scopes (August 2026): the exchange answers the same; the creator's rights are checked. */
const SCOPES: Rule[] = [
  {
    rule: 'a scoped policy: the exchange answers as for any policy',
    source: 'CredentialBuilder.cs',
    twin: SAVED_WITH({ scopes: PUSH_ONLY_OURS }),
    send: (t) => t.exchange(t.token()),
    status: 200
  },
  {
    rule: 'a scoped policy whose creator left the owning organization',
    source: 'CredentialBuilder.cs',
    case: 'FederatedCredentialServiceFacts.RejectsCredentialWithInvalidScopes',
    twin: {
      ...SAVED_WITH({ scopes: { actions: ['package:pushversion'], packageIds: ['*'] } }),
      accounts: { contoso: { kind: 'organization', members: [] } }
    },
    send: (t) => t.exchange(t.token()),
    status: 400,
    message:
      "The scopes on the generated API key are not valid. Confirm that you still have permissions to operate on behalf of package owner 'contoso'."
  },
  {
    rule: 'a scoped policy of the creator’s own account',
    source: 'CredentialBuilder.cs',
    twin: SAVED_WITH({ packageOwner: 'alice', scopes: PUSH_ONLY_OURS }),
    send: (t) => t.exchange(t.token()),
    status: 200
  }
]

/** The server file a rule comes from, and the server's own test case when one states it. */
const origin = (rule: Rule) => (rule.case ? `${rule.source}; case ${rule.case}` : rule.source)

describe.each([
  ['the request', REQUEST_SHAPE],
  ['the caller', CALLER],
  ['the token', TOKEN],
  ['the policy', POLICY],
  ['the accounts', ACCOUNTS],
  ['the policy form', POLICY_FORM],
  ['the scopes', SCOPES]
])('nuget.org twin: %s', (_, rules) => {
  let twin: Twin | undefined
  afterEach(async () => {
    await twin?.close()
    twin = undefined
  })

  it.each(rules.map((rule) => [`${rule.rule} (${origin(rule)})`, rule] as const))(
    '%s',
    async (_, rule) => {
      twin = await startTwin(rule.twin)
      const answer = await rule.send(twin)
      expect({ status: answer.status, error: answer.error }).toEqual({
        status: rule.status,
        error: rule.message
      })
      if (rule.status === 401) expect(answer.headers['www-authenticate']).toBe('Bearer')
      if (rule.message) expect(twin.nuget.issuedKeys).toEqual([])
      else expect(JSON.parse(answer.body).apiKey).toBe(twin.nuget.issuedKeys[0])
    }
  )
})

describe('the conformance table', () => {
  /** Messages the table checks outside its rows: the rule HTTP cannot carry, and the replay. */
  const CHECKED_ELSEWHERE = [
    'The bearer token is missing from the Authorization header.',
    'This bearer token has already been used. A new bearer token must be used for each request.'
  ]
  const produced = [REQUEST_SHAPE, CALLER, TOKEN, POLICY, ACCOUNTS, POLICY_FORM, SCOPES]
    .flat()
    .flatMap((rule) => (rule.message ? [rule.message] : []))
    .concat(CHECKED_ELSEWHERE)

  it.each(NUGET_TOKEN_MESSAGES)('has a row that gets %s', (template) => {
    const pattern = new RegExp(
      `(^|\\s)${template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\.\\\.\\\./g, '.+?')}`
    )
    expect(produced.some((message) => pattern.test(message))).toBe(true)
  })
})

describe('nuget.org twin: a rule HTTP/1.1 cannot carry', () => {
  it('refuses Bearer followed by white space only (TokenApiController.cs)', () => {
    // Parsers trim a header value's trailing white space, so this is checked on the rule itself.
    const request = {
      method: 'POST',
      url: '/api/v2/token',
      headers: { 'content-type': 'application/json', 'user-agent': 'x' },
      rawHeaders: ['Authorization', 'Bearer   \t '],
      body: BODY,
      rawBody: Buffer.from(BODY)
    }
    expect(() => checkRequestShape(request)).toThrow(
      expect.objectContaining({
        status: 401,
        message: 'The bearer token is missing from the Authorization header.'
      })
    )
  })
})

describe('nuget.org twin: rules that span requests', () => {
  let twin: Twin | undefined
  afterEach(async () => {
    await twin?.close()
    twin = undefined
  })

  it('tries policies oldest first, and the first match decides the package owner (FederatedCredentialPolicyEvaluator.cs)', async () => {
    twin = await startTwin({ policies: [LATER_POLICY, DEFAULT_POLICY] })
    const answer = await twin.exchange(twin.token())
    expect(answer.status).toBe(200)
    expect(twin.nuget.keys.get(JSON.parse(answer.body).apiKey)?.packageOwner).toBe('contoso')
  })

  it('records the ids on a temporary policy’s first owner/repository match, even when that request fails (GitHubTokenPolicyValidator.cs)', async () => {
    twin = await startTwin({ policies: [NEW_POLICY] })
    const failed = await twin.exchange(twin.token({ event_name: 'pull_request_target' }))
    expect(failed.error).toBe("The GitHub Actions event 'pull_request_target' is not allowed.")
    expect(twin.nuget.policies[0]).toMatchObject({
      repositoryOwnerId: '4210001',
      repositoryId: '7730042'
    })

    const recreated = await twin.exchange(twin.token({ repository_id: '9990001' }))
    expect(recreated.error).toBe(NO_MATCH)
    const mismatch = await twin.exchange(twin.token({ environment: 'staging' }))
    expect(mismatch.error).toBe(
      "Environment mismatch for policy 'widgets release': expected 'nuget', actual 'staging'"
    )
    expect((await twin.exchange(twin.token())).status).toBe(200)
  })

  it('names a temporary policy’s workflow mismatch on its first use, which makes it permanent (GitHubTokenPolicyValidator.cs)', async () => {
    twin = await startTwin({ policies: [{ ...NEW_POLICY, workflowFile: 'publish.yml' }] })
    expect(twin.nuget.policies[0]?.validUntil).toEqual(expect.any(Number))
    const first = await twin.exchange(twin.token())
    expect(first.error).toBe(
      "Workflow mismatch for policy 'widgets release': expected 'publish.yml', actual 'release.yml'"
    )
    expect(twin.nuget.policies[0]).toMatchObject({
      repositoryOwnerId: '4210001',
      repositoryId: '7730042',
      validUntil: undefined
    })
    expect((await twin.exchange(twin.token({ repository_id: '9990001' }))).error).toBe(NO_MATCH)
  })

  it('ends a temporary policy 7 days after its save, truncated to the hour: saved at :40, it ends at :00 (GitHubCriteria.cs; case GitHubTokenPolicyValidatorFacts.InitializesValidateByDateForTemporaryPolicy)', async () => {
    const HOUR = 3_600_000
    const hour = Math.floor(Date.now() / HOUR) * HOUR
    const clock = hour + 30 * 60_000
    const saved = hour - 7 * 24 * HOUR + 40 * 60_000
    twin = await startTwin({ policies: [{ ...NEW_POLICY, created: saved }], now: () => clock })
    expect(twin.nuget.policies[0]?.validUntil).toBe(hour)
    const seconds = clock / 1000
    const answer = await twin.exchange(twin.token({ nbf: seconds - 5, exp: seconds + 300 }))
    expect(answer.error).toBe(
      "The policy 'widgets release' has expired. Sign in and renew the trust policy on the Trusted Publishing page."
    )
  })

  it('gives the key of an unscoped policy everything on * for its owner, and a scoped policy’s key its scopes (CredentialBuilder.cs)', async () => {
    twin = await startTwin({
      policies: [
        DEFAULT_POLICY,
        {
          ...DEFAULT_POLICY,
          name: 'scoped',
          createdBy: 'bob',
          scopes: { actions: ['package:pushversion', 'package:unlist'], packageIds: ['Contoso.*'] }
        }
      ],
      accounts: { contoso: { kind: 'organization', members: ['alice', 'bob'] } }
    })
    const unscoped = JSON.parse((await twin.exchange(twin.token())).body).apiKey
    const scoped = JSON.parse((await twin.exchange(twin.token(), 'bob')).body).apiKey
    expect(twin.nuget.keys.get(unscoped)?.scopes).toEqual([{ action: 'all', subject: '*' }])
    expect(twin.nuget.keys.get(scoped)?.scopes).toEqual([
      { action: 'package:pushversion', subject: 'Contoso.*' },
      { action: 'package:unlist', subject: 'Contoso.*' }
    ])
  })

  it('stores the file name when a policy saved with a path is edited and saved, and deletes its keys (GitHubTokenPolicyValidator.cs, FederatedCredentialService.cs)', async () => {
    twin = await startTwin({
      policies: [
        { ...DEFAULT_POLICY, workflowFile: '.github/workflows/release.yml', savedAsTyped: true }
      ]
    })
    expect((await twin.exchange(twin.token())).status).toBe(401)
    expect(twin.nuget.savePolicy('widgets release', {}).workflowFile).toBe('release.yml')
    const key = JSON.parse((await twin.exchange(twin.token())).body).apiKey
    expect(twin.nuget.issuedKeys).toEqual([key])
    twin.nuget.savePolicy('widgets release', { environment: 'release' })
    expect(twin.nuget.issuedKeys).toEqual([])
  })

  it('uses up a jti only when the exchange succeeds (FederatedCredentialService.cs)', async () => {
    twin = await startTwin()
    const token = twin.token()
    expect((await twin.exchange(token, 'mallory')).error).toBe(
      "No matching trust policy owned by user 'mallory' was found."
    )
    expect((await twin.exchange(token)).status).toBe(200)
    const replay = await twin.exchange(token)
    expect({ status: replay.status, error: replay.error }).toEqual({
      status: 401,
      error:
        'This bearer token has already been used. A new bearer token must be used for each request.'
    })
    expect(twin.nuget.issuedKeys).toHaveLength(1)
  })

  it('answers a v5-shaped key with .NET’s 7-digit expires, and ends the key up to a minute early (ApiKeyV5.cs, CredentialBuilder.cs)', async () => {
    twin = await startTwin({ keyLifetimeMs: 15 * 60_000 })
    const before = Date.now()
    const answer = await twin.exchange(twin.token())
    const body = JSON.parse(answer.body) as { tokenType: string; expires: string; apiKey: string }
    expect(Object.keys(body)).toEqual(['tokenType', 'expires', 'apiKey'])
    expect(body.tokenType).toBe('ApiKey')
    expect(body.apiKey).toMatch(/^[A-Za-z0-9]{84}$/)
    expect(body.apiKey.slice(52, 58)).toBe('JQQJ99')
    expect(body.apiKey.slice(60, 63)).toBe('N5P')
    expect(body.expires).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/)
    const expires = Date.parse(body.expires)
    expect(expires - before).toBeGreaterThanOrEqual(15 * 60_000)
    const key = twin.nuget.keys.get(body.apiKey)
    expect(key?.usableUntil).toBe(
      Math.floor((expires - 15 * 60_000) / 60_000) * 60_000 + 15 * 60_000
    )
    expect(expires - (key?.usableUntil ?? 0)).toBeLessThan(60_000)
  })

  it('answers other routes with 404 and an HTML page, as where the feature is off (TokenApiController.cs)', async () => {
    twin = await startTwin()
    const answer = await fetch(twin.nuget.tokenUrl)
    expect(answer.status).toBe(404)
    expect(answer.headers.get('content-type')).toContain('text/html')
  })
})

describe('nuget.org twin: the scopes a policy may be saved with (FederatedCredentialService.cs TryGetScopes)', () => {
  it.each([
    [['policyScope1'], ['Contoso.*']],
    [['PACKAGE:PUSH'], ['Contoso.*']],
    [['package:push'], ['   ']],
    [['package:push'], ['<Contoso>']],
    [['  '], ['Contoso.*']]
  ])(
    'refuses actions %j on %j (case FederatedCredentialServiceFacts.TryGetScopes_ReturnsFalse)',
    (actions, packageIds) => {
      expect(() => policyScopes({ actions, packageIds }, 'contoso')).toThrow(
        'The policy scopes are invalid'
      )
    }
  )

  it('drops blank, unknown and repeated entries (case FederatedCredentialServiceFacts.TryGetScopes_ReturnsTrue)', () => {
    expect(
      policyScopes(
        {
          actions: ['package:push', 'package:push', 'package:unlist', '  ', 'policyScope1'],
          packageIds: ['Contoso.*', 'Contoso.*', ' Fabrikam.Gadgets ', '<x>']
        },
        'contoso'
      )
    ).toEqual([
      { action: 'package:push', subject: 'Contoso.*' },
      { action: 'package:push', subject: 'Fabrikam.Gadgets' },
      { action: 'package:unlist', subject: 'Contoso.*' },
      { action: 'package:unlist', subject: 'Fabrikam.Gadgets' }
    ])
  })
})
