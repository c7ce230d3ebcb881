// Issue 16, "secrets in error text": no password from an input, and no runner request token from
// GitHub's answer, reaches a log or the summary; GitHub's failures are explained as GitHub's.
import { describe, expect, it } from 'vitest'
import { maskedLog, type RunOptions } from '../harness/run-action.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'
import {
  errorAnnotation,
  expectFailure,
  expectNoSecretInLogs,
  runAgainst,
  tokenRequests
} from './helpers.ts'

/** Like runAgainstStandIns, with the stand-ins started first so a test can script them. */
async function runWith(prepare: (standIns: StandIns) => RunOptions) {
  const standIns = await startStandIns()
  try {
    return { standIns, result: await runAgainst(standIns, prepare(standIns)) }
  } finally {
    await standIns.close()
  }
}

const PASSWORD = 'hunter2-Pa55'

describe('a URL with credentials is never echoed with them', () => {
  it.each([
    ['a bad port', `https://alice:${PASSWORD}@www.nuget.org:443x/api/v2/token`],
    ['a space in the host', `https://alice:${PASSWORD}@www.nu get.org/api/v2/token`],
    ['a slash in the password', `https://alice:${PASSWORD}/x@www.nuget.org/api/v2/token`],
    ['an @ in the password', `https://alice:${PASSWORD}@x@www.nuget.org:99999/api/v2/token`]
  ])('token-service-url that does not parse, with %s', async (_, url) => {
    const { standIns, result } = await runWith(() => ({ inputs: { 'token-service-url': url } }))

    expectFailure(result, standIns, /The input `token-service-url` is not a URL/)
    for (const text of [result.stdout, result.stderr, result.summary]) {
      expect(text).not.toContain(PASSWORD)
      expect(text).not.toContain('alice:')
    }
    expect(tokenRequests(standIns)).toEqual([])
  })

  it('an audience with credentials', async () => {
    const audience = `https://alice:${PASSWORD}@www.nuget.org`
    const { standIns, result } = await runWith(() => ({ inputs: { audience } }))

    expectFailure(result, standIns, /The input `audience`/)
    for (const text of [result.stdout, result.summary]) expect(text).not.toContain(PASSWORD)
  })
})

describe("GitHub's OIDC endpoint failing", () => {
  it("is masked and explained as GitHub's when its answer quotes the request token", async () => {
    const { standIns, result } = await runWith((standIns) => {
      standIns.github.faults.add({
        kind: 'status',
        status: 401,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          error: `Invalid runtime token ${standIns.github.requestToken} in the Authorization header`
        })
      })
      return {}
    })

    expectFailure(result, standIns, /GitHub refused the OIDC token request \(HTTP 401\)/)
    // The runner masks it from the first line on; the summary, which nothing masks, never holds it.
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${standIns.github.requestToken}`)
    expectNoSecretInLogs(result, [standIns.github.requestToken])
    expect(result.stdout).not.toContain(`token ${standIns.github.requestToken}`)
    const advice = errorAnnotation(result.stdout)
    expect(advice).toContain("GitHub's OIDC token service")
    expect(advice).not.toMatch(/nuget\.org gave|between the runner and nuget\.org/)
    expect(result.summary).not.toMatch(/nuget\.org gave|between the runner and nuget\.org/)
    expect(maskedLog(result.stdout)).toContain(
      'Invalid runtime token *** in the Authorization header'
    )
  })

  it("explains GitHub's own server fault as GitHub's", async () => {
    const { standIns, result } = await runWith((standIns) => {
      for (let attempt = 0; attempt < 7; attempt++) {
        standIns.github.faults.add({ kind: 'status', status: 500, body: 'oops' })
      }
      return { inputs: { 'max-attempts': '2', timeout: '20' } }
    })

    expectFailure(result, standIns, /GitHub refused the OIDC token request \(HTTP 500\)/)
    expect(errorAnnotation(result.stdout)).toContain('githubstatus.com')
    expect(errorAnnotation(result.stdout)).not.toContain('nuget.org')
  })
})
