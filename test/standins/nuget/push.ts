// What `dotnet nuget push` touches on nuget.org: the v3 service index, the push endpoint and the
// key check. Sources: src/NuGetGallery/Controllers/ApiController.cs (CreatePackageInternal,
// GetHttpResultFromFailedApiScopeEvaluationHelper, VerifyPackageKeyAsync),
// src/NuGetGallery.Services/Authentication/Providers/ApiKey/ApiKeyAuthenticationHandler.cs (no key:
// 401 with a challenge; a key refused: 403), src/NuGetGallery/Filters/ApiScopeRequiredAttribute.cs,
// src/NuGetGallery.Services/Authentication/ApiScopeEvaluator.cs, Permissions/
// ActionRequiringReservedNamespacePermissions.cs (reserved prefixes), Strings.resx (the messages).
import type { ServerResponse } from 'node:http'
import { sendJson, type RecordedRequest } from '../server.ts'
import { actsFor } from './account-checks.ts'
import { sameText, type Account, type IssuedKey } from './model.ts'
import {
  authenticate,
  PACKAGE_API_MESSAGES,
  refused,
  sendText,
  type Answer
} from './api-key-auth.ts'
import { packagePart, readIdentity } from './package-file.ts'
import { unlist, verifyKey } from './key-uses.ts'
import { normalisedVersion, sameVersion } from './package-version.ts'
import { scopeAllows } from './scopes.ts'

/** The gateway's budget: pushes a minute for each package owner (the owner id inside the key). */
const PUSHES_PER_MINUTE = 100

export interface PushedPackage {
  id: string
  version: string
  /** The key it was pushed with. */
  apiKey: string
  bytes: number
  /** Validation failed after the push: the same version may be pushed again. */
  failedValidation?: boolean
  /** Unlisted with DELETE /api/v2/package/{id}/{version}. */
  unlisted?: boolean
}

export interface PackageRegistry {
  /** Package ID (lower case) → the account that owns it. */
  owners: Map<string, string>
  pushed: PushedPackage[]
  /** Package IDs (lower case) an administrator locked. */
  locked: Set<string>
  /**
   * Reserved namespaces → the accounts that own each: `Fabrikam.*` is a prefix, anything else one
   * ID. A reservation without owners refuses everyone.
   */
  reserved: Map<string, string[]>
  /** When each package owner pushed lately (epoch ms), for the gateway's limit. */
  recentPushes: Map<string, number[]>
}

export interface PushContext {
  path: string
  /** http: or https:, to name the push resource at the address the client used. */
  protocol: string
  keys: Map<string, IssuedKey>
  accounts: Map<string, Account>
  registry: PackageRegistry
  now(): number
}

/** Answers the service index, the push and the key check; false for any other route. */
export async function handlePushRoutes(
  request: RecordedRequest,
  response: ServerResponse,
  context: PushContext
): Promise<boolean> {
  if (request.method === 'GET' && context.path === '/v3/index.json') {
    sendJson(response, 200, serviceIndex(`${context.protocol}//${request.headers.host}`))
    return true
  }
  const answer = await answerPackageApi(request, context)
  if (!answer) return false
  sendText(response, answer)
  return true
}

/** The push, the key check and the unlist; undefined for any other route. */
async function answerPackageApi(
  request: RecordedRequest,
  context: PushContext
): Promise<Answer | undefined> {
  // The NuGet client PUTs to the resource's address with a slash added.
  if (request.method === 'PUT' && /^\/api\/v2\/package\/?$/.test(context.path)) {
    return push(request, context)
  }
  const verify = /^\/api\/v2\/verifykey\/([^/]+)(?:\/([^/]+))?\/?$/.exec(context.path)
  if (request.method === 'GET' && verify) {
    return verifyKey(request, context, decode(verify[1]), verify[2] && decode(verify[2]))
  }
  const unlisting = /^\/api\/v2\/package\/([^/]+)\/([^/]+)\/?$/.exec(context.path)
  if (request.method === 'DELETE' && unlisting) {
    return unlist(request, context, decode(unlisting[1]), decode(unlisting[2]))
  }
  return undefined
}

const decode = (part: string | undefined) => decodeURIComponent(part ?? '')

/** The v3 service index, reduced to the resource a push reads. */
function serviceIndex(baseUrl: string) {
  return {
    version: '3.0.0',
    resources: [
      {
        '@id': `${baseUrl}/api/v2/package`,
        '@type': 'PackagePublish/2.0.0',
        comment: 'Push and delete (or unlist) packages.'
      }
    ]
  }
}

