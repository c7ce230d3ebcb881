import type { RepositoryFacts } from '../../shared/event-payload.ts'
import type { PolicyClaims } from './claims.ts'
import { ENTERPRISE_SLUG_FIX, GITHUB_ISSUER, isEnterpriseSlugIssuer } from './claims.ts'
import {
  isRepositoryOwnerUser,
  organizationUserCause,
  owningOrganization
} from './repository-owner.ts'

export interface HintContext {
  user: string
  claims: PolicyClaims | undefined
  /** The repository's owner from the run's event payload, when it was read. */
  repository?: RepositoryFacts
}

interface HintRule {
  /**
   * Matched anywhere in the message: nuget.org joins the reasons of several policies. Names are
   * captured lazily up to the fixed text that follows them, as policy names may hold any character.
   */
  pattern: RegExp
  hint(match: RegExpMatchArray, context: HintContext): string
}

const TRUSTED_PUBLISHING_PAGE = 'the Trusted Publishing page (under your username on nuget.org)'
const SECRET_USER_NOTE =
  'If the username shows as *** in this log, `user` comes from a secret and the runner masks it everywhere. ' +
  'A username is not a secret: keep it in a repository variable (`user: ${{ vars.NUGET_USER }}`) so messages stay readable.'

const RULES: HintRule[] = [
  {
    pattern: /No matching trust policy owned by user '(.*?)' was found/,
    hint: (match, context) => noMatchingPolicyHint(match[1] ?? '', context)
  },
  {
    pattern: /Workflow mismatch for policy '(.*?)': expected '(.*?)', actual '(.*?)'(?=\.? |\.?$)/,
    hint: (match) => workflowMismatchHint(match[1] ?? '', match[2] ?? '', match[3] ?? '')
  },
  {
    pattern:
      /Environment mismatch for policy '(.*?)': expected '(.*?)', actual '(.*?)'(?=\.? |\.?$)/,
    hint: (match) =>
      match[3]
        ? `The policy '${match[1]}' requires the environment '${match[2]}', but this job runs in '${match[3]}'. ` +
          `Set \`environment: ${match[2]}\` on the job, or change the policy's Environment to '${match[3]}'.`
        : `The policy '${match[1]}' requires the environment '${match[2]}', but this job has none. ` +
          `Add \`environment: ${match[2]}\` to the job (next to \`runs-on:\`), or clear the policy's Environment.`
  },
  {
    pattern:
      /Claim 'job_workflow_ref' has value '(.*?)' which does not start with (\S+\/\.github\/workflows\/)/,
    hint: (match) =>
      `The job runs the workflow ${match[1]}, which is not stored in the repository the policy names. ` +
      'nuget.org matches only workflow files of the calling repository, so a reusable workflow from another ' +
      'repository never matches: log in from a workflow file in the repository itself.'
  },
  {
    pattern: /The GitHub Actions event '(.*?)' is not allowed/,
    hint: (match) =>
      `nuget.org refuses tokens from runs triggered by '${match[1]}'. Publish from a workflow triggered by ` +
      'push (of a tag), release or workflow_dispatch.'
  },
  {
    pattern: /The policy '(.*?)' has expired/,
    hint: (match) =>
      `Sign in to nuget.org and renew the policy '${match[1]}' on ${TRUSTED_PUBLISHING_PAGE}. A new or edited ` +
      'policy is temporary for 7 days and becomes permanent at its first use; publish (or run this action ' +
      'with `verify-only: true`) within that time.'
  },
  {
    pattern: /missing the required claim '(.*?)'/,
    hint: (match) =>
      `The OIDC token has no '${match[1]}' claim, which GitHub puts in every Actions token. Check that ` +
      '`token-service-url` is the nuget.org token endpoint and that nothing replaces the token on the way.'
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
      '. GitHub Enterprise Server and ghe.com issuers are not supported.'
  },
  {
    pattern: /The JSON web token has expired|The JSON web token is not yet valid/,
    hint: () =>
      "The OIDC token's lifetime did not cover the moment nuget.org checked it, even with 5 minutes' leeway. " +
      "Re-run the job; if it happens again, the runner's clock is off."
  },
  {
    pattern: /has an invalid signature|could not be validated/,
    hint: (_, { claims }) =>
      isEnterpriseSlugIssuer(claims?.issuer)
        ? `This token was issued by ${claims?.issuer}, a per-enterprise issuer, and nuget.org validates tokens ` +
          `against ${GITHUB_ISSUER} only. ${ENTERPRISE_SLUG_FIX}`
        : 'nuget.org could not verify the token as one GitHub Actions issued. Check that `token-service-url` is ' +
          'the nuget.org token endpoint and that no proxy rewrites the Authorization header.'
  },
  {
    pattern: /could not be parsed as a JSON web token|must have a jti claim/,
    hint: () =>
      'nuget.org did not receive the OIDC token this action sent. A proxy or gateway between the runner and ' +
      'nuget.org may be replacing the Authorization header.'
  },
  {
    pattern: /Authorization header/,
    hint: () =>
      'The request reached nuget.org without the token this action sent. A proxy or gateway between the runner ' +
      'and nuget.org may be dropping or replacing the Authorization header.'
  },
  {
    pattern: /Only Bearer token authentication is accepted/,
    hint: () =>
      'The request reached nuget.org with a second credential beside the token, such as a sign-in cookie. ' +
      'Something between the runner and nuget.org (a proxy or gateway) adds it: let requests to nuget.org ' +
      'through unchanged.'
  },
  {
    pattern: /The request could not be authenticated/,
    hint: () =>
      "One of nuget.org's additional checks refused the request without giving a reason. Re-run the job; if " +
      'it keeps failing, contact nuget.org support (https://www.nuget.org/policies/Contact) with the time of the run.'
  },
  {
    pattern:
      /Content-Type of 'application\/json'|User-Agent header is required|property in the request body is required/,
    hint: () =>
      'nuget.org did not receive the request as this action sent it; a proxy may have changed it. If not, ' +
      'please report this at https://github.com/acme/nuget-login/issues.'
  },
  {
    pattern: /Generating fetching tokens directly for organizations is not supported/,
    hint: (_, { user }) =>
      `\`user\` ('${user}') names an organization. Set it to the username of the organization member who ` +
      'created the policy; the policy still publishes for the organization.'
  },
  {
    pattern: /The (user|organization) '(.*?)' (is locked|does not have a confirmed email address)/,
    hint: (match) =>
      match[3] === 'is locked'
        ? `The nuget.org ${match[1]} '${match[2]}' is locked. Sign in to check it, or contact nuget.org support.`
        : `Sign in to nuget.org as '${match[2]}' (or an administrator of it) and confirm the account's e-mail ` +
          'address, then re-run the job.'
  },
  {
    pattern: /package owner of the match trust policy not longer exists/,
    hint: () =>
      `The account the policy publishes for no longer exists. Create a new policy on ${TRUSTED_PUBLISHING_PAGE} ` +
      'for an existing owner.'
  },
  {
    pattern: /scopes on the generated API key are not valid.*package owner '(.*?)'/,
    hint: (match) =>
      `The policy's creator may no longer publish for '${match[1]}' (for example, they left the organization ` +
      'or lost its rights). Have a current member of the owner create the policy again.'
  }
]

