// The key on nuget.org's package API, and the plain-text answers it gives. Sources:
// src/NuGetGallery.Services/Authentication/Providers/ApiKey/ApiKeyAuthenticationHandler.cs (no key:
// 401 with a challenge; a key refused: 403), src/NuGetGallery/Filters/ApiScopeRequiredAttribute.cs,
// src/NuGetGallery/Strings.resx and ServicesStrings.resx (the messages).
import type { ServerResponse } from 'node:http'
import type { RecordedRequest } from '../server.ts'
import type { IssuedKey } from './model.ts'

export const PACKAGE_API_MESSAGES = {
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

export type Answer = { status: number; message: string; headers?: Record<string, string> }

/** ApiKeyAuthenticationHandler.cs and ApiScopeRequiredAttribute.cs: the key, before any package. */
export function authenticate(
  request: RecordedRequest,
  keys: Map<string, IssuedKey>,
  now: () => number,
  actions: string[]
): IssuedKey | Answer {
  const apiKey = String(request.headers['x-nuget-apikey'] ?? '')
  if (!apiKey) {
    const realm = String(request.headers.host ?? '').replace(/:\d+$/, '')
    return {
      status: 401,
      message: PACKAGE_API_MESSAGES.keyRequired,
      headers: { 'WWW-Authenticate': `ApiKey realm="${realm}"` }
    }
  }
  const key = keys.get(apiKey)
  // The key works until the minute it was issued plus its lifetime, not until `expires`.
  if (!key || now() >= key.usableUntil) return refused()
  const allowsAny = key.scopes.some(
    (scope) => scope.action === 'all' || actions.includes(scope.action)
  )
  return allowsAny ? key : refused()
}

export const refused = (): Answer => ({ status: 403, message: PACKAGE_API_MESSAGES.keyRefused })

/** The push side answers in plain text; the message is also the reason phrase. */
export function sendText(response: ServerResponse, answer: Answer) {
  response.statusMessage = answer.message.replace(/[^\x20-\x7e]/g, '?')
  const body = answer.status < 300 ? '' : answer.message
  response.writeHead(answer.status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...answer.headers
  })
  response.end(body)
}
