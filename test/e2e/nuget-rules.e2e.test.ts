// The bundled action against the nuget.org twin, for the rules where the real server differs from
// what a login action would guess (../shared/nuget-token-service.md).
import { describe, expect, it } from 'vitest'
import { fakeNupkg, pushPackage } from '../fakes/nupkg.ts'
import { DEFAULT_POLICY, DEFAULT_WORKFLOW, NEW_POLICY, startStandIns } from '../standins/index.ts'
import {
  errorAnnotation,
  expectFailure,
  exchangeRequests,
  expectNoSecretInLogs,
  runAgainst,
  runAgainstStandIns,
  secretsOf,
  tokenRequests
} from './helpers.ts'

const NO_MATCH = "No matching trust policy owned by user 'alice' was found."

describe('nuget.org accepts what a guess would refuse', () => {
  it('logs in with the audience https://www.nuget.org/ (trailing slash), as nuget.org ignores it', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { audience: 'https://www.nuget.org/' } }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys[0])
    const [request] = tokenRequests(standIns)
    expect(new URL(request?.url ?? '', 'http://x').searchParams.get('audience')).toBe(
      'https://www.nuget.org/'
    )
    expectNoSecretInLogs(result, secretsOf(standIns))
  })
})

describe('refusals only the real rules produce, explained', () => {
  it('per-enterprise issuer: warns before the exchange, and explains "could not be validated"', async () => {
    const issuer = 'https://token.actions.githubusercontent.com/contoso'
    const { standIns, result } = await runAgainstStandIns({ github: { issuer } })

    expectFailure(result, standIns, 'The JSON web token could not be validated.')
    const warning = result.stdout.indexOf(
      `::warning::The OIDC token's issuer is ${issuer}, a per-enterprise issuer`
    )
    expect(warning).toBeGreaterThan(-1)
    expect(warning).toBeLessThan(result.stdout.indexOf('::error::'))
    expect(errorAnnotation(result.stdout)).toContain(`${issuer}, a per-enterprise issuer`)
    expect(errorAnnotation(result.stdout)).toContain('include_enterprise_slug: false')
    expect(result.summary).toContain('include_enterprise_slug: false')
  })

  it('GitHub Enterprise Server issuer: "iss claim is not supported", naming the issuer', async () => {
    const issuer = 'https://ghes.contoso.com/_services/token'
    const { standIns, result } = await runAgainstStandIns({ github: { issuer } })

    expectFailure(result, standIns, 'The JSON web token iss claim is not supported.')
    expect(errorAnnotation(result.stdout)).toContain(`this token was issued by ${issuer}`)
  })

  it('organization as user: explains that the policy creator, not the organization, logs in', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: { accounts: { alice: { kind: 'organization' } } }
    })

    expectFailure(
      result,
      standIns,
      /HTTP 400\): Generating fetching tokens directly for organizations/
    )
    expect(errorAnnotation(result.stdout)).toContain("`user` ('alice') names an organization")
  })

  it('deleted user: "No matching...", whose hint names a deleted account among the causes', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: { accounts: { alice: { state: 'deleted' } } }
    })

    expectFailure(result, standIns, NO_MATCH)
    expect(errorAnnotation(result.stdout)).toContain('no such account, a deleted one')
  })

  const ORGANIZATION_EVENT = {
    repository: { owner: { login: 'contoso', type: 'Organization' }, private: false }
  }

  it('organization as user: warns before the exchange, then names it as the cause of "No matching...", first, with the fix', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { user: 'contoso' }, event: ORGANIZATION_EVENT }
    )

    expectFailure(result, standIns, "No matching trust policy owned by user 'contoso' was found.")
    const warning = result.stdout.indexOf(
      "::warning::`user` ('contoso') is the GitHub organization that owns this repository."
    )
    expect(warning).toBeGreaterThan(-1)
    expect(warning).toBeLessThan(result.stdout.indexOf('::error::'))
    expect(exchangeRequests(standIns)).toHaveLength(1)
    const [, cause] = errorAnnotation(result.stdout).split('\n')
    expect(cause).toMatch(
      /^The cause: `user` \('contoso'\) is contoso, the GitHub organization that owns this repository \(this run's event says so\).*username of the organization member who created the policy/
    )
    expect(result.summary).toContain('The cause: `user`')
  })

  it('an organization-named nuget.org user who created the policy: the warning, and the login succeeds', async () => {
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { policies: [{ ...DEFAULT_POLICY, createdBy: 'contoso' }] } },
      { inputs: { user: 'contoso' }, event: ORGANIZATION_EVENT }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys[0])
    expect(result.stdout).toMatch(
      /^::warning::`user` \('contoso'\) is the GitHub organization that owns this repository\..*unless a nuget\.org user named 'contoso' created the policy/m
    )
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('policy saved with a path before September 2025: names the mismatch, says to save it again, and a save fixes it', async () => {
    const standIns = await startStandIns({
      nuget: {
        policies: [
          { ...DEFAULT_POLICY, workflowFile: '.github/workflows/release.yml', savedAsTyped: true }
        ]
      }
    })
    try {
      const run = () => runAgainst(standIns)
      const before = await run()
      expectFailure(
        before,
        standIns,
        "Workflow mismatch for policy 'widgets release': expected '.github/workflows/release.yml', actual 'release.yml'"
      )
      expect(errorAnnotation(before.stdout)).toContain(
        "Open the policy on the Trusted Publishing page (under your username on nuget.org) and save it: nuget.org now stores the file name ('release.yml')."
      )

      standIns.nuget.savePolicy('widgets release', {})
      expect(standIns.nuget.policies[0]?.workflowFile).toBe('release.yml')
      const after = await run()
      expect(after.exitCode).toBe(0)
    } finally {
      await standIns.close()
    }
  })

  it('policy saved today with a path and a repository URL: stored as names, and the login succeeds', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: {
        policies: [
          {
            ...DEFAULT_POLICY,
            workflowFile: '/.github/workflows/release.yml',
            repository: 'https://github.com/contoso/widgets'
          }
        ]
      }
    })

    expect(result.exitCode).toBe(0)
    expect(standIns.nuget.policies[0]).toMatchObject({
      workflowFile: 'release.yml',
      repository: 'widgets'
    })
  })

  it('temporary policy: its first run names the workflow mismatch, and the policy is permanent afterwards', async () => {
    const standIns = await startStandIns({
      nuget: { policies: [{ ...NEW_POLICY, workflowFile: 'publish.yml' }] }
    })
    try {
      const run = () => runAgainst(standIns)
      const first = await run()
      expectFailure(
        first,
        standIns,
        "Workflow mismatch for policy 'widgets release': expected 'publish.yml', actual 'release.yml'"
      )
      expect(errorAnnotation(first.stdout)).toContain(
        "The policy 'widgets release' names the workflow file 'publish.yml', but this job runs 'release.yml'"
      )
      expect(errorAnnotation(first.stdout)).not.toContain('No matching')
      expect(standIns.nuget.policies[0]).toMatchObject({
        repositoryOwnerId: '4210001',
        repositoryId: '7730042',
        validUntil: undefined
      })

      standIns.nuget.savePolicy('widgets release', { workflowFile: 'release.yml' })
      const fixed = await run()
      expect(fixed.exitCode).toBe(0)
      expect(fixed.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys[0])
    } finally {
      await standIns.close()
    }
  })

  it('recreated repository: "No matching...", with the ids this run has', async () => {
    const { standIns, result } = await runAgainstStandIns({
      github: { claimOverrides: { repository_id: '9990001' } }
    })

    expectFailure(result, standIns, NO_MATCH)
    expect(errorAnnotation(result.stdout)).toContain('deleted and recreated, or transferred')
    expect(errorAnnotation(result.stdout)).toContain('owner id 4210001, repository id 9990001')
  })

  it('several policies: shows nuget.org’s joined message and a hint for each', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: {
        policies: [
          { ...DEFAULT_POLICY, workflowFile: 'publish.yml' },
          { ...DEFAULT_POLICY, name: 'staging', environment: 'staging', created: 5 }
        ]
      }
    })

    expectFailure(
      result,
      standIns,
      "Workflow mismatch for policy 'widgets release': expected 'publish.yml', actual 'release.yml'. " +
        "Environment mismatch for policy 'staging': expected 'staging', actual 'nuget'"
    )
    const annotation = errorAnnotation(result.stdout)
    expect(annotation).toContain(
      "The policy 'widgets release' names the workflow file 'publish.yml'"
    )
    expect(annotation).toContain(
      "The policy 'staging' requires the environment 'staging', but this job runs in 'nuget'"
    )
  })

  it('Dependabot: explains that its runs get no OIDC token, without asking for id-token: write', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      {
        env: {
          GITHUB_ACTOR: 'dependabot[bot]',
          ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
        }
      }
    )

    expectFailure(result, standIns, /GitHub gives Dependabot runs no OIDC token/)
    expect(errorAnnotation(result.stdout)).not.toContain('id-token: write\n')
    expect(standIns.github.requests).toHaveLength(0)
  })
})

