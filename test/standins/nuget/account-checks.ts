// The account checks around policy matching.
// Source: src/NuGetGallery.Services/Authentication/Federated/FederatedCredentialService.cs
// (GenerateApiKeyAsync, ValidateCurrentUser, ValidatePackageOwner), and CredentialBuilder.cs
// (VerifyScopes: whether the creator may still act for the package owner).
import { sameText, type Account, type Scope, type TrustPolicy } from './model.ts'
import { badRequest, noMatchingPolicy } from './refusal.ts'

const ORGANIZATION_AS_USER =
  'Generating fetching tokens directly for organizations is not supported. The trust policy is created on the ' +
  "profile of one of the organization's administrators and is scoped to the organization in the policy."

/** FederatedCredentialService.cs: the username is looked up first; deleted accounts are not found. */
export function findCaller(accounts: Map<string, Account>, username: string): Account {
  const account = accounts.get(username.toLowerCase())
  if (!account || account.state === 'deleted') throw noMatchingPolicy(username)
  return account
}

/** The policies an account created: a user's, or those of a user later turned into an organization. */
export function policiesCreatedBy(policies: TrustPolicy[], account: Account): TrustPolicy[] {
  return policies.filter((policy) => sameText(policy.createdBy, account.username))
}

/** After a policy matched: the caller's own account, then the package owner's. */
export function checkAccounts(
  accounts: Map<string, Account>,
  caller: Account,
  policy: TrustPolicy
): Account {
  if (caller.kind === 'organization') throw badRequest(ORGANIZATION_AS_USER)
  checkStanding(caller)
  const owner = accounts.get(policy.packageOwner.toLowerCase())
  if (!owner || owner.state === 'deleted') {
    throw badRequest('The package owner of the match trust policy not longer exists.')
  }
  checkStanding(owner)
  return owner
}

/**
 * CredentialBuilder.cs VerifyScopes: every scope of the new key names a known action, and each
 * action it allows (push, push a version, unlist) may be done by the creator for the package owner:
 * the creator is the owner, or still one of its members (admin or collaborator).
 */
export function checkScopes(
  accounts: Map<string, Account>,
  caller: Account,
  owner: Account,
  scopes: Scope[]
) {
  const actsForOwner = actsFor(accounts, caller.username, owner.username)
  const known = scopes.length > 0 && scopes.every((scope) => GRANTING_ACTIONS.has(scope.action))
  if (!actsForOwner || !known) {
    throw badRequest(
      'The scopes on the generated API key are not valid. ' +
        `Confirm that you still have permissions to operate on behalf of package owner '${owner.username}'.`
    )
  }
}

/** Actions that map to permissions VerifyScopes can check (package:verify alone maps to one too). */
const GRANTING_ACTIONS = new Set([
  'all',
  'package:push',
  'package:pushversion',
  'package:unlist',
  'package:verify'
])

/** Whether the creator may still act for the owner: what a push checks again (ApiScopeEvaluator.cs). */
export function actsFor(accounts: Map<string, Account>, user: string, owner: string): boolean {
  const account = accounts.get(owner.toLowerCase())
  return (
    sameText(user, owner) ||
    (account?.kind === 'organization' && account.members.some((member) => sameText(member, user)))
  )
}

function checkStanding(account: Account) {
  const noun = account.kind === 'organization' ? 'organization' : 'user'
  if (account.state === 'locked') throw badRequest(`The ${noun} '${account.username}' is locked.`)
  if (account.state === 'unconfirmed') {
    throw badRequest(`The ${noun} '${account.username}' does not have a confirmed email address.`)
  }
}
