// Talks to the nuget.org twin directly, the way any client could: raw headers, any token.
import { request as httpRequest } from 'node:http'
import { createSigningKey, signJwt, type Claims } from '../standins/jwt.ts'
import {
  DEFAULT_POLICY,
  DEFAULT_WORKFLOW,
  GITHUB_ISSUER,
  type GitHubOidc,
  type NuGetTokenService
} from '../standins/index.ts'
import { startGitHubOidc, withOverrides, workflowClaims } from '../standins/github-oidc.ts'
import {
  startNuGetTokenService,
  type NuGetTokenServiceOptions
} from '../standins/nuget-token-service.ts'

export interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The body's `error`, when it is the JSON nuget.org sends with a refusal. */
  error: string | undefined
}

export interface Twin {
  nuget: NuGetTokenService
  github: GitHubOidc
  /** A token signed with GitHub's key: the default release job's claims, with overrides. */
  token(overrides?: Claims): string
  /** A token signed with a key GitHub never published. */
  foreignToken(overrides?: Claims): string
  /** POSTs to the token endpoint with exactly these headers (a flat name, value list) and body. */
  post(headers: string[], body?: string): Promise<Answer>
  /** The usual request: a bearer token, JSON, a User-Agent, and the body for `username`. */
  exchange(token: string, username?: string): Promise<Answer>
  close(): Promise<void>
}

const nowSeconds = () => Math.floor(Date.now() / 1000)

export async function startTwin(options: Partial<NuGetTokenServiceOptions> = {}): Promise<Twin> {
  const github = await startGitHubOidc()
  const nuget = await startNuGetTokenService({
    policies: [DEFAULT_POLICY],
    trustedIssuers: { [GITHUB_ISSUER]: github.jwksUrl },
    ...options
  })
  const claims = (overrides: Claims) =>
    withOverrides(
      workflowClaims(DEFAULT_WORKFLOW, 'https://www.nuget.org', GITHUB_ISSUER, Date.now(), 300),
      overrides
    )
  const foreignKey = createSigningKey()
  const post = (headers: string[], body = '') => send(nuget.tokenUrl, headers, body)
  return {
    nuget,
    github,
    token: (overrides = {}) => signJwt(claims(overrides), github.signingKey),
    foreignToken: (overrides = {}) => signJwt(claims(overrides), foreignKey),
    post,
    exchange: (token, username = 'alice') =>
      post(
        [
          'Authorization',
          `Bearer ${token}`,
          'Content-Type',
          'application/json',
          'User-Agent',
          'conformance'
        ],
        JSON.stringify({ username, tokenType: 'ApiKey' })
      ),
    close: async () => {
      await Promise.all([github.close(), nuget.close()])
    }
  }
}

/** Claims relative to now, in seconds: for lifetime rules. */
export const secondsFromNow = (seconds: number) => nowSeconds() + seconds

/** One request with exactly the headers given, plus Host and Content-Length (Node adds none itself). */
export function send(
  url: string,
  headers: string[],
  body: string,
  method = 'POST'
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, {
      method,
      headers: [
        'Host',
        new URL(url).host,
        ...headers,
        'Content-Length',
        String(Buffer.byteLength(body))
      ]
    })
    outgoing.on('error', reject)
    outgoing.on('response', (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: text,
          error: errorOf(text)
        })
      })
    })
    outgoing.end(body)
  })
}

function errorOf(text: string): string | undefined {
  try {
    const error = (JSON.parse(text) as { error?: unknown }).error
    return typeof error === 'string' ? error : undefined
  } catch {
    return undefined
  }
}
