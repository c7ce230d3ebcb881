import type { PolicyClaims } from './claims.ts'
import { GITHUB_ISSUER } from './claims.ts'

export interface HintContext {
  user: string
  claims: PolicyClaims | undefined
}

interface HintRule {
  /** Matched anywhere in the message: nuget.org joins the reasons of several policies with '. '. */
  pattern: RegExp
  hint(match: RegExpMatchArray, context: HintContext): string
}

const TRUSTED_PUBLISHING_PAGE = 'the Trusted Publishing page (under your username on nuget.org)'

const repositoryOf = (claims: PolicyClaims | undefined) =>
  claims
    ? `owner '${claims.repositoryOwner}' and repository '${claims.repository}'`
    : 'this repository'

const RULES: HintRule[] = [
  {
    pattern: /No matching trust policy owned by user '([^']*)' was found/,
    hint: (match, { claims }) =>
      `nuget.org looked up the policies created by the user '${match[1]}' and none is for ${repositoryOf(claims)}. ` +
      'Set `user` to the nuget.org username of the account that created the policy: not the package owner, ' +
      `not an organisation, not an e-mail address. Then compare the policy on ${TRUSTED_PUBLISHING_PAGE} ` +
      'with the values this run shows under "What nuget.org will match".'
  },
  {
    pattern: /Workflow mismatch for policy '([^']*)': expected '([^']*)', actual '([^']*)'/,
    hint: (match) =>
      `The policy '${match[1]}' names the workflow file '${match[2]}', but this job runs '${match[3]}'. ` +
      `Enter the file name only ('${match[3]}', no path) as the policy's Workflow File, or log in from ` +
      `'${match[2]}'. A renamed workflow file needs the policy updated too.`
  },
  {
    pattern: /Environment mismatch for policy '([^']*)': expected '([^']*)', actual '([^']*)'/,
    hint: (match) =>
      match[3]
        ? `The policy '${match[1]}' requires the environment '${match[2]}', but this job runs in '${match[3]}'. ` +
          `Set \`environment: ${match[2]}\` on the job, or change the policy's Environment to '${match[3]}'.`
        : `The policy '${match[1]}' requires the environment '${match[2]}', but this job has none. ` +
          `Add \`environment: ${match[2]}\` to the job (next to \`runs-on:\`), or clear the policy's Environment.`
  },
  {
    pattern:
      /Claim 'job_workflow_ref' has value '([^']*)' which does not start with ([^\s]+\/\.github\/workflows\/)/,
    hint: (match) =>
      `The job runs the workflow ${match[1]}, which is not stored in the repository the policy names. ` +
      'nuget.org matches only workflow files of the calling repository, so a reusable workflow from another ' +
      'repository never matches: log in from a workflow file in the repository itself.'
  },
  {
    pattern: /The GitHub Actions event '([^']*)' is not allowed/,
    hint: (match) =>
      `nuget.org refuses tokens from runs triggered by '${match[1]}'. Publish from a workflow triggered by ` +
      'push (of a tag), release or workflow_dispatch.'
  },
  {
    pattern: /The policy '([^']*)' has expired/,
    hint: (match) =>
      `Sign in to nuget.org and renew the policy '${match[1]}' on ${TRUSTED_PUBLISHING_PAGE}. A new policy is ` +
      'temporary for 7 days and becomes permanent at its first successful use; publish within that time.'
  },
  {
    pattern: /This bearer token has already been used/,
    hint: () =>
      'nuget.org accepts each OIDC token once. This action asks for a new token for every attempt, so the token ' +
      'was spent elsewhere: re-run the job, and make sure no other step sends the same token.'
  },
  {
    pattern: /has an incorrect audience|must have exactly one aud claim|must have an aud claim/,
    hint: () =>
      'Leave `audience` out, or set it to exactly https://www.nuget.org (https://int.nugettest.org for ' +
      "NuGet's test environment), matching `token-service-url`."
  },
  {
    pattern:
      /iss claim is not supported|must have an iss claim|iss claim must be a valid HTTPS URL/,
    hint: (_, { claims }) =>
      `nuget.org accepts only tokens issued by ${GITHUB_ISSUER}` +
      (claims?.issuer ? `; this token was issued by ${claims.issuer}` : '') +
      '. GitHub Enterprise Server, ghe.com and custom enterprise issuers are not supported.'
  },
  {
    pattern: /The JSON web token has expired|The JSON web token is not yet valid/,
    hint: () =>
      "The OIDC token's lifetime did not cover the moment nuget.org checked it. Re-run the job; if it happens " +
      "again, the runner's clock may be off."
  },
  {
    pattern:
      /invalid signature|could not be validated|could not be parsed as a JSON web token|must have a jti claim|missing the required claim '([^']*)'/,
    hint: () =>
      'nuget.org did not accept the token as a GitHub Actions OIDC token. Check that `token-service-url` is ' +
      'the nuget.org token endpoint and that no proxy rewrites the Authorization header.'
  },
  {
    pattern: /Authorization header|Only Bearer token authentication/,
    hint: () =>
      'The request reached nuget.org without the token this action sent. A proxy or gateway between the runner ' +
      'and nuget.org may be dropping or replacing the Authorization header.'
  },
  {
    pattern:
      /Content-Type of 'application\/json'|User-Agent header is required|property in the request body is required/,
    hint: () =>
      'nuget.org did not receive the request as this action sent it; a proxy may have changed it. If not, ' +
      'please report this at https://github.com/acme/nuget-login/issues.'
  },
  {
    pattern:
      /The (?:user|organization) '([^']*)' (is deleted|is locked|does not have a confirmed email address)/,
    hint: (match) =>
      match[2] === 'does not have a confirmed email address'
        ? `Sign in to nuget.org as '${match[1]}' and confirm the account's e-mail address, then re-run the job.`
        : `The nuget.org account '${match[1]}' ${match[2]}. Sign in to check it, or contact nuget.org support.`
  },
  {
    pattern: /package owner of the match trust policy not longer exists/,
    hint: () =>
      `The package owner the policy publishes for no longer exists. Create a new policy on ${TRUSTED_PUBLISHING_PAGE} ` +
      'for an existing owner.'
  },
  {
    pattern: /scopes on the generated API key are not valid.*package owner '([^']*)'/,
    hint: (match) =>
      `The policy's creator may no longer be allowed to publish for '${match[1]}' (for example, removed from the ` +
      'organisation). Have a current member of the owner create the policy again.'
  }
]

/** What to change, for each reason nuget.org gave; undefined when none is known. */
export function hintForServerMessage(message: string, context: HintContext): string | undefined {
  const hints = RULES.flatMap((rule) =>
    [...message.matchAll(new RegExp(rule.pattern, 'g'))].map((match) => rule.hint(match, context))
  )
  return hints.length > 0 ? [...new Set(hints)].join('\n') : undefined
}
