import { describe, expect, it } from 'vitest'
import { DEFAULT_WORKFLOW } from '../standins/github-oidc.ts'
import { DEFAULT_POLICY, NEW_POLICY } from '../standins/index.ts'
import { errorAnnotation, expectFailure, runAgainstStandIns, tokenRequests } from './helpers.ts'

const POLICY_TABLE = /\| Repository Owner \| `contoso` \|\n\| Repository \| `widgets` \|/

describe('failures before any token is spent', () => {
  it('explains the missing id-token permission, in the log and the summary', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      {
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined }
      }
    )

    expectFailure(result, standIns, /did not give this job a way to request an OIDC token/)
    expect(errorAnnotation(result.stdout)).toMatch(
      /permissions:\n {4}id-token: write\n {4}contents: read/
    )
    expect(errorAnnotation(result.stdout)).toContain('replaces the default permissions')
    expect(result.summary).toMatch(/^### ❌ 127\.0\.0\.1:\d+ login failed$/m)
    expect(result.summary).toContain('id-token: write')
  })

  it('explains that a pull request from a fork gets no OIDC token', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      {
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined
        },
        event: {
          pull_request: {
            head: { repo: { fork: true, full_name: 'mallory/widgets' } },
            base: { repo: { full_name: 'contoso/widgets' } }
          }
        }
      }
    )

    expectFailure(
      result,
      standIns,
      /pull request from a fork, and GitHub gives such runs no OIDC token/
    )
    expect(result.summary).toContain('pull request from a fork')
  })

  it('refuses pull_request_target without requesting a token', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { env: { GITHUB_EVENT_NAME: 'pull_request_target' } }
    )

    expectFailure(
      result,
      standIns,
      /does not accept logins from workflows triggered by 'pull_request_target'/
    )
    expect(tokenRequests(standIns)).toHaveLength(0)
    expect(result.summary).toContain('push, release or workflow_dispatch')
  })

  it('refuses an audience nuget.org would refuse, without requesting a token', async () => {
    const { standIns, result } = await runAgainstStandIns({}, { inputs: { audience: 'nuget.org' } })

    expectFailure(result, standIns, /`audience` is not an https origin: 'nuget\.org'/)
    expect(tokenRequests(standIns)).toHaveLength(0)
  })
})

describe('refusals from nuget.org, explained with what it saw', () => {
  it('wrong user: says to use the policy creator, with the repository it looked for', async () => {
    const { standIns, result } = await runAgainstStandIns({}, { inputs: { user: 'contoso' } })

    expectFailure(result, standIns, "No matching trust policy owned by user 'contoso' was found.")
    const annotation = errorAnnotation(result.stdout)
    expect(annotation).toContain(
      "`user` ('contoso') is not the nuget.org username of the person who created the policy"
    )
    expect(annotation).toContain("Repository are this run's (contoso/widgets")
    expect(result.stdout).toMatch(
      /::group::What nuget.org will match[\s\S]*Workflow File: {4}release\.yml/
    )
    expect(result.summary).toMatch(POLICY_TABLE)
  })

  it('wrong audience: says to leave it out or use https://www.nuget.org', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      { inputs: { audience: 'https://int.nugettest.org' } }
    )

    expectFailure(result, standIns, 'The JSON web token has an incorrect audience.')
    expect(errorAnnotation(result.stdout)).toContain(
      'Leave `audience` out, or set it to exactly https://www.nuget.org'
    )
    expect(result.summary).toContain('Leave `audience` out')
  })

  it('workflow mismatch: says to enter the file name this job runs', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: { policies: [{ ...DEFAULT_POLICY, workflowFile: 'publish.yml' }] }
    })

    expectFailure(
      result,
      standIns,
      "Workflow mismatch for policy 'widgets release': expected 'publish.yml', actual 'release.yml'"
    )
    expect(errorAnnotation(result.stdout)).toContain(
      "Enter the file name only ('release.yml', no path)"
    )
    expect(result.summary).toContain('| Workflow File | `release.yml` |')
  })

  it('environment mismatch: says how to set environment on the job', async () => {
    const { standIns, result } = await runAgainstStandIns({
      github: { workflow: { ...DEFAULT_WORKFLOW, environment: undefined } }
    })

    expectFailure(
      result,
      standIns,
      "Environment mismatch for policy 'widgets release': expected 'nuget', actual ''"
    )
    expect(errorAnnotation(result.stdout)).toContain('Add `environment: nuget` to the job')
    expect(result.summary).toContain('| Environment | `(none: leave it empty in the policy)` |')
  })

  it('reusable workflow from another repository: warns before the exchange and explains after', async () => {
    const { standIns, result } = await runAgainstStandIns({
      github: { workflow: { ...DEFAULT_WORKFLOW, jobWorkflowRepository: 'fabrikam/shared' } }
    })

    expectFailure(
      result,
      standIns,
      /Claim 'job_workflow_ref' has value 'fabrikam\/shared\/\.github\/workflows\/release\.yml@/
    )
    const warning = result.stdout.indexOf(
      '::warning::This job runs the reusable workflow release.yml from fabrikam/shared'
    )
    expect(warning).toBeGreaterThan(-1)
    expect(warning).toBeLessThan(result.stdout.indexOf('::error::'))
    expect(errorAnnotation(result.stdout)).toContain(
      'a reusable workflow from another repository never matches'
    )
    expect(result.summary).toContain('never matches')
  })

  it('expired policy: says to renew it on nuget.org', async () => {
    const { standIns, result } = await runAgainstStandIns({
      nuget: { policies: [{ ...NEW_POLICY, validUntil: Date.now() - 60_000 }] }
    })

    expectFailure(result, standIns, "The policy 'widgets release' has expired.")
    expect(errorAnnotation(result.stdout)).toContain("renew the policy 'widgets release'")
    expect(result.summary).toContain('temporary for 7 days')
  })
})

describe('the summary of a login that works', () => {
  it('names the user, the expiry and the claims the policy matched, and no secret', async () => {
    const { standIns, result } = await runAgainstStandIns()

    expect(result.exitCode).toBe(0)
    expect(result.summary).toMatch(/^### ✅ Logged in to 127\.0\.0\.1:\d+$/m)
    expect(result.summary).toContain(`**${result.outputs.NUGET_API_KEY_EXPIRES_AT}**`)
    expect(result.summary).toMatch(POLICY_TABLE)
    expect(result.summary).toContain('| Environment | `nuget` |')
    for (const secret of [...standIns.nuget.issuedKeys, ...standIns.github.issued]) {
      expect(result.summary).not.toContain(secret)
    }
  })

  it('exports the key to later steps only with export-api-key: true', async () => {
    const exported = await runAgainstStandIns({}, { inputs: { 'export-api-key': 'true' } })
    expect(exported.result.exitCode).toBe(0)
    expect(exported.result.env.NUGET_API_KEY).toBe(exported.result.outputs.NUGET_API_KEY)

    const plain = await runAgainstStandIns()
    expect(plain.result.env).toEqual({})
  })
})
