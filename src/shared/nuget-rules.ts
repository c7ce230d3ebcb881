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