describe("the key's real end", () => {
  it('says the key may be refused a minute before expires, and the push is refused from then on', async () => {
    // Issue the key 41.5 s into a minute: nuget.org rounds that down, so the key ends 41.5 s early.
    const started = Date.now()
    const issuedAt = Math.floor(started / 60_000) * 60_000 + 41_500
    let skipMs = 0
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { now: () => issuedAt + (Date.now() - started) + skipMs } },
      {},
      async (standIns, run) => {
        const pushUrl = `${standIns.nuget.url}/api/v2/package`
        const key = run.outputs.NUGET_API_KEY ?? ''
        expect(
          (await pushPackage(pushUrl, key, fakeNupkg('Contoso.Widgets', '1.0.0'))).status
        ).toBe(201)
        const { expires, usableUntil } = standIns.nuget.keys.get(key) ?? {
          expires: 0,
          usableUntil: 0
        }
        skipMs = usableUntil - (issuedAt + (Date.now() - started))
        const late = await pushPackage(pushUrl, key, fakeNupkg('Contoso.Widgets', '1.0.1'))
        expect(late.status).toBe(403)
        expect(usableUntil).toBeLessThan(expires)
      }
    )

    expect(result.exitCode).toBe(0)
    const expires = result.outputs.NUGET_API_KEY_EXPIRES_AT as string
    const refusedFrom = new Date(Date.parse(expires) - 60_000).toISOString()
    const service = new URL(standIns.nuget.tokenUrl).host
    expect(result.stdout).toContain(
      `${service} may refuse it from ${refusedFrom}, a minute earlier`
    )
    expect(result.summary).toContain(`${service} may refuse it from **${refusedFrom}**`)
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('logs in without an expiry output, with a warning, when the answer has no expires', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: {
        successAnswer: (apiKey) => ({
          status: 200,
          body: JSON.stringify({ tokenType: 'ApiKey', apiKey })
        })
      }
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({ NUGET_API_KEY: standIns.nuget.issuedKeys[0] })
    expect(result.stdout).toMatch(
      /^::warning::The token service did not say when the API key expires/m
    )
    expectNoSecretInLogs(result, secretsOf(standIns))
  })
})

