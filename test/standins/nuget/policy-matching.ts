// Which of the user's policies a valid token matches, and what the caller is told when none does.
// Sources, in src/NuGetGallery.Services/Authentication/Federated/: FederatedCredentialPolicyEvaluator.cs
// (GetMatchingPolicyAsync: oldest first, first match wins, disclosed errors joined),
// GitHubTokenPolicyValidator.cs (EvaluatePolicyAsync: the checks of one policy, in order),
// GitHubCriteria.cs (temporary and permanent policies), FederatedCredentialConfiguration.cs (banned events).
import type { Claims } from '../jwt.ts'
import { sameText, SEVEN_DAYS_MS, type TrustPolicy } from './model.ts'
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
  const wasTemporary = !isPermanent(policy)
  if (wasTemporary) {
    const validUntil = policy.validUntil ?? (policy.created ?? settings.now) + SEVEN_DAYS_MS
    if (settings.now > validUntil) {
      return refused(
        `The policy '${policy.name}' has expired. Sign in and renew the trust policy on the Trusted Publishing page.`
      )
    }
    // GitHubTokenPolicyValidator.cs: the ids are saved now, whatever the later checks say.
    policy.repositoryOwnerId = text(claims, 'repository_owner_id')
    policy.repositoryId = text(claims, 'repository_id')
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
  return checkWorkflowAndEnvironment(policy, claims, wasTemporary)
}

function checkWorkflowAndEnvironment(
  policy: TrustPolicy,
  claims: Claims,
  wasTemporary: boolean
): Verdict {
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
  // While a policy is temporary, the caller is not told how its workflow or environment differ.
  const mismatch = wasTemporary ? hidden : refused
  const workflowFile = workflowRef.slice(prefix.length, at)
  if (!sameText(workflowFile, policy.workflowFile)) {
    return mismatch(
      `Workflow mismatch for policy '${policy.name}': expected '${policy.workflowFile}', actual '${workflowFile}'`
    )
  }
  if (policy.environment?.trim()) {
    const environment = text(claims, 'environment')
    if (!sameText(environment, policy.environment)) {
      return mismatch(
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
const hidden = (_reason?: string): Verdict => ({ matched: false })
