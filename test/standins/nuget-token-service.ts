// A twin of nuget.org's trusted publishing token endpoint, `POST /api/v2/token`, following
// ../shared/nuget-token-service.md rule by rule. Each rule lives in test/standins/nuget/ beside
// the NuGetGallery file it comes from; this file wires them in the server's order:
// request shape → caller lookup → token → policy → accounts → key → scopes → replay.
// Policies pass through the Trusted Publishing page's save first (nuget/policy-form.ts).
import type { JsonWebKey } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { applyFault, FaultPlan } from './faults.ts'
import { GITHUB_ISSUER } from './github-oidc.ts'
import {
  checkAccounts,
  checkScopes,
  findCaller,
  policiesCreatedBy
} from './nuget/account-checks.ts'
import { createApiKey, dotNetRoundTrip } from './nuget/api-key.ts'
import {
  buildAccounts,
  type Account,
  type AccountSpec,
  type IssuedKey,
  type TrustPolicy
} from './nuget/model.ts'
import { savePolicy } from './nuget/policy-form.ts'
import { matchPolicy } from './nuget/policy-matching.ts'
import { keyScopes } from './nuget/scopes.ts'
import { handlePushRoutes, type PackageRegistry } from './nuget/push.ts'
import { Refusal, sendError, unauthorized } from './nuget/refusal.ts'
import { checkRequestShape } from './nuget/request-shape.ts'
import { validateToken } from './nuget/token-validation.ts'
import { sendJson, startStandIn, type RecordedRequest, type StandIn, type Tls } from './server.ts'

export type { AccountSpec, TrustPolicy }

export interface NuGetTokenServiceOptions {
  /** The audience nuget.org is configured with. */
  audience?: string
  /** Issuers whose tokens are accepted, with the JWKS address of each. */
  trustedIssuers?: Record<string, string>
  policies: TrustPolicy[]
  /** Account states and kinds beyond the defaults the policies imply. */
  accounts?: Record<string, AccountSpec>
  /** FederatedCredentialConfiguration.cs BannedGitHubActionsEvents; nuget.org bans pull_request_target. */
  bannedEvents?: string[]
  /** ShortLivedApiKeyDuration: at most an hour, a multiple of 5 minutes. */
  keyLifetimeMs?: number
  /** An optional plug-in validator that refuses every otherwise valid token. */
  pluginRefuses?: boolean
  /** Package IDs already registered on the twin, with the account that owns each. */
  packages?: Record<string, string>
  /** Package IDs an administrator locked. */
  lockedPackages?: string[]
  /** Reserved namespaces (`Fabrikam.*` a prefix, else one ID) → the accounts that own each. */
  reservedPrefixes?: Record<string, string[]>
  faults?: FaultPlan
  tls?: Tls
  /** 0, the default, picks a free port. */
  port?: number
  /** The clock the twin judges lifetimes by (epoch ms). */
  now?: () => number
  /** Replaces the success answer: for tests of what the action does with odd ones. */
  successAnswer?: (
    apiKey: string,
    expires: string
  ) => { status: number; headers?: Record<string, string>; body: string }
}

export interface NuGetTokenService extends StandIn {
  tokenUrl: string
  /** The v3 service index a push starts from. */
  serviceIndexUrl: string
  /** Every API key issued, in order (the keys of `keys`). */
  readonly issuedKeys: string[]
  /** What each issued key may do, by key. */
  keys: Map<string, IssuedKey>
  /** Packages pushed, and who owns each ID. */
  registry: PackageRegistry
  /** Every account, by lower-case name: a test may change one as nuget.org's staff would. */
  accounts: Map<string, Account>
  /** The policies as they are now: a temporary policy's first use records the ids. */
  policies: TrustPolicy[]
  /** Edits a policy on the Trusted Publishing page and saves it (the form's normalisation). */
  savePolicy(name: string, changes: Partial<TrustPolicy>): TrustPolicy
  faults: FaultPlan
}

export const NUGET_AUDIENCE = 'https://www.nuget.org'
const HOUR_MS = 3_600_000

