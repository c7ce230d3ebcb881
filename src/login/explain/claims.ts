import { inertValue } from '../../shared/log-text.ts'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
const GITHUB_ISSUER_HOST = new URL(GITHUB_ISSUER).host

/** The claims of a GitHub OIDC token that nuget.org matches a trusted publishing policy against. */
export interface PolicyClaims {
  repositoryOwner: string
  /** The repository's name without its owner, as the policy page asks for it. */
  repository: string
  /** The ids a permanent policy compares: a recreated or transferred repository has others. */
  repositoryOwnerId: string
  repositoryId: string
  /** The file name of the workflow the job runs, from job_workflow_ref. */
  workflowFile: string
  /** owner/name of the repository that holds the job's workflow file. */
  workflowRepository: string
  environment: string | undefined
  eventName: string
  ref: string
  issuer: string
}

/**
 * Reads the claims of a JWT without checking its signature: only to explain what nuget.org
 * will see. Undefined when the token cannot be read. Each value is made inert for the log and
 * the summary, as whoever names a workflow file, an environment or a branch chooses it.
 */
export function readPolicyClaims(token: string): PolicyClaims | undefined {
  const payload = token.split('.')[1]
  if (!payload) return undefined
  let claims: Record<string, unknown>
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >
  } catch {
    return undefined
  }
  if (typeof claims !== 'object' || claims === null) return undefined
  const text = (name: string) =>
    typeof claims[name] === 'string' ? inertValue(claims[name] as string) : ''
  const repository = text('repository')
  const workflow = parseJobWorkflowRef(text('job_workflow_ref'))
  return {
    repositoryOwner: text('repository_owner'),
    repository: repository.slice(repository.indexOf('/') + 1),
    repositoryOwnerId: text('repository_owner_id'),
    repositoryId: text('repository_id'),
    workflowFile: workflow.file,
    workflowRepository: workflow.repository,
    environment: text('environment') || undefined,
    eventName: text('event_name'),
    ref: text('ref'),
    issuer: text('iss')
  }
}

/** "owner/repo/.github/workflows/release.yml@refs/tags/v1" → repository and file name. */
function parseJobWorkflowRef(value: string): { repository: string; file: string } {
  const match = /^([^/]+\/[^/]+)\/\.github\/workflows\/([^@]+)@/.exec(value)
  return match
    ? { repository: match[1] as string, file: match[2] as string }
    : { repository: '', file: '' }
}

/** Things in the claims that make a match impossible, found before the token is spent. */
export function claimWarnings(claims: PolicyClaims): string[] {
  const warnings: string[] = []
  const repository = `${claims.repositoryOwner}/${claims.repository}`
  if (
    claims.workflowRepository &&
    claims.workflowRepository.toLowerCase() !== repository.toLowerCase()
  ) {
    warnings.push(
      `This job runs the reusable workflow ${claims.workflowFile} from ${claims.workflowRepository}. ` +
        `nuget.org matches only workflows stored in the calling repository (${repository}), so no policy ` +
        'can match: run the login from a workflow file in this repository.'
    )
  }
  if (isEnterpriseSlugIssuer(claims.issuer)) {
    warnings.push(
      `The OIDC token's issuer is ${claims.issuer}, a per-enterprise issuer. nuget.org checks tokens against ` +
        `${GITHUB_ISSUER} only, so it will answer that the token "could not be validated" or "has an invalid ` +
        'signature". ' +
        ENTERPRISE_SLUG_FIX
    )
  } else if (claims.issuer !== GITHUB_ISSUER) {
    warnings.push(
      `The OIDC token's issuer is ${claims.issuer || '(none)'}, but nuget.org accepts only ${GITHUB_ISSUER}. ` +
        'GitHub Enterprise Server and ghe.com issuers are not supported by nuget.org.'
    )
  }
  return warnings
}

export const ENTERPRISE_SLUG_FIX =
  "An enterprise owner can switch the enterprise's OIDC issuer back to the default (GitHub's REST API: " +
  'PUT /enterprises/{enterprise}/actions/oidc/customization/issuer with include_enterprise_slug: false).'

/** https://token.actions.githubusercontent.com/<enterprise>: GitHub's host, another issuer. */
export function isEnterpriseSlugIssuer(issuer: string | undefined): boolean {
  if (!issuer || issuer === GITHUB_ISSUER) return false
  try {
    const url = new URL(issuer)
    return url.protocol === 'https:' && url.host === GITHUB_ISSUER_HOST && url.pathname.length > 1
  } catch {
    return false
  }
}
