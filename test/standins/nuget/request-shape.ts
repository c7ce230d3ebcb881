// The checks of the request itself, before any account or token is looked at.
// Source: src/NuGetGallery/Controllers/TokenApiController.cs (CreateToken, TryGetBearerToken).
import type { RecordedRequest } from '../server.ts'
import { badRequest, Refusal, unauthorized } from './refusal.ts'

export interface TokenRequest {
  bearerToken: string
  username: string
}

/** Returns the bearer token and username, or throws the Refusal nuget.org answers. */
export function checkRequestShape(request: RecordedRequest): TokenRequest {
  const bearerToken = readBearerToken(request)
  // TokenApiController.cs: a request the site already authenticated; here, any cookie stands for
  // the site's sign-in cookie.
  if (request.headers.cookie) {
    throw unauthorized('Only Bearer token authentication is accepted.')
  }
  // TokenApiController.cs: the media type alone is compared, case-insensitively.
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/json') {
    throw new Refusal(415, "The request must have a Content-Type of 'application/json'.")
  }
  if (!request.headers['user-agent']?.trim()) throw badRequest('A User-Agent header is required.')
  const body = readBody(request.body)
  if (typeof body.username !== 'string' || !body.username.trim()) {
    throw badRequest('The username property in the request body is required.')
  }
  // TokenApiController.cs: the value is compared exactly; only the property name is lenient.
  if (body.tokentype !== 'ApiKey') {
    throw badRequest(
      "The tokenType property in the request body is required and must set to 'ApiKey'."
    )
  }
  return { bearerToken, username: body.username }
}

/** TokenApiController.cs TryGetBearerToken: one header, a case-insensitive prefix, trimmed. */
function readBearerToken(request: RecordedRequest): string {
  const values: string[] = []
  for (let i = 0; i < request.rawHeaders.length; i += 2) {
    if (request.rawHeaders[i]?.toLowerCase() === 'authorization')
      values.push(request.rawHeaders[i + 1] ?? '')
  }
  if (values.length === 0) throw unauthorized('The Authorization header is missing.')
  if (values.length > 1) throw unauthorized('Only one Authorization header is allowed.')
  const value = values[0] ?? ''
  if (!value.toLowerCase().startsWith('bearer ')) {
    throw unauthorized("The Authorization header value must start with 'Bearer '.")
  }
  const token = value.slice('Bearer '.length).trim()
  if (!token) throw unauthorized('The bearer token is missing from the Authorization header.')
  return token
}

/** ASP.NET model binding: property names match case-insensitively; anything else is ignored. */
function readBody(text: string): { username?: unknown; tokentype?: unknown } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return {}
  }
  if (typeof parsed !== 'object' || parsed === null) return {}
  return Object.fromEntries(
    Object.entries(parsed).map(([name, value]) => [name.toLowerCase(), value])
  )
}
