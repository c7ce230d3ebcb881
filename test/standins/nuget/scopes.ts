// Policy scopes and what a key's scopes allow.
// Sources: src/NuGetGallery.Services/Authentication/Federated/FederatedCredentialService.cs
// (TryGetScopes: the scopes and package ID patterns a policy may be saved with), CredentialBuilder.cs
// (BuildScopes, CreateShortLivedApiKey: the key copies the policy's scopes, or gets `all` on `*`),
// NuGetScopes.cs (the actions), Extensions/ScopeExtensions.cs (AllowsSubject, AllowsAction).
import type { PolicyScopes, Scope } from './model.ts'

const KNOWN_ACTIONS = [
  'all',
  'package:pushversion',
  'package:push',
  'package:unlist',
  'package:verify'
]
/** FederatedCredentialService.cs PolicySubjectRegexPattern: `*`, word characters, `_`, `.`, `-`. */
const PACKAGE_ID_PATTERN = /^[*\p{L}\p{Nd}\p{Pc}_.-]*$/u

/**
 * The scopes a policy is saved with: blank, unknown (compared exactly) and repeated actions and
 * patterns are dropped; none left of either makes the form refuse the policy.
 */
export function policyScopes(scopes: PolicyScopes, owner: string): Scope[] {
  const actions = distinct(scopes.actions, (action) => KNOWN_ACTIONS.includes(action))
  const subjects = distinct(scopes.packageIds, (id) => id !== '' && PACKAGE_ID_PATTERN.test(id))
  if (actions.length === 0 || subjects.length === 0) {
    throw new Error(`The policy scopes are invalid (owner ${owner}).`)
  }
  return actions.flatMap((action) => subjects.map((subject) => ({ action, subject })))
}

/** The key's scopes: the policy's, or everything on every ID of the owner for an unscoped policy. */
export function keyScopes(scopes: PolicyScopes | undefined, owner: string): Scope[] {
  return scopes ? policyScopes(scopes, owner) : [{ action: 'all', subject: '*' }]
}

/** ScopeExtensions.cs AllowsSubject: the glob covers the whole ID, in any case. */
export function globMatches(pattern: string, id: string): boolean {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
  return new RegExp(`^${escaped}$`, 'is').test(id)
}

/** ApiScopeEvaluator.cs: a scope that covers the ID and allows one of the requested actions. */
export function scopeAllows(scopes: Scope[], id: string, requested: string[]): boolean {
  return scopes.some(
    (scope) =>
      globMatches(scope.subject, id) &&
      requested.some(
        (action) => scope.action.toLowerCase() === action || scope.action.toLowerCase() === 'all'
      )
  )
}

function distinct(values: string[], keep: (value: string) => boolean): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(keep))]
}
