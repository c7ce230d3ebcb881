import { describe, expect, it } from 'vitest'
import type { HttpRequest, HttpResponse } from '../../src/http.ts'
import { run } from '../../src/main.ts'
import type { Runtime } from '../../src/runtime.ts'
import { fakeClock } from '../fakes/clock.ts'

const KEY = 'A'.repeat(84)

function fakeRuntime(inputs: Record<string, string>, answer: HttpResponse) {
  const log: string[] = []
  const outputs: Record<string, string> = {}
  const runtime: Runtime = {
    getInput: (name) => inputs[name] ?? '',
    info: (message) => log.push(`info: ${message}`),
    warning: (message) => log.push(`warning: ${message}`),
    setSecret: (value) => log.push(`mask: ${value}`),
    setOutput: (name, value) => (outputs[name] = value),
    setFailed: (message) => log.push(`failed: ${message}`),
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://gh.example/t?x=1',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'rt'
    },
    send: async (request: HttpRequest) =>
      request.method === 'GET' ? { status: 200, headers: {}, body: '{"value":"a.b.c"}' } : answer,
    clock: fakeClock().clock,
    userAgent: 'ua'
  }
  return { runtime, log, outputs }
}

describe('run', () => {
  it('logs in and sets the outputs', async () => {
    const body = JSON.stringify({
      tokenType: 'ApiKey',
      expires: '2026-11-21T11:00:00Z',
      apiKey: KEY
    })
    const { runtime, log, outputs } = fakeRuntime(
      { user: 'alice' },
      { status: 200, headers: {}, body }
    )
    await run(runtime)
    expect(outputs).toEqual({
      NUGET_API_KEY: KEY,
      NUGET_API_KEY_EXPIRES_AT: '2026-11-21T11:00:00.000Z'
    })
    expect(log.filter((line) => line.startsWith('failed'))).toEqual([])
  })

  it('fails once, with no output, on bad input', async () => {
    const { runtime, log, outputs } = fakeRuntime(
      { user: '' },
      { status: 500, headers: {}, body: '' }
    )
    await run(runtime)
    expect(outputs).toEqual({})
    expect(log).toEqual([expect.stringMatching(/^failed: The input `user` is required/)])
  })

  it('fails once, with no output, when nuget.org refuses', async () => {
    const { runtime, log, outputs } = fakeRuntime(
      { user: 'alice' },
      { status: 401, headers: {}, body: '{"error":"The JSON web token has expired."}' }
    )
    await run(runtime)
    expect(outputs).toEqual({})
    expect(log.filter((line) => line.startsWith('failed'))).toEqual([
      expect.stringContaining('The JSON web token has expired.')
    ])
  })
})
