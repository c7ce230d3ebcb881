import { randomBytes } from 'node:crypto'
import type { JsonWebKey } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { applyFault, FaultPlan } from './faults.ts'
import { GITHUB_ISSUER } from './github-oidc.ts'
import { decodeJwt, verifySignature, type Claims, type DecodedJwt } from './jwt.ts'
import { sendJson, startStandIn, type RecordedRequest, type StandIn, type Tls } from './server.ts'

/** A trusted publishing policy as a nuget.org user creates it on the Trusted Publishing page. */
export interface TrustPolicy {
  name: string
  /** The nuget.org user who created the policy: the username the login must send. */
  createdBy: string
  packageOwner: string
  repositoryOwner: string
  repository: string
  workflowFile: string
  environment?: string
  /** Temporary policies that were never used within their 7 days. */
  expired?: boolean
  /** Set once the policy is permanent: then the ids must match too. */
  repositoryOwnerId?: string
  repositoryId?: string
}

export type AccountState = 'deleted' | 'locked' | 'unconfirmed'

export interface NuGetTokenServiceOptions {
  audience?: string
  /** Issuers whose tokens are accepted, with the JWKS address of each. */
  trustedIssuers?: Record<string, string>
  policies: TrustPolicy[]
  accounts?: Record<string, AccountState>
  bannedEvents?: string[]
  keyLifetimeMs?: number
  faults?: FaultPlan
  tls?: Tls
  /** 0, the default, picks a free port. */
  port?: number
  /** Replaces the success answer: for tests of what the action does with odd ones. */
  successAnswer?: (
    apiKey: string,
    expires: string
  ) => { status: number; headers?: Record<string, string>; body: string }
}

export interface NuGetTokenService extends StandIn {
  tokenUrl: string
  /** Every API key issued, in order. */
  issuedKeys: string[]
  faults: FaultPlan
}

const REQUIRED_CLAIMS = [
  'repository',
  'repository_owner',
  'repository_owner_id',
  'repository_id',
  'event_name',
  'job_workflow_ref'
]

class Refusal {
  readonly status: number
  readonly message: string
  constructor(status: number, message: string) {
    this.status = status
    this.message = message
  }
}

const unauthorized = (message: string) => new Refusal(401, message)
const badRequest = (message: string) => new Refusal(400, message)

/** A stand-in for nuget.org's `POST /api/v2/token`, with its checks and its messages. */
export async function startNuGetTokenService(
  options: NuGetTokenServiceOptions
): Promise<NuGetTokenService> {
  const faults = options.faults ?? new FaultPlan()
  const issuedKeys: string[] = []
  const issued = new Map<string, number>()
  const usedTokenIds = new Set<string>()
  const keys = new JwksCache(options.trustedIssuers ?? {})
  const server = await startStandIn(
    async (request, incoming, response) => {
      const path = new URL(request.url, 'http://x').pathname
      if (request.method === 'PUT' && path === '/api/v2/package') {
        return acceptPush(request, response, issued)
      }
      const fault = faults.next()
      if (fault && (await applyFault(fault, incoming, response))) return
      if (request.method !== 'POST' || path !== '/api/v2/token') {
        response.writeHead(404).end()
        return
      }
      try {
        await checkRequest(request, options, keys, usedTokenIds)
        const apiKey = randomBytes(63).toString('base64url').replace(/[-_]/g, 'x').slice(0, 84)
        const expires = new Date(Date.now() + (options.keyLifetimeMs ?? 3_600_000))
        issuedKeys.push(apiKey)
        issued.set(apiKey, expires.getTime())
        if (fault?.kind === 'lose-answer') return void incoming.socket.destroy()
        answerSuccess(response, apiKey, dotNetRoundTrip(expires), options)
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        refuse(response, error)
      }
    },
    { tls: options.tls, port: options.port }
  )
  return { ...server, tokenUrl: `${server.url}/api/v2/token`, issuedKeys, faults }
}

/** nuget.org's push endpoint, reduced to its API key check: enough to prove a key works. */
function acceptPush(
  request: RecordedRequest,
  response: ServerResponse,
  issued: Map<string, number>
) {
  const key = request.headers['x-nuget-apikey']
  const expires = typeof key === 'string' ? issued.get(key) : undefined
  if (expires === undefined || expires <= Date.now()) {
    const message =
      'The specified API key is invalid, has expired, or does not have permission to access the specified package.'
    response.statusMessage = message
    return sendJson(response, 403, { error: message })
  }
  response.writeHead(201).end()
}

