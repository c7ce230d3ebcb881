// What `dotnet nuget push` touches on nuget.org: the v3 service index and the push endpoint.
// Sources: the shared note's "Pushing with the key"; src/NuGetGallery/Controllers/ApiController.cs
// (CreatePackagePut: key, owner and duplicate checks) and src/NuGetGallery/Strings.resx (messages).
import type { ServerResponse } from 'node:http'
import { unzipSync } from 'fflate'
import { XMLParser } from 'fast-xml-parser'
import { sendJson, type RecordedRequest } from '../server.ts'
import { sameText, type IssuedKey } from './model.ts'
import { sendError } from './refusal.ts'

/** nuget.org limits pushes to 100 a minute for each key. */
const PUSHES_PER_MINUTE = 100

export const KEY_REFUSED =
  'The specified API key is invalid, has expired, or does not have permission to access the specified package.'

export interface PushedPackage {
  id: string
  version: string
  /** The key it was pushed with. */
  apiKey: string
  bytes: number
}

export interface PackageRegistry {
  /** Package ID (lower case) → the account that owns it. */
  owners: Map<string, string>
  pushed: PushedPackage[]
  /** When each key pushed lately (epoch ms), for the rate limit. */
  recentPushes: Map<string, number[]>
}

export interface PushContext {
  path: string
  /** http: or https:, to name the push resource at the address the client used. */
  protocol: string
  keys: Map<string, IssuedKey>
  registry: PackageRegistry
  now(): number
}

/** Answers the service index and the push; false for any other route. */
export async function handlePushRoutes(
  request: RecordedRequest,
  response: ServerResponse,
  context: PushContext
): Promise<boolean> {
  if (request.method === 'GET' && context.path === '/v3/index.json') {
    sendJson(response, 200, serviceIndex(`${context.protocol}//${request.headers.host}`))
    return true
  }
  // The NuGet client PUTs to the resource's address with a slash added.
  if (request.method === 'PUT' && /^\/api\/v2\/package\/?$/.test(context.path)) {
    await push(request, response, context)
    return true
  }
  return false
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

async function push(request: RecordedRequest, response: ServerResponse, context: PushContext) {
  const apiKey = String(request.headers['x-nuget-apikey'] ?? '')
  const key = context.keys.get(apiKey)
  // The key works until the minute it was issued plus its lifetime, not until `expires`.
  if (!key || context.now() >= key.usableUntil) return sendError(response, 403, KEY_REFUSED)
  if (overRateLimit(context.registry, apiKey, context.now())) {
    response.setHeader('Retry-After', '60')
    return sendError(response, 429, 'Rate limit is exceeded. Try again in 60 seconds.')
  }
  const nupkg = await packagePart(request)
  const identity = nupkg && readIdentity(nupkg)
  if (!nupkg || !identity) {
    return sendError(response, 400, 'The package file is not a valid package.')
  }
  const owner = context.registry.owners.get(identity.id.toLowerCase())
  if (owner && !sameText(owner, key.packageOwner)) return sendError(response, 403, KEY_REFUSED)
  const duplicate = context.registry.pushed.some(
    (pushed) => sameText(pushed.id, identity.id) && sameText(pushed.version, identity.version)
  )
  if (duplicate) {
    return sendError(
      response,
      409,
      `A package with ID '${identity.id}' and version '${identity.version}' already exists and cannot be modified.`
    )
  }
  context.registry.owners.set(identity.id.toLowerCase(), key.packageOwner)
  context.registry.pushed.push({ ...identity, apiKey, bytes: nupkg.length })
  response.writeHead(201).end()
}

/** Counts this push against the key's last minute; true once the limit is passed. */
function overRateLimit(registry: PackageRegistry, apiKey: string, now: number): boolean {
  const recent = (registry.recentPushes.get(apiKey) ?? []).filter((at) => at > now - 60_000)
  recent.push(now)
  registry.recentPushes.set(apiKey, recent)
  return recent.length > PUSHES_PER_MINUTE
}

/** The multipart part named `package`, parsed by the platform's own form-data reader. */
async function packagePart(request: RecordedRequest): Promise<Uint8Array | undefined> {
  try {
    const form = await new Response(request.rawBody, {
      headers: { 'Content-Type': String(request.headers['content-type'] ?? '') }
    }).formData()
    const part = form.get('package')
    return part instanceof Blob ? new Uint8Array(await part.arrayBuffer()) : undefined
  } catch {
    return undefined
  }
}

/** The ID and version from the .nuspec at the root of the .nupkg (a zip archive). */
function readIdentity(nupkg: Uint8Array): { id: string; version: string } | undefined {
  try {
    const files = unzipSync(nupkg, { filter: (file) => /^[^/]+\.nuspec$/i.test(file.name) })
    const nuspec = Object.values(files)[0]
    if (!nuspec) return undefined
    const xml = new XMLParser({ removeNSPrefix: true, parseTagValue: false }).parse(
      new TextDecoder().decode(nuspec)
    )
    const metadata = xml?.package?.metadata
    const id: unknown = metadata?.id
    const version: unknown = metadata?.version
    return typeof id === 'string' && typeof version === 'string' ? { id, version } : undefined
  } catch {
    return undefined
  }
}
