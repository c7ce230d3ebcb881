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
import { packagePart, readIdentity } from './package-file.ts'
import { normalisedVersion, sameVersion } from './package-version.ts'
import { scopeAllows } from './scopes.ts'

/** The gateway's budget: pushes a minute for each package owner (the owner id inside the key). */
const PUSHES_PER_MINUTE = 100

export const PUSH_MESSAGES = {
  keyRequired: "An API key must be provided in the 'X-NuGet-ApiKey' header to use this service",
  keyRefused:
    'The specified API key is invalid, has expired, or does not have permission to access the specified package.',
  ownerLocked:
    'The specified API key is scoped to an owner that is locked. Please contact support@nuget.org.',
  packageLocked: (id: string) =>
    `Package '${id}' has been locked. This means you cannot publish a new version or change the listing status of a published package version. Please contact support@nuget.org.`,
  duplicate: (id: string, version: string) =>
    `A package with ID '${id}' and version '${version}' already exists and cannot be modified.`,
  reservedPrefix:
    'This package ID has been reserved. Please request access to upload to this reserved namespace from the owner of the reserved prefix, or re-upload the package with a different ID. Go to https://docs.microsoft.com/nuget/reference/id-prefix-reservation learn more about Package ID prefix reservation.',
  ownerlessPrefix:
    'The package ID is reserved. You can upload your package with a different package ID. Reach out to support@nuget.org if you have questions.',
  notFound: (id: string, version: string) =>
    `A package with ID '${id}' and version '${version}' does not exist.`
}

export interface PushedPackage {
  id: string
  version: string
  /** The key it was pushed with. */
  apiKey: string
  bytes: number
  /** Validation failed after the push: the same version may be pushed again. */
  failedValidation?: boolean
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

type Answer = { status: number; message: string; headers?: Record<string, string> }

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
  const verify = /^\/api\/v2\/verifykey\/([^/]+)(?:\/([^/]+))?\/?$/.exec(context.path)
  // The NuGet client PUTs to the resource's address with a slash added.
  const isPush = request.method === 'PUT' && /^\/api\/v2\/package\/?$/.test(context.path)
  if (!isPush && !(request.method === 'GET' && verify)) return false
  const answer = isPush
    ? await push(request, context)
    : verifyKey(request, context, decodeURIComponent(verify?.[1] ?? ''), verify?.[2])
  sendText(response, answer)
  return true
}

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

/** ApiKeyAuthenticationHandler.cs and ApiScopeRequiredAttribute.cs: the key, before any package. */
function authenticate(
  request: RecordedRequest,
  context: PushContext,
  actions: string[]
): IssuedKey | Answer {
  const apiKey = String(request.headers['x-nuget-apikey'] ?? '')
  if (!apiKey) {
    const realm = String(request.headers.host ?? '').replace(/:\d+$/, '')
    return {
      status: 401,
      message: PUSH_MESSAGES.keyRequired,
      headers: { 'WWW-Authenticate': `ApiKey realm="${realm}"` }
    }
  }
  const key = context.keys.get(apiKey)
  // The key works until the minute it was issued plus its lifetime, not until `expires`.
  if (!key || context.now() >= key.usableUntil) return refused()
  const allowsAny = key.scopes.some(
    (scope) => scope.action === 'all' || actions.includes(scope.action)
  )
  return allowsAny ? key : refused()
}

async function push(request: RecordedRequest, context: PushContext): Promise<Answer> {
  const key = authenticate(request, context, ['package:push', 'package:pushversion'])
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
      message: owned ? PUSH_MESSAGES.reservedPrefix : PUSH_MESSAGES.ownerlessPrefix
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
    return { status: 403, message: PUSH_MESSAGES.packageLocked(identity.id) }
  }
  const existing = registry.pushed.find(
    (pushed) => sameText(pushed.id, identity.id) && sameVersion(pushed.version, identity.version)
  )
  if (existing && !existing.failedValidation) {
    return {
      status: 409,
      message: PUSH_MESSAGES.duplicate(identity.id, normalisedVersion(identity.version))
    }
  }
  return undefined
}

/** GetHttpResultFromFailedApiScopeEvaluationHelper: a locked owner is named, an unconfirmed one not. */
function ownerState(key: IssuedKey, context: PushContext): Answer | undefined {
  const owner = context.accounts.get(key.packageOwner.toLowerCase())
  if (owner?.state === 'locked') return { status: 403, message: PUSH_MESSAGES.ownerLocked }
  if (owner?.state === 'unconfirmed' || owner?.state === 'deleted') return refused()
  return undefined
}

/**
 * VerifyPackageKeyAsync: whether the key may push a version of an existing ID (the latest version
 * when none is given). The note: a key from a scoped policy gets 400.
 */
function verifyKey(
  request: RecordedRequest,
  context: PushContext,
  id: string,
  version: string | undefined
): Answer {
  const key = authenticate(request, context, [
    'package:verify',
    'package:push',
    'package:pushversion'
  ])
  if ('status' in key) return key
  if (key.fromScopedPolicy) return { status: 400, message: 'Bad Request' }
  const versions = context.registry.pushed.filter((pushed) => sameText(pushed.id, id))
  const found = version
    ? versions.find((pushed) => sameVersion(pushed.version, decodeURIComponent(version)))
    : versions.at(-1)
  if (!found) return { status: 404, message: PUSH_MESSAGES.notFound(id, version ?? '') }
  const owner = context.registry.owners.get(id.toLowerCase())
  const allowed =
    scopeAllows(key.scopes, id, ['package:push', 'package:pushversion']) &&
    sameText(owner, key.packageOwner) &&
    actsFor(context.accounts, key.user, key.packageOwner)
  return allowed ? { status: 200, message: 'OK' } : refused()
}

const refused = (): Answer => ({ status: 403, message: PUSH_MESSAGES.keyRefused })

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

/** The push side answers in plain text; the message is also the reason phrase. */
function sendText(response: ServerResponse, answer: Answer) {
  response.statusMessage = answer.message.replace(/[^\x20-\x7e]/g, '?')
  const body = answer.status === 201 || answer.status === 200 ? '' : answer.message
  response.writeHead(answer.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...answer.headers
  })
  response.end(body)
}
