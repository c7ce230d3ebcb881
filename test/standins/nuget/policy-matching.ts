// Which of the user's policies a valid token matches, and what the caller is told when none does.
// Sources, in src/NuGetGallery.Services/Authentication/Federated/: FederatedCredentialPolicyEvaluator.cs
// (GetMatchingPolicyAsync: oldest first, first match wins, disclosed errors joined),
// GitHubTokenPolicyValidator.cs (EvaluatePolicyAsync: the checks of one policy, in order),
// GitHubCriteria.cs (temporary and permanent policies: IsPermanentlyEnabled, ValidateByDate), FederatedCredentialConfiguration.cs (banned events).
import type { Claims } from '../jwt.ts'
import { sameText, type TrustPolicy } from './model.ts'
import { noMatchingPolicy, unauthorized } from './refusal.ts'

/** GitHubTokenPolicyValidator.cs: claims every policy needs, checked in this order. */
const REQUIRED_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_owner_id',
  'repository_id',
  'event_name'
] as const

export interface MatchSettings {
  /** Events refused whatever the policy says, compared case-insensitively. */
  bannedEvents: readonly string[]
  now: number
}

/** One policy's verdict: a match, an error the caller may see, or one it may not. */
type Verdict = { matched: true } | { matched: false; disclosed?: string }

/**
 * The first of `policies`, oldest first, that the claims match. Policies are updated in place
 * where nuget.org saves them (a temporary policy's first use). Throws the Refusal nuget.org sends.
 */
export function matchPolicy(
  username: string,
  policies: TrustPolicy[],
  claims: Claims,
  settings: MatchSettings
): TrustPolicy {
  const disclosed: string[] = []
  for (const policy of oldestFirst(policies)) {
    const verdict = evaluatePolicy(policy, claims, settings)
    if (verdict.matched) return policy
    if (verdict.disclosed) disclosed.push(verdict.disclosed)
  }
  if (disclosed.length === 0) throw noMatchingPolicy(username)
  throw unauthorized(joinErrors(disclosed))
}

function oldestFirst(policies: TrustPolicy[]): TrustPolicy[] {
  return policies
    .map((policy, index) => ({ policy, created: policy.created ?? index }))
    .sort((a, b) => a.created - b.created)
    .map(({ policy }) => policy)
}

/** FederatedCredentialPolicyEvaluator.cs: a '.' only where the previous one lacks it, then a space. */
export function joinErrors(errors: string[]): string {
  return errors.reduce((joined, error) =>
    joined === '' ? error : `${joined}${joined.endsWith('.') ? '' : '.'} ${error}`
  )
}

const text = (claims: Claims, name: string) =>
  typeof claims[name] === 'string' ? (claims[name] as string) : ''

function evaluatePolicy(policy: TrustPolicy, claims: Claims, settings: MatchSettings): Verdict {
  const missing = REQUIRED_CLAIMS.find((name) => !text(claims, name).trim())
  if (missing) return refused(`The JSON Web Token is missing the required claim '${missing}'.`)
  if (!sameText(text(claims, 'repository_owner'), policy.repositoryOwner)) return hidden()
  if (!sameText(text(claims, 'repository'), `${policy.repositoryOwner}/${policy.repository}`)) {
    return hidden()
  }
  if (!isPermanent(policy)) {
    if (policy.validUntil === undefined || settings.now > policy.validUntil) {
      return refused(
        `The policy '${policy.name}' has expired. Sign in and renew the trust policy on the Trusted Publishing page.`
      )
    }
    // GitHubTokenPolicyValidator.cs: on the first owner/repository match the ids are saved and the
    // policy is permanent from now on, whatever the checks below say; they are all disclosed.
    policy.repositoryOwnerId = text(claims, 'repository_owner_id')
    policy.repositoryId = text(claims, 'repository_id')
    policy.validUntil = undefined
  } else if (
    text(claims, 'repository_owner_id') !== policy.repositoryOwnerId ||
    text(claims, 'repository_id') !== policy.repositoryId
  ) {
    return hidden()
  }
  const event = text(claims, 'event_name')
  if (settings.bannedEvents.some((banned) => sameText(banned, event))) {
    return refused(`The GitHub Actions event '${event}' is not allowed.`)
  }
  return checkWorkflowAndEnvironment(policy, claims)
}

function checkWorkflowAndEnvironment(policy: TrustPolicy, claims: Claims): Verdict {
  const workflowRef = text(claims, 'job_workflow_ref')
  if (!workflowRef.trim()) {
    return refused("The JSON Web Token is missing the required claim 'job_workflow_ref'.")
  }
  const prefix = `${policy.repositoryOwner}/${policy.repository}/.github/workflows/`
  const at = workflowRef.indexOf('@', prefix.length)
  if (!workflowRef.toLowerCase().startsWith(prefix.toLowerCase()) || at < 0) {
    return refused(
      `Claim 'job_workflow_ref' has value '${workflowRef}' which does not start with ${prefix}.`
    )
  }
  const workflowFile = workflowRef.slice(prefix.length, at)
  if (!sameText(workflowFile, policy.workflowFile)) {
    return refused(
      `Workflow mismatch for policy '${policy.name}': expected '${policy.workflowFile}', actual '${workflowFile}'`
    )
  }
  if (policy.environment?.trim()) {
    const environment = text(claims, 'environment')
    if (!sameText(environment, policy.environment)) {
      return refused(
        `Environment mismatch for policy '${policy.name}': expected '${policy.environment}', actual '${environment}'`
      )
    }
  }
  return { matched: true }
}

function isPermanent(policy: TrustPolicy): boolean {
  return !!policy.repositoryOwnerId && !!policy.repositoryId
}

const refused = (disclosed: string): Verdict => ({ matched: false, disclosed })
/** A failure nuget.org does not disclose: the owner, the repository or a permanent policy's ids. */
const hidden = (): Verdict => ({ matched: false })
