// The checks of the GitHub OIDC token, in nuget.org's order.
// Sources, in src/NuGetGallery.Services/Authentication/Federated/: FederatedCredentialPolicyEvaluator.cs
// (ValidateJwtByIssuerAsync, ExecuteAdditionalValidatorsAsync), TokenPolicyValidator.cs (the
// pre-checks and the mapping of validation failures to messages), GitHubTokenPolicyValidator.cs
// (ValidateTokenAsync: issuer, audience, lifetime, signature).
import type { JsonWebKey } from 'node:crypto'
import { GITHUB_ISSUER } from '../github-oidc.ts'
import { decodeJwt, verifySignature, type DecodedJwt } from '../jwt.ts'
import { unauthorized } from './refusal.ts'

const GITHUB_ISSUER_HOST = 'token.actions.githubusercontent.com'
/** Microsoft.IdentityModel's default clock skew, which nuget.org keeps. */
const CLOCK_SKEW_SECONDS = 300

export interface TokenValidationSettings {
  /** The audience nuget.org is configured with (FederatedCredentialConfiguration.cs). */
  audience: string
  /** The GitHub issuer's signing keys. */
  findKey(kid: unknown): Promise<JsonWebKey | undefined>
  /** An optional plug-in validator (IFederatedCredentialValidator) that refuses the request. */
  pluginRefuses?: boolean
  now(): number
}

export async function validateToken(
  token: string,
  settings: TokenValidationSettings
): Promise<DecodedJwt> {
  const jwt = decodeJwt(token)
  if (!jwt) throw unauthorized('The bearer token could not be parsed as a JSON web token.')
  checkClaimsBeforeSignature(jwt)
  const jwk = await settings.findKey(jwt.header.kid)
  if (!jwk || !verifySignature(jwt, jwk)) {
    throw unauthorized('The JSON web token has an invalid signature.')
  }
  checkLifetime(jwt, settings.now() / 1000)
  if (!sameAudience(jwt.claims.aud as string, settings.audience)) {
    throw unauthorized('The JSON web token has an incorrect audience.')
  }
  // GitHubTokenPolicyValidator.cs: the issuer must be exactly GitHub's, so a per-enterprise
  // issuer on the same host passes the host check and fails here.
  if (jwt.claims.iss !== GITHUB_ISSUER) {
    throw unauthorized('The JSON web token could not be validated.')
  }
  // FederatedCredentialPolicyEvaluator.cs: plug-in validators speak only for a valid token.
  if (settings.pluginRefuses) throw unauthorized('The request could not be authenticated.')
  return jwt
}

/** TokenPolicyValidator.cs: the checks made on the unverified claims. */
function checkClaimsBeforeSignature({ claims }: DecodedJwt) {
  const audiences = Array.isArray(claims.aud)
    ? claims.aud
    : claims.aud === undefined
      ? []
      : [claims.aud]
  if (audiences.length !== 1) {
    throw unauthorized('The JSON web token must have exactly one aud claim value.')
  }
  if (typeof audiences[0] !== 'string' || !audiences[0].trim()) {
    throw unauthorized('The JSON web token must have an aud claim.')
  }
  claims.aud = audiences[0]
  if (typeof claims.iss !== 'string' || !claims.iss.trim()) {
    throw unauthorized('The JSON web token must have an iss claim.')
  }
  const issuer = httpsUrl(claims.iss)
  if (!issuer) throw unauthorized('The JSON web token iss claim must be a valid HTTPS URL.')
  // TokenPolicyValidator.cs: the validator is chosen by the issuer's host alone.
  if (issuer.hostname.toLowerCase() !== GITHUB_ISSUER_HOST) {
    throw unauthorized('The JSON web token iss claim is not supported.')
  }
  if (typeof claims.jti !== 'string' || !claims.jti.trim()) {
    throw unauthorized('The JSON web token must have a jti claim.')
  }
}

/** GitHubTokenPolicyValidator.cs: RequireExpirationTime and ValidateLifetime, 5 minutes' skew. */
function checkLifetime({ claims }: DecodedJwt, nowSeconds: number) {
  if (typeof claims.exp !== 'number') {
    throw unauthorized('The JSON web token could not be validated.')
  }
  if (claims.exp + CLOCK_SKEW_SECONDS < nowSeconds) {
    throw unauthorized('The JSON web token has expired.')
  }
  if (typeof claims.nbf === 'number' && claims.nbf - CLOCK_SKEW_SECONDS > nowSeconds) {
    throw unauthorized('The JSON web token is not yet valid.')
  }
}

/** Case-sensitive, but one trailing slash on either side does not count. */
function sameAudience(actual: string, expected: string): boolean {
  const trim = (value: string) => (value.endsWith('/') ? value.slice(0, -1) : value)
  return trim(actual) === trim(expected)
}

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' ? url : undefined
  } catch {
    return undefined
  }
}