export async function startNuGetTokenService(
  options: NuGetTokenServiceOptions
): Promise<NuGetTokenService> {
  const faults = options.faults ?? new FaultPlan()
  const now = options.now ?? Date.now
  const policies = options.policies.map((policy) => saveExisting(policy, now()))
  const accounts = buildAccounts(policies, options.accounts)
  const keys = new Map<string, IssuedKey>()
  const usedTokenIds = new Set<string>()
  const registry: PackageRegistry = {
    owners: new Map(
      Object.entries(options.packages ?? {}).map(([id, owner]) => [id.toLowerCase(), owner])
    ),
    pushed: [],
    locked: new Set((options.lockedPackages ?? []).map((id) => id.toLowerCase())),
    reserved: new Map(Object.entries(options.reservedPrefixes ?? {})),
    recentPushes: new Map()
  }
  const jwks = new JwksCache(options.trustedIssuers ?? {})
  const protocol = options.tls ? 'https:' : 'http:'

  const exchange = async (request: RecordedRequest): Promise<{ key: string; expires: number }> => {
    const { bearerToken, username } = checkRequestShape(request)
    const caller = findCaller(accounts, username)
    const jwt = await validateToken(bearerToken, {
      audience: options.audience ?? NUGET_AUDIENCE,
      findKey: (kid) => jwks.find(GITHUB_ISSUER, kid),
      pluginRefuses: options.pluginRefuses,
      now
    })
    const policy = matchPolicy(username, policiesCreatedBy(policies, caller), jwt.claims, {
      bannedEvents: options.bannedEvents ?? ['pull_request_target'],
      now: now()
    })
    const owner = checkAccounts(accounts, caller, policy)
    const apiKey = createApiKey(now(), options.keyLifetimeMs ?? HOUR_MS, 1000 + keys.size)
    const scopes = keyScopes(policy.scopes, owner.username)
    checkScopes(accounts, caller, owner, scopes)
    // FederatedCredentialService.cs SaveAndRejectReplayAsync: only a saved exchange uses up the jti.
    const tokenId = String(jwt.claims.jti)
    if (usedTokenIds.has(tokenId)) {
      throw unauthorized(
        'This bearer token has already been used. A new bearer token must be used for each request.'
      )
    }
    usedTokenIds.add(tokenId)
    keys.set(apiKey.value, {
      user: caller.username,
      policy: policy.name,
      packageOwner: owner.username,
      expires: apiKey.expires,
      usableUntil: apiKey.usableUntil,
      scopes,
      fromScopedPolicy: !!policy.scopes
    })
    return { key: apiKey.value, expires: apiKey.expires }
  }

  const server = await startStandIn(
    async (request, incoming, response) => {
      const path = new URL(request.url, 'http://x').pathname
      const pushContext = { path, protocol, keys, accounts, registry, now }
      if (await handlePushRoutes(request, response, pushContext)) return
      const fault = faults.next()
      if (fault && (await applyFault(fault, incoming, response))) return
      if (request.method !== 'POST' || path !== '/api/v2/token') {
        response
          .writeHead(404, { 'Content-Type': 'text/html' })
          .end('<html><body>Not Found</body></html>')
        return
      }
      try {
        const { key, expires } = await exchange(request)
        if (fault?.kind === 'lose-answer') return void incoming.socket.destroy()
        answerSuccess(response, key, dotNetRoundTrip(expires), options)
      } catch (error) {
        if (!(error instanceof Refusal)) throw error
        refuse(response, error)
      }
    },
    { tls: options.tls, port: options.port }
  )
  return {
    ...server,
    tokenUrl: `${server.url}/api/v2/token`,
    serviceIndexUrl: `${server.url}/v3/index.json`,
    get issuedKeys() {
      return [...keys.keys()]
    },
    keys,
    registry,
    accounts,
    policies,
    savePolicy: (name, changes) => {
      const index = policies.findIndex((policy) => policy.name === name)
      const edited = { ...policies[index], ...changes } as TrustPolicy
      // An edit deletes the policy's keys (FederatedCredentialService.cs UpdatePolicyAsync).
      for (const [value, key] of keys) if (key.policy === name) keys.delete(value)
      policies[index] = savePolicy({ ...edited, savedAsTyped: false }, now())
      return policies[index] as TrustPolicy
    },
    faults
  }
}

/**
 * A policy that exists when the twin starts, as its last save left it: saved at `created`, with a
 * test's own `validUntil` kept.
 */
function saveExisting(policy: TrustPolicy, now: number): TrustPolicy {
  const saved = savePolicy(policy, policy.created ?? now)
  return saved.validUntil !== undefined && policy.validUntil !== undefined
    ? { ...saved, validUntil: policy.validUntil }
    : saved
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

/** TokenApiController.cs ErrorJson: the message as the body's `error` and as the reason phrase. */
function refuse(response: ServerResponse, refusal: Refusal) {
  const headers: Record<string, string> =
    refusal.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}
  sendError(response, refusal.status, refusal.message, headers)
}

class JwksCache {
  private readonly cache = new Map<string, JsonWebKeySet>()
  private readonly jwksUrls: Record<string, string>
  constructor(jwksUrls: Record<string, string>) {
    this.jwksUrls = jwksUrls
  }

  async find(issuer: string, kid: unknown): Promise<JsonWebKey | undefined> {
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
