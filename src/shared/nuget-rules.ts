// nuget.org's rules for what a login sends, shared by the login and the workflow check.

import { withoutUserinfo } from './userinfo.ts'

export const NUGET_AUDIENCE = 'https://www.nuget.org'
export const NUGET_TOKEN_ENDPOINT = 'https://www.nuget.org/api/v2/token'

/** nuget.org's username rule (GalleryConstants.UsernameValidationRegex, at most 64 characters). */
const NUGET_USERNAME = /^[A-Za-z0-9][A-Za-z0-9_.-]+[A-Za-z0-9]$/
const MAX_USERNAME_LENGTH = 64

/** Why `user` cannot be the nuget.org username of a policy's creator; undefined when it can. */
export function usernameProblem(user: string): string | undefined {
  if (user === '') return 'is required but was empty'
  if (user.includes('@')) return `looks like an e-mail address ('${user}')`
  if (user.length > MAX_USERNAME_LENGTH || !NUGET_USERNAME.test(user)) {
    return (
      `cannot be a nuget.org username: '${user}'. nuget.org usernames are 3 to ${MAX_USERNAME_LENGTH} ` +
      "characters: letters, digits, '_', '.' and '-', starting and ending with a letter or digit"
    )
  }
  return undefined
}

/**
 * Why nuget.org would refuse a token for this audience; undefined when it accepts it. nuget.org
 * compares it with its origin case-sensitively, ignoring one trailing slash.
 */
export function audienceProblem(value: string): string | undefined {
  let origin: string
  try {
    origin = new URL(value).origin
  } catch {
    return `is not an https origin: '${withoutUserinfo(value)}'`
  }
  if ((value !== origin && value !== `${origin}/`) || !value.startsWith('https://')) {
    return `must be an https origin such as ${NUGET_AUDIENCE}, but is '${withoutUserinfo(value)}'`
  }
  return undefined
}

/** Loopback as an address or the name `localhost`: where plain http may go too. */
export function isLoopbackHost(hostname: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(hostname)
}

/**
 * Where a token stays on the runner's own machine, whatever its audience, so tests can use the
 * stand-ins: loopback, and names under .localhost, which RFC 6761 reserves for loopback. Not
 * single-label names or .internal ones: DNS search domains or a company network can take those
 * to another machine.
 */
export function isLoopbackName(hostname: string): boolean {
  return isLoopbackHost(hostname) || hostname.endsWith('.localhost')
}

/**
 * Why the login refuses to send a token for `audience` to `tokenServiceUrl` (another host than the
 * audience's, which could replay it there); undefined when it may, or when either does not parse.
 */
export function tokenDestinationProblem(
  tokenServiceUrl: string,
  audience: string = NUGET_AUDIENCE
): string | undefined {
  let service: URL
  let audienceHost: string
  try {
    service = new URL(tokenServiceUrl)
    audienceHost = new URL(audience).host
  } catch {
    return undefined
  }
  if (service.host === audienceHost || isLoopbackName(service.hostname)) return undefined
  return `names the host ${service.host}, but the OIDC token is for ${audience} (host ${audienceHost})`
}