describe('a job without an environment', () => {
  it('says once, in the log and the summary, that the policy then matches any ref running the file', async () => {
    const { result } = await runAgainstStandIns({
      github: { workflow: { ...DEFAULT_WORKFLOW, environment: undefined } },
      nuget: { policies: [{ ...DEFAULT_POLICY, environment: undefined }] }
    })

    expect(result.exitCode).toBe(0)
    const note = 'so a policy without one matches any branch or tag that runs release.yml'
    expect(result.stdout.split(note)).toHaveLength(2)
    expect(result.stdout).not.toMatch(new RegExp(`^::warning::.*${note}`, 'm'))
    // The summary escapes a dot before a letter, so no renderer reads `release.yml` as a domain.
    expect(result.summary).toContain(note.replace('release.yml', 'release\\.yml'))
  })
})

describe('verify-only', () => {
  it('logs in, discards the key, sets nothing, and leaves a temporary policy permanent', async () => {
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { policies: [NEW_POLICY] } },
      { inputs: { 'verify-only': 'true', 'export-api-key': 'true' } }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs).toEqual({})
    expect(result.env).toEqual({})
    expect(standIns.nuget.issuedKeys).toHaveLength(1)
    expect(result.stdout).toContain(`::add-mask::${standIns.nuget.issuedKeys[0]}`)
    expect(result.stdout).toContain(
      `verify-only: ${new URL(standIns.nuget.tokenUrl).host} accepted this run for a trusted publishing policy of 'alice' and issued a key, which was discarded`
    )
    expect(result.summary).toContain('### ✅ The trusted publishing policy matched (verify-only)')
    expect(result.summary).toContain('| Workflow File | `release.yml` |')
    expect(standIns.nuget.policies[0]).toMatchObject({
      repositoryOwnerId: '4210001',
      repositoryId: '7730042'
    })
    expectNoSecretInLogs(result, secretsOf(standIns))
  })

  it('fails as a real login would when the policy does not match', async () => {
    const { standIns, result } = await runAgainstStandIns(
      { nuget: { policies: [{ ...DEFAULT_POLICY, workflowFile: 'publish.yml' }] } },
      { inputs: { 'verify-only': 'true' } }
    )

    expectFailure(result, standIns, "Workflow mismatch for policy 'widgets release'")
  })
})