function answerSuccess(
  response: ServerResponse,
  apiKey: string,
  expires: string,
  options: NuGetTokenServiceOptions
) {
  if (options.successAnswer) {
    const answer = options.successAnswer(apiKey, expires)
    response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers })
    return response.end(answer.body)
  }
  sendJson(response, 200, { tokenType: 'ApiKey', expires, apiKey })
}

function refuse(response: ServerResponse, refusal: Refusal) {
  const headers: Record<string, string> =
    refusal.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}
  response.statusMessage = refusal.message.replace(/[^\x20-\x7e]/g, '?')
  sendJson(response, refusal.status, { error: refusal.message }, headers)
}

/** The request checks, in nuget.org's order; throws the Refusal nuget.org would answer. */
async function checkRequest(
  request: RecordedRequest,
  options: NuGetTokenServiceOptions,
  keys: JwksCache,
  usedTokenIds: Set<string>
): Promise<void> {
  const bearerToken = readBearerToken(request)
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  if (contentType !== 'application/json') {
    throw new Refusal(415, "The request must have a Content-Type of 'application/json'.")
  }
  if (!request.headers['user-agent']?.trim()) throw badRequest('A User-Agent header is required.')
  const body = parseBody(request.body)
  if (typeof body.username !== 'string' || !body.username.trim()) {
    throw badRequest('The username property in the request body is required.')
  }
  if (body.tokenType !== 'ApiKey') {
    throw badRequest(
      "The tokenType property in the request body is required and must set to 'ApiKey'."
    )
  }
  const jwt = await validateToken(bearerToken, options, keys)
  const policy = matchPolicy(body.username, jwt.claims, options)
  checkAccount(body.username, policy, options)
  const tokenId = String(jwt.claims.jti)
  if (usedTokenIds.has(tokenId)) {
    throw unauthorized(
      'This bearer token has already been used. A new bearer token must be used for each request.'
    )
  }
  usedTokenIds.add(tokenId)
}

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

function parseBody(body: string): { username?: unknown; tokenType?: unknown } {
  try {
    const parsed: unknown = JSON.parse(body)
    return typeof parsed === 'object' && parsed !== null ? parsed : {}
  } catch {
    return {}
  }
}

