import { randomUUID } from 'node:crypto'
import { applyFault, FaultPlan } from './faults.ts'
import { createSigningKey, signJwt, type Claims, type SigningKey } from './jwt.ts'
import { sendJson, startStandIn, type StandIn } from './server.ts'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

export interface Workflow {
  owner: string
  repository: string
  workflowFile: string
  ref: string
  eventName: string
  environment?: string
  /** Where the job's reusable workflow lives, when it is not the caller's repository. */
  jobWorkflowRepository?: string
}

/** The ids GitHub gives contoso and contoso/widgets. */
export const DEFAULT_REPOSITORY_IDS = { owner: '4210001', repository: '7730042' }

export const DEFAULT_WORKFLOW: Workflow = {
  owner: 'contoso',
  repository: 'widgets',
  workflowFile: 'release.yml',
  ref: 'refs/tags/v1.2.3',
  eventName: 'push',
  environment: 'nuget'
}

export interface GitHubOidcOptions {
  workflow?: Workflow
  issuer?: string
  /** Claims that replace (or, when undefined, remove) the generated ones. */
  claimOverrides?: Claims
  lifetimeSeconds?: number
  faults?: FaultPlan
}

export interface GitHubOidc extends StandIn {
  /** The value GitHub puts in ACTIONS_ID_TOKEN_REQUEST_URL: it already holds a query. */
  requestUrl: string
  requestToken: string
  jwksUrl: string
  signingKey: SigningKey
  issued: string[]
  faults: FaultPlan
}

/** The claims GitHub puts in a job's OIDC token, for a workflow run. */
export function workflowClaims(
  workflow: Workflow,
  audience: string,
  issuer: string,
  now: number,
  lifetimeSeconds: number
): Claims {
  const repository = `${workflow.owner}/${workflow.repository}`
  const jobRepository = workflow.jobWorkflowRepository ?? repository
  const seconds = Math.floor(now / 1000)
  const subject = workflow.environment
    ? `repo:${repository}:environment:${workflow.environment}`
    : `repo:${repository}:ref:${workflow.ref}`
  return {
    jti: randomUUID(),
    sub: subject,
    aud: audience,
    ref: workflow.ref,
    sha: 'c0ffee0000000000000000000000000000000000',
    repository,
    repository_owner: workflow.owner,
    repository_owner_id: DEFAULT_REPOSITORY_IDS.owner,
    repository_visibility: 'public',
    repository_id: DEFAULT_REPOSITORY_IDS.repository,
    user_id: '99001',
    actor_id: '99001',
    actor: 'octocat',
    workflow: 'Release',
    head_ref: '',
    base_ref: '',
    event_name: workflow.eventName,
    ref_protected: 'false',
    ref_type: workflow.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    workflow_ref: `${repository}/.github/workflows/${workflow.workflowFile}@${workflow.ref}`,
    workflow_sha: 'c0ffee0000000000000000000000000000000000',
    job_workflow_ref: `${jobRepository}/.github/workflows/${workflow.workflowFile}@${workflow.ref}`,
    job_workflow_sha: 'c0ffee0000000000000000000000000000000000',
    runner_environment: 'github-hosted',
    run_id: '9000000001',
    run_number: '42',
    run_attempt: '1',
    ...(workflow.environment ? { environment: workflow.environment } : {}),
    iss: issuer,
    nbf: seconds - 5,
    exp: seconds + lifetimeSeconds,
    iat: seconds
  }
}

/**
 * A stand-in for the runner's OIDC token endpoint: checks the request token, signs an RS256
 * token for the requested audience, and publishes its keys as a JWKS.
 */
export async function startGitHubOidc(options: GitHubOidcOptions = {}): Promise<GitHubOidc> {
  const signingKey = createSigningKey()
  const requestToken = `ghs_request_${randomUUID().replaceAll('-', '')}`
  const faults = options.faults ?? new FaultPlan()
  const issued: string[] = []
  const server = await startStandIn(async (request, incoming, response) => {
    const url = new URL(request.url, 'http://stand-in')
    if (url.pathname === '/.well-known/jwks') {
      return sendJson(response, 200, { keys: [signingKey.publicJwk] })
    }
    const fault = faults.next()
    if (fault && (await applyFault(fault, incoming, response))) return
    if (request.method !== 'GET' || url.pathname !== '/idtoken') {
      return sendJson(response, 404, { message: 'Not Found' })
    }
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      return sendJson(response, 401, { message: 'Bad credentials' })
    }
    const audience =
      url.searchParams.get('audience') ??
      `https://github.com/${(options.workflow ?? DEFAULT_WORKFLOW).owner}`
    const claims = withOverrides(
      workflowClaims(
        options.workflow ?? DEFAULT_WORKFLOW,
        audience,
        options.issuer ?? GITHUB_ISSUER,
        Date.now(),
        options.lifetimeSeconds ?? 300
      ),
      options.claimOverrides ?? {}
    )
    const token = signJwt(claims, signingKey)
    issued.push(token)
    if (fault?.kind === 'lose-answer') return void incoming.socket.destroy()
    sendJson(response, 200, { count: token.length, value: token })
  })
  return {
    ...server,
    requestUrl: `${server.url}/idtoken?api-version=2.0`,
    requestToken,
    jwksUrl: `${server.url}/.well-known/jwks`,
    signingKey,
    issued,
    faults
  }
}

/** The claims with the overrides applied; an override of undefined removes the claim. */
export function withOverrides(claims: Claims, overrides: Claims): Claims {
  const merged = Object.entries({ ...claims, ...overrides })
  return Object.fromEntries(merged.filter(([, value]) => value !== undefined))
}
