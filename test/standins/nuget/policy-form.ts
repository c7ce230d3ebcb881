// What the Trusted Publishing page stores when a GitHub Actions policy is saved (since September
// 2025). Sources: src/NuGetGallery.Services/Authentication/Federated/GitHubTokenPolicyValidator.cs
// (ValidatePolicy, NormalizeWorkflowFileName, NormalizeRepositoryName) and GitHubCriteria.cs (values
// trimmed; InitializeValidateByDate: a temporary policy's 7 days restart at each save, truncated to
// the hour, and its ids are cleared).
import { temporaryUntil, type TrustPolicy } from './model.ts'
import { policyScopes } from './scopes.ts'

const WORKFLOWS_FOLDER = '.github/workflows/'

/** The policy as stored after a save at `now`; one saved before September 2025 keeps its values. */
export function savePolicy(policy: TrustPolicy, now: number): TrustPolicy {
  if (policy.scopes) policyScopes(policy.scopes, policy.packageOwner)
  const permanent = !!policy.repositoryOwnerId && !!policy.repositoryId
  const validity = permanent
    ? { validUntil: undefined }
    : { repositoryOwnerId: undefined, repositoryId: undefined, validUntil: temporaryUntil(now) }
  if (policy.savedAsTyped) return { ...policy, ...validity }
  const repositoryOwner = policy.repositoryOwner.trim()
  return {
    ...policy,
    ...validity,
    repositoryOwner,
    repository: normaliseRepository(policy.repository.trim(), repositoryOwner),
    workflowFile: normaliseWorkflowFile(policy.workflowFile.trim()),
    environment: policy.environment?.trim() || undefined
  }
}

/**
 * `.github/workflows/release.yml`, with a leading `/` or backslashes, is stored as `release.yml`;
 * anything else keeps its text (slashes turned forward), so a sub-folder never matches.
 */
export function normaliseWorkflowFile(entered: string): string {
  const file = entered.replaceAll('\\', '/')
  const at = file.toLowerCase().indexOf(WORKFLOWS_FOLDER)
  return at === 0 || (at === 1 && file.startsWith('/'))
    ? file.slice(at + WORKFLOWS_FOLDER.length)
    : file
}

/**
 * `https://github.com/contoso/widgets`, `github.com/contoso/widgets` or `contoso/widgets` (a
 * trailing `/` allowed) is stored as `widgets` when its owner part is the Repository Owner.
 */
export function normaliseRepository(entered: string, owner: string): string {
  let rest = entered
  for (const prefix of ['https://', 'github.com/']) {
    if (rest.toLowerCase().startsWith(prefix)) rest = rest.slice(prefix.length)
    else if (rest !== entered) break
  }
  const parts = rest.replace(/\/+$/, '').split('/')
  return parts.length === 2 && parts[0]?.toLowerCase() === owner.toLowerCase()
    ? (parts[1] as string)
    : entered
}
