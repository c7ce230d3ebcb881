// GitHub's OIDC endpoint failing: its words keep no request token and get GitHub's advice, never
// the token service's.
import { describe, expect, it } from 'vitest'
import { explainFailure } from '../../../../src/login/explain/failure.ts'
import { requestOidcToken } from '../../../../src/login/exchange/oidc.ts'
import { fakeSend } from '../../../fakes/send.ts'

const environment = {
  requestUrl: new URL('https://pipelines.example/idtoken?a=1'),
  requestToken: 'rt-0042'
}
const request = { environment, audience: 'https://www.nuget.org', userAgent: 'ua', timeoutMs: 1000 }

async function failure(status: number, body: string) {
  const { send } = fakeSend({ status, body })
  const error = await requestOidcToken(send, request).catch((thrown: unknown) => thrown)
  return { error, explained: explainFailure(error, { user: 'alice', claims: undefined }) }
}

describe("GitHub's OIDC endpoint refusing", () => {
  it('quotes its reason without the request token, with advice about the runner', async () => {
    const { explained } = await failure(
      401,
      JSON.stringify({ error: 'The Authorization header rt-0042 is not valid' })
    )
    expect(explained.message).toBe(
      'GitHub refused the OIDC token request (HTTP 401): The Authorization header *** is not valid'
    )
    expect(explained.hint).toMatch(/^This answer came from GitHub's OIDC token service/)
    expect(explained.hint).toContain('Re-run the job')
    expect(explained.hint).not.toMatch(/nuget\.org|proxy/)
  })

  it('is retried on a server fault, and then points at GitHub’s status page', async () => {
    const { error, explained } = await failure(503, 'Service Unavailable')
    expect(error).toMatchObject({ transient: true, status: 503 })
    expect(explained.hint).toContain('https://www.githubstatus.com')
    expect(explained.hint).not.toContain('nuget.org')
  })
})
