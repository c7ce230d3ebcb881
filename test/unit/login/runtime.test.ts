import * as http from 'node:http'
import * as https from 'node:https'
import { afterEach, describe, expect, it } from 'vitest'
import { createRuntime, proxyAwareAgents, writeRunnerFile } from '../../../src/login/runtime.ts'

const PROXY_VARIABLES = [
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'NO_PROXY',
  'no_proxy'
]
const saved = Object.fromEntries(PROXY_VARIABLES.map((name) => [name, process.env[name]]))
const clearProxyVariables = () => {
  for (const name of PROXY_VARIABLES) Reflect.deleteProperty(process.env, name)
}
afterEach(() => {
  clearProxyVariables()
  for (const [name, value] of Object.entries(saved))
    if (value !== undefined) process.env[name] = value
})

describe('proxyAwareAgents', () => {
  const nuget = new URL('https://www.nuget.org/api/v2/token')

  const isDirect = (agent: object) => !('proxyOptions' in agent)

  it('connects directly when no proxy is set, with an agent of the URL’s protocol', () => {
    clearProxyVariables()
    const agents = proxyAwareAgents('ua')
    const httpsAgent = agents(nuget)
    const httpAgent = agents(new URL('http://127.0.0.1:8080/token'))
    expect(httpsAgent).toBeInstanceOf(https.Agent)
    expect(httpAgent).toBeInstanceOf(http.Agent)
    expect(httpAgent).not.toBeInstanceOf(https.Agent)
    expect(isDirect(httpsAgent)).toBe(true)
  })

  it('tunnels through HTTPS_PROXY', () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128'
    const agent = proxyAwareAgents('ua')(nuget) as unknown as {
      proxyOptions?: { host: string; port: string }
    }
    expect(agent.proxyOptions).toMatchObject({ host: 'proxy.internal', port: '3128' })
  })

  it('goes direct for hosts in NO_PROXY', () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128'
    process.env.NO_PROXY = '.nuget.org'
    expect(isDirect(proxyAwareAgents('ua')(nuget))).toBe(true)
  })
})

describe('createRuntime', () => {
  it('names the action and Node in its User-Agent', () => {
    expect(createRuntime().userAgent).toMatch(
      /^nuget-login\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/acme\/nuget-login; node v24\./
    )
  })
})

describe('writeRunnerFile', () => {
  it('names the runner file and the cause when a write fails, with what to check', () => {
    const write = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
    }
    expect(() =>
      writeRunnerFile('GITHUB_OUTPUT', 'the output NUGET_API_KEY', write, {
        GITHUB_OUTPUT: '/w/out'
      })
    ).toThrow(
      expect.objectContaining({
        message:
          "Could not write the output NUGET_API_KEY to the runner's file GITHUB_OUTPUT (/w/out): " +
          'ENOSPC: no space left on device, write',
        hint: expect.stringContaining('free disk space')
      })
    )
  })

  it('lets a write that works through', () => {
    let written = false
    writeRunnerFile('GITHUB_ENV', 'the variable X', () => (written = true), {})
    expect(written).toBe(true)
  })
})