/**
 * "No matching..." has three causes only (a workflow or environment difference is always named):
 * `user` is no policy creator, the creator has no policy for this owner and repository, or a used
 * policy holds other repository ids. Ranked by what this run shows, with its values.
 */
function noMatchingPolicyHint(user: string, { claims, repository }: HintContext): string {
  const organization = owningOrganization(user, repository)
  const repositoryName = claims
    ? `${claims.repositoryOwner}/${claims.repository}`
    : (repository?.ownerLogin ?? 'this repository')
  const creator =
    `- \`user\` ('${user}') is not the nuget.org username of the person who created the policy: no such ` +
    'account, a deleted one, an organization (organizations create no policies), the package owner ' +
    'instead of the creator, or an e-mail address.'
  const noPolicy =
    `- '${user}' created no policy whose Repository Owner and Repository are this run's (${repositoryName}; ` +
    'letter case does not matter). A Repository typed as a URL or owner/name is stored as the name only ' +
    'when the policy is saved.'
  const otherIds =
    '- The policy was used before and keeps the repository ids it first saw, and the repository was ' +
    'deleted and recreated, or transferred, since' +
    (claims?.repositoryOwnerId && claims.repositoryId
      ? ` (this run: owner id ${claims.repositoryOwnerId}, repository id ${claims.repositoryId})`
      : '') +
    `. Delete the policy and create it again on ${TRUSTED_PUBLISHING_PAGE}.`
  const notWorkflow =
    'It is not the Workflow File or the Environment: nuget.org names those once owner and repository match.'
  if (organization) {
    return [
      organizationUserCause(organization, user),
      `If a nuget.org user named '${user}' did create the policy, the other causes are:`,
      noPolicy,
      otherIds,
      notWorkflow
    ].join('\n')
  }
  const causes = isRepositoryOwnerUser(user, repository)
    ? [noPolicy, otherIds, creator]
    : [creator, noPolicy, otherIds]
  return [
    'nuget.org does not say which check failed. Its causes, most likely first:',
    ...causes,
    notWorkflow,
    SECRET_USER_NOTE
  ].join('\n')
}

const WORKFLOWS_FOLDER = /^\/?\.github\/workflows\//i

/** A policy that holds a path, a sub-folder, or another file name than the job's. */
function workflowMismatchHint(policy: string, expected: string, actual: string): string {
  const path = expected.replaceAll('\\', '/')
  const file = path.replace(WORKFLOWS_FOLDER, '')
  if (file !== path && !file.includes('/')) {
    return (
      `The policy '${policy}' holds the path '${expected}', and nuget.org compares the file name only. ` +
      `Open the policy on ${TRUSTED_PUBLISHING_PAGE} and save it: nuget.org now stores the file name ('${file}').` +
      (file.toLowerCase() === actual.toLowerCase()
        ? ''
        : ` This job runs '${actual}': enter that name, or log in from '${file}'.`)
    )
  }
  if (file.includes('/')) {
    return (
      `The policy '${policy}' names '${expected}', a file in a sub-folder, which never matches: GitHub runs ` +
      `workflows only from .github/workflows itself. Enter the file name only ('${actual}') as the policy's Workflow File.`
    )
  }
  return (
    `The policy '${policy}' names the workflow file '${expected}', but this job runs '${actual}'. ` +
    `Enter the file name only ('${actual}', no path) as the policy's Workflow File, or log in from ` +
    `'${expected}'. A renamed workflow file needs the policy updated too.`
  )
}

/** What to change, for each reason nuget.org gave; undefined when none is known. */
export function hintForServerMessage(message: string, context: HintContext): string | undefined {
  const hints = RULES.flatMap((rule) =>
    [...message.matchAll(new RegExp(rule.pattern, 'g'))].map((match) => rule.hint(match, context))
  )
  return hints.length > 0 ? [...new Set(hints)].join('\n') : undefined
}