async function push(request: RecordedRequest, context: PushContext): Promise<Answer> {
  const key = authenticate(request, context.keys, context.now, [
    'package:push',
    'package:pushversion'
  ])
  if ('status' in key) return key
  if (overRateLimit(context.registry, key.packageOwner, context.now())) {
    return {
      status: 429,
      message: 'Rate limit is exceeded. Try again in 60 seconds.',
      headers: { 'Retry-After': '60' }
    }
  }
  const nupkg = await packagePart(request)
  const identity = nupkg && readIdentity(nupkg)
  if (!nupkg || !identity)
    return { status: 400, message: 'The package file is not a valid package.' }
  const refusal = context.registry.owners.has(identity.id.toLowerCase())
    ? checkNewVersion(key, identity, context)
    : checkNewId(key, identity.id, context)
  if (refusal) return refusal
  const { registry } = context
  registry.pushed = registry.pushed.filter(
    (old) => !(sameText(old.id, identity.id) && sameVersion(old.version, identity.version))
  )
  registry.owners.set(identity.id.toLowerCase(), key.packageOwner)
  registry.pushed.push({
    ...identity,
    apiKey: String(request.headers['x-nuget-apikey']),
    bytes: nupkg.length
  })
  return { status: 201, message: 'Created' }
}

/** A new ID: a scope that may push new packages, the creator's membership, reserved prefixes. */
function checkNewId(key: IssuedKey, id: string, context: PushContext): Answer | undefined {
  if (!scopeAllows(key.scopes, id, ['package:push'])) return refused()
  if (!actsFor(context.accounts, key.user, key.packageOwner)) return refused()
  const reservations = [...context.registry.reserved].filter(([name]) => reserves(name, id))
  if (
    reservations.length > 0 &&
    !reservations.some(([, owners]) => owners.some((owner) => sameText(owner, key.packageOwner)))
  ) {
    const owned = reservations.some(([, owners]) => owners.length > 0)
    return {
      status: 409,
      message: owned ? PACKAGE_API_MESSAGES.reservedPrefix : PACKAGE_API_MESSAGES.ownerlessPrefix
    }
  }
  return ownerState(key, context)
}

/** A version of an existing ID: scope, ownership, owner and package locks, then duplicates. */
function checkNewVersion(
  key: IssuedKey,
  identity: { id: string; version: string },
  context: PushContext
): Answer | undefined {
  const { registry } = context
  const owner = registry.owners.get(identity.id.toLowerCase())
  if (!scopeAllows(key.scopes, identity.id, ['package:pushversion', 'package:push']))
    return refused()
  if (
    !sameText(owner, key.packageOwner) ||
    !actsFor(context.accounts, key.user, key.packageOwner)
  ) {
    return refused()
  }
  const state = ownerState(key, context)
  if (state) return state
  if (registry.locked.has(identity.id.toLowerCase())) {
    return { status: 403, message: PACKAGE_API_MESSAGES.packageLocked(identity.id) }
  }
  const existing = registry.pushed.find(
    (pushed) => sameText(pushed.id, identity.id) && sameVersion(pushed.version, identity.version)
  )
  if (existing && !existing.failedValidation) {
    return {
      status: 409,
      message: PACKAGE_API_MESSAGES.duplicate(identity.id, normalisedVersion(identity.version))
    }
  }
  return undefined
}

/** GetHttpResultFromFailedApiScopeEvaluationHelper: a locked owner is named, an unconfirmed one not. */
export function ownerState(key: IssuedKey, context: PushContext): Answer | undefined {
  const owner = context.accounts.get(key.packageOwner.toLowerCase())
  if (owner?.state === 'locked') return { status: 403, message: PACKAGE_API_MESSAGES.ownerLocked }
  if (owner?.state === 'unconfirmed' || owner?.state === 'deleted') return refused()
  return undefined
}

function reserves(name: string, id: string): boolean {
  return name.endsWith('*')
    ? id.toLowerCase().startsWith(name.slice(0, -1).toLowerCase())
    : sameText(name, id)
}

/** Counts this push against the package owner's last minute; true once the limit is passed. */
function overRateLimit(registry: PackageRegistry, owner: string, now: number): boolean {
  const bucket = owner.toLowerCase()
  const recent = (registry.recentPushes.get(bucket) ?? []).filter((at) => at > now - 60_000)
  recent.push(now)
  registry.recentPushes.set(bucket, recent)
  return recent.length > PUSHES_PER_MINUTE
}
