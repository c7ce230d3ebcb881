import { describe, expect, it } from 'vitest'
import type { HttpRequest, HttpResponse } from '../../../src/login/transport/http.ts'
import { run } from '../../../src/login/main.ts'
import type { Runtime } from '../../../src/login/runner/runtime.ts'
import { fakeClock } from '../../fakes/clock.ts'
import { fakeJwt } from '../../fakes/tokens.ts'

const KEY = 'A'.repeat(84)
const CLAIMS = {
  repository: 'contoso/widgets',
  repository_owner: 'contoso',
  job_workflow_ref: 'contoso/widgets/.github/workflows/release.yml@refs/tags/v1',
  event_name: 'push',
  iss: 'https://token.actions.githubusercontent.com'
}
const OIDC_TOKEN = fakeJwt(CLAIMS)
const SUCCESS = JSON.stringify({
  tokenType: 'ApiKey',
  expires: '2026-11-21T11:00:00Z',
  apiKey: KEY
})

function fakeRuntime(
  inputs: Record<string, string>,
  answer: HttpResponse,
  env: NodeJS.ProcessEnv = {}
) {
  const log: string[] = []
  const outputs: Record<string, string> = {}
  const summaries: string[] = []
  const runtime: Runtime = {
    getInput: (name) => inputs[name] ?? '',
    info: (message) => log.push(`info: ${message}`),
    warning: (message) => log.push(`warning: ${message}`),
    setSecret: (value) => log.push(`mask: ${value}`),
    setOutput: (name, value) => (outputs[name] = value),
    setFailed: (message) => log.push(`failed: ${message}`),
    exportVariable: (name) => log.push(`export: ${name}`),
    startGroup: (name) => log.push(`group: ${name}`),
    endGroup: () => log.push('endgroup'),
    writeSummary: async (markdown) => void summaries.push(markdown),
    readText: () => undefined,
    env: {
      GITHUB_EVENT_NAME: 'push',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://gh.example/t?x=1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt',
      ...env
    },
    send: async (request: HttpRequest) =>
      request.method === 'GET'
        ? { status: 200, headers: {}, body: JSON.stringify({ value: OIDC_TOKEN }) }
        : answer,
    clock: fakeClock().clock,
    userAgent: 'ua'
  }
  return { runtime, log, outputs, summaries }
}

const failures = (log: string[]) => log.filter((line) => line.startsWith('failed'))

describe('run', () => {
  it('verify-only: masks the key, sets no output and exports nothing, and says the policy matched', async () => {
    const { runtime, log, outputs, summaries } = fakeRuntime(
      { user: 'alice', 'verify-only': 'true', 'export-api-key': 'true' },
      { status: 200, headers: {}, body: SUCCESS }
    )
    await run(runtime)

    expect(outputs).toEqual({})
    expect(log).toContain(`mask: ${KEY}`)
    expect(log.filter((line) => line.startsWith('export') || line.startsWith('failed'))).toEqual([])
    expect(log).toContainEqual(
      expect.stringMatching(/^info: verify-only: nuget\.org accepted this run/)
    )
    expect(summaries).toEqual([expect.stringContaining('(verify-only)')])
    expect(summaries[0]).not.toContain(KEY)
  })

  it('logs in, shows what nuget.org matched, sets the outputs and writes the summary', async () => {
    const { runtime, log, outputs, summaries } = fakeRuntime(
      { user: 'alice' },
      { status: 200, headers: {}, body: SUCCESS }
    )
    await run(runtime)

    expect(outputs).toEqual({
      NUGET_API_KEY: KEY,
      NUGET_API_KEY_EXPIRES_AT: '2026-11-21T11:00:00.000Z'
    })
    expect(failures(log)).toEqual([])
    expect(log).toContain('group: What nuget.org will match against your trusted publishing policy')
    expect(log).toContain('info: Workflow File:    release.yml')
    expect(log).not.toContain('export: NUGET_API_KEY')
    expect(summaries).toEqual([expect.stringContaining('| Repository | `widgets` |')])
  })

  it('exports the key when export-api-key is true', async () => {
    const { runtime, log } = fakeRuntime(
      { user: 'alice', 'export-api-key': 'true' },
      { status: 200, headers: {}, body: SUCCESS }
    )
    await run(runtime)
    expect(log).toContain('export: NUGET_API_KEY')
  })

  it('fails once, with no output, on bad input', async () => {
    const { runtime, log, outputs, summaries } = fakeRuntime(
      { user: '' },
      { status: 500, headers: {}, body: '' }
    )
    await run(runtime)
    expect(outputs).toEqual({})
    expect(log).toEqual([expect.stringMatching(/^failed: The input `user` is required/)])
    expect(summaries).toEqual([expect.stringContaining('The input `user` is required')])
  })

  it('refuses pull_request_target before requesting a token', async () => {
    const { runtime, log } = fakeRuntime(
      { user: 'alice' },
      { status: 200, headers: {}, body: SUCCESS },
      {
        GITHUB_EVENT_NAME: 'pull_request_target'
      }
    )
    await run(runtime)
    expect(log).toEqual([
      expect.stringMatching(/^failed: nuget\.org does not accept logins .*pull_request_target/)
    ])
  })

  it('fails once, with the hint and the claims, when nuget.org refuses', async () => {
    const { runtime, log, outputs, summaries } = fakeRuntime(
      { user: 'contoso' },
      {
        status: 401,
        headers: {},
        body: `{"error":"No matching trust policy owned by user 'contoso' was found."}`
      }
    )
    await run(runtime)
    expect(outputs).toEqual({})
    expect(failures(log)).toEqual([
      expect.stringMatching(/No matching trust policy[\s\S]*person who created the policy/)
    ])
    expect(summaries).toEqual([
      expect.stringMatching(/What to change[\s\S]*\| Repository Owner \| `contoso` \|/)
    ])
    expect(summaries.join('')).not.toContain(OIDC_TOKEN)
  })
})
