// The stand-in's picture of nuget.org's data: accounts, trusted publishing policies, issued keys.
// Each rule that reads them names the NuGetGallery file it mirrors.

/** A trusted publishing policy as a user creates it on nuget.org's Trusted Publishing page. */
export interface TrustPolicy {
  name: string
  /** The nuget.org user who created the policy: the username the login must send. */
  createdBy: string
  /** The account (a user or an organization) the policy publishes for. */
  packageOwner: string
  repositoryOwner: string
  repository: string
  /** The workflow file name only, as the policy page asks for it. */
  workflowFile: string
  environment?: string
  /** When the policy was created (epoch ms): policies are tried oldest first. */
  created?: number
  /**
   * Ids recorded on first use. A policy that has both is permanent; one without is temporary
   * until `validUntil`.
   */
  repositoryOwnerId?: string
  repositoryId?: string
  /**
   * End of a temporary policy (epoch ms): when not given, 7 days after it was created (or last
   * saved), truncated to the hour.
   */
  validUntil?: number
  /**
   * Saved before September 2025, when the page stored the Workflow File and Repository as typed:
   * the twin then skips the form's normalisation (policy-form.ts).
   */
  savedAsTyped?: boolean
  /** What keys from this policy may do (August 2026); none: everything on `*` for the owner. */
  scopes?: PolicyScopes
}

/** NuGetScopes.cs: the actions a scope allows. `all` is what an unscoped policy's key gets. */
export type ScopeAction = 'all' | 'package:push' | 'package:pushversion' | 'package:unlist'

/** The scopes a policy is saved with, as the page offers them. */
export interface PolicyScopes {
  /**
   * `package:push` (new packages and new versions) or `package:pushversion` (only new versions of
   * existing packages), optionally with `package:unlist` (unlist and relist).
   */
  actions: string[]
  /** Package ID glob patterns: `*` is any sequence, the whole ID is matched, in any case. */
  packageIds: string[]
}

/** One scope of a key (Scope entity): an action on the IDs one glob matches, for the owner. */
export interface Scope {
  action: string
  subject: string
}

export type AccountState = 'active' | 'locked' | 'unconfirmed' | 'deleted'

export interface Account {
  username: string
  kind: 'user' | 'organization'
  state: AccountState
  /** For an organization: the users allowed to act on its behalf. */
  members: string[]
}

/** How a test describes an account: anything left out takes the default. */
export type AccountSpec = Partial<Omit<Account, 'username'>>

/** A key the stand-in issued, with what a push checks against. */
export interface IssuedKey {
  user: string
  /** The name of the policy it came from. */
  policy: string
  packageOwner: string
  /** The `expires` the answer named (epoch ms). */
  expires: number
  /** When pushes start being refused: issue time rounded down to the minute, plus the lifetime. */
  usableUntil: number
  /** Copied from the policy (CredentialBuilder.cs CreateShortLivedApiKey). */
  scopes: Scope[]
  /** Keys from a policy saved with scopes; verifykey refuses them. */
  fromScopedPolicy: boolean
}

export const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000
const HOUR_MS = 3_600_000

/** GitHubCriteria.cs InitializeValidateByDate: 7 days from a save, truncated to the hour. */
export const temporaryUntil = (saved: number) =>
  Math.floor((saved + SEVEN_DAYS_MS) / HOUR_MS) * HOUR_MS

/** Case-insensitive comparison, as nuget.org compares usernames, owners, files and environments. */
export const sameText = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

/**
 * Every account the stand-in knows: the policies' creators (users) and owners (the creator itself,
 * or an organization the creator belongs to), then the test's own specs over them.
 */
export function buildAccounts(
  policies: readonly TrustPolicy[],
  specs: Record<string, AccountSpec> = {}
): Map<string, Account> {
  const accounts = new Map<string, Account>()
  /** A derived member list adds up; a test's own replaces it (a creator who left, say). */
  const put = (username: string, spec: AccountSpec, ownMembers = false) => {
    const key = username.toLowerCase()
    const base = accounts.get(key) ?? { username, kind: 'user', state: 'active', members: [] }
    const members =
      spec.members === undefined
        ? base.members
        : ownMembers
          ? spec.members
          : [...base.members, ...spec.members]
    accounts.set(key, { ...base, ...spec, members })
  }
  for (const policy of policies) {
    put(policy.createdBy, {})
    if (!sameText(policy.packageOwner, policy.createdBy)) {
      put(policy.packageOwner, { kind: 'organization', members: [policy.createdBy] })
    }
  }
  for (const [username, spec] of Object.entries(specs)) put(username, spec, true)
  return accounts
}