async function validateToken(
  token: string,
  options: NuGetTokenServiceOptions,
  keys: JwksCache
): Promise<DecodedJwt> {
  const jwt = decodeJwt(token)
  if (!jwt) throw unauthorized('The bearer token could not be parsed as a JSON web token.')
  const { claims } = jwt
  if (claims.aud === undefined) throw unauthorized('The JSON web token must have an aud claim.')
  if (Array.isArray(claims.aud) && claims.aud.length !== 1) {
    throw unauthorized('The JSON web token must have exactly one aud claim value.')
  }
  if (typeof claims.iss !== 'string' || !claims.iss)
    throw unauthorized('The JSON web token must have an iss claim.')
  if (!isHttpsUrl(claims.iss))
    throw unauthorized('The JSON web token iss claim must be a valid HTTPS URL.')
  if (claims.iss !== GITHUB_ISSUER || !(claims.iss in (options.trustedIssuers ?? {}))) {
    throw unauthorized('The JSON web token iss claim is not supported.')
  }
  if (typeof claims.jti !== 'string' || !claims.jti)
    throw unauthorized('The JSON web token must have a jti claim.')
  const jwk = await keys.find(claims.iss, jwt.header.kid)
  if (!jwk || !verifySignature(jwt, jwk))
    throw unauthorized('The JSON web token has an invalid signature.')
  const now = Date.now() / 1000
  if (typeof claims.exp !== 'number' || claims.exp <= now)
    throw unauthorized('The JSON web token has expired.')
  if (typeof claims.nbf === 'number' && claims.nbf > now + 5)
    throw unauthorized('The JSON web token is not yet valid.')
  const audience = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud
  if (audience !== (options.audience ?? 'https://www.nuget.org')) {
    throw unauthorized('The JSON web token has an incorrect audience.')
  }
  return jwt
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

const sameText = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

function matchPolicy(
  username: string,
  claims: Claims,
  options: NuGetTokenServiceOptions
): TrustPolicy {
  const noMatch = unauthorized(`No matching trust policy owned by user '${username}' was found.`)
  const candidates = options.policies.filter(
    (policy) =>
      sameText(policy.createdBy, username) &&
      sameText(policy.repositoryOwner, claims.repository_owner) &&
      sameText(`${policy.repositoryOwner}/${policy.repository}`, claims.repository)
  )
  if (candidates.length === 0) throw noMatch
  const failures: string[] = []
  for (const policy of candidates) {
    const failure = policyFailure(policy, claims, options)
    if (!failure) return policy
    if (failure !== 'no match') failures.push(failure)
  }
  if (failures.length === 0) throw noMatch
  throw unauthorized(failures.join('. '))
}

/** Why one policy refuses the claims, or undefined when it accepts them. */
function policyFailure(
  policy: TrustPolicy,
  claims: Claims,
  options: NuGetTokenServiceOptions
): string | undefined {
  const missing = REQUIRED_CLAIMS.find(
    (name) => typeof claims[name] !== 'string' || claims[name] === ''
  )
  if (missing) return `The JSON Web Token is missing the required claim '${missing}'.`
  if (policy.repositoryOwnerId && policy.repositoryOwnerId !== claims.repository_owner_id)
    return 'no match'
  if (policy.repositoryId && policy.repositoryId !== claims.repository_id) return 'no match'
  if (policy.expired) {
    return `The policy '${policy.name}' has expired. Sign in and renew the trust policy on the Trusted Publishing page.`
  }
  const event = String(claims.event_name)
  if ((options.bannedEvents ?? ['pull_request_target']).includes(event)) {
    return `The GitHub Actions event '${event}' is not allowed.`
  }
  const workflowRef = String(claims.job_workflow_ref)
  const prefix = `${policy.repositoryOwner}/${policy.repository}/.github/workflows/`
  if (!workflowRef.toLowerCase().startsWith(prefix.toLowerCase())) {
    return `Claim 'job_workflow_ref' has value '${workflowRef}' which does not start with ${prefix}.`
  }
  const workflowFile = workflowRef.slice(prefix.length).split('@')[0]
  if (!sameText(workflowFile, policy.workflowFile)) {
    return `Workflow mismatch for policy '${policy.name}': expected '${policy.workflowFile}', actual '${workflowFile}'`
  }
  const environment = typeof claims.environment === 'string' ? claims.environment : ''
  if (policy.environment && !sameText(environment, policy.environment)) {
    return `Environment mismatch for policy '${policy.name}': expected '${policy.environment}', actual '${environment}'`
  }
  return undefined
}

function checkAccount(username: string, policy: TrustPolicy, options: NuGetTokenServiceOptions) {
  const state = options.accounts?.[username]
  if (state === 'deleted') throw badRequest(`The user '${username}' is deleted.`)
  if (state === 'locked') throw badRequest(`The user '${username}' is locked.`)
  if (state === 'unconfirmed')
    throw badRequest(`The user '${username}' does not have a confirmed email address.`)
  const ownerState = options.accounts?.[policy.packageOwner]
  if (ownerState === 'deleted')
    throw badRequest('The package owner of the match trust policy not longer exists.')
}

/** "2026-11-21T10:33:00.0000000+00:00", as .NET writes a DateTimeOffset with format "O". */
function dotNetRoundTrip(date: Date): string {
  return date.toISOString().replace(/\.(\d{3})Z$/, '.$10000+00:00')
}

class JwksCache {
  private readonly cache = new Map<string, JsonWebKeySet>()
  private readonly jwksUrls: Record<string, string>
  constructor(jwksUrls: Record<string, string>) {
    this.jwksUrls = jwksUrls
  }

  async find(issuer: string, kid: unknown) {
    let set = this.cache.get(issuer)
    if (!set) {
      const url = this.jwksUrls[issuer]
      if (!url) return undefined
      set = (await (await fetch(url)).json()) as JsonWebKeySet
      this.cache.set(issuer, set)
    }
    return set.keys.find((key) => key.kid === kid)
  }
}

interface JsonWebKeySet {
  keys: (JsonWebKey & { kid?: string })[]
}
