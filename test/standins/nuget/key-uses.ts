// What else a key may do on nuget.org's package API: check itself against a package
// (VerifyPackageKeyAsync) and unlist a version (DeletePackage). Sources:
// src/NuGetGallery/Controllers/ApiController.cs, ApiScopeEvaluator.cs, Strings.resx.
import type { RecordedRequest } from '../server.ts'
import { actsFor } from './account-checks.ts'
import { authenticate, PACKAGE_API_MESSAGES, refused, type Answer } from './api-key-auth.ts'
import { sameText } from './model.ts'
import { sameVersion } from './package-version.ts'
import type { PushContext } from './push.ts'
import { scopeAllows } from './scopes.ts'

/**
 * VerifyPackageKeyAsync: whether the key may push a version of an existing ID (the latest version
 * when none is given). The note: a key from a scoped policy gets 400.
 */
export function verifyKey(
  request: RecordedRequest,
  context: PushContext,
  id: string,
  version: string | undefined | ''
): Answer {
  const key = authenticate(request, context.keys, context.now, [
    'package:verify',
    'package:push',
    'package:pushversion'
  ])
  if ('status' in key) return key
  if (key.fromScopedPolicy) return { status: 400, message: 'Bad Request' }
  const versions = context.registry.pushed.filter((pushed) => sameText(pushed.id, id))
  const found = version
    ? versions.find((pushed) => sameVersion(pushed.version, version))
    : versions.at(-1)
  if (!found) return { status: 404, message: PACKAGE_API_MESSAGES.notFound(id, version ?? '') }
  const owner = context.registry.owners.get(id.toLowerCase())
  const allowed =
    scopeAllows(key.scopes, id, ['package:push', 'package:pushversion']) &&
    sameText(owner, key.packageOwner) &&
    actsFor(context.accounts, key.user, key.packageOwner)
  return allowed ? { status: 200, message: 'OK' } : refused()
}

/**
 * DeletePackage: unlists a version when a scope allows `package:unlist` on its ID, for an owner of
 * it; a locked package is refused. An unscoped policy's key may do this to every package of the owner.
 */
export function unlist(
  request: RecordedRequest,
  context: PushContext,
  id: string,
  version: string
): Answer {
  const key = authenticate(request, context.keys, context.now, ['package:unlist'])
  if ('status' in key) return key
  const found = context.registry.pushed.find(
    (pushed) => sameText(pushed.id, id) && sameVersion(pushed.version, version)
  )
  if (!found) return { status: 404, message: PACKAGE_API_MESSAGES.notFound(id, version) }
  const allowed =
    scopeAllows(key.scopes, id, ['package:unlist']) &&
    sameText(context.registry.owners.get(id.toLowerCase()), key.packageOwner) &&
    actsFor(context.accounts, key.user, key.packageOwner)
  if (!allowed) return refused()
  if (context.registry.locked.has(id.toLowerCase())) {
    return { status: 403, message: PACKAGE_API_MESSAGES.packageLocked(found.id) }
  }
  found.unlisted = true
  return { status: 200, message: 'OK' }
}
