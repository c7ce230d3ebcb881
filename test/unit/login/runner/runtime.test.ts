import { afterEach, describe, expect, it } from 'vitest'
import {
  createRuntime,
  proxyRoutes,
  writeRunnerFile
} from '../../../../src/login/runner/runtime.ts'

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

describe('proxyRoutes', () => {
  const nuget = new URL('https://www.nuget.org/api/v2/token')

  it('connects directly when no proxy is set', () => {
    clearProxyVariables()
    expect(proxyRoutes()(nuget)).toBeUndefined()
  })

  it('tunnels through HTTPS_PROXY, naming the variable', () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128'
    const route = proxyRoutes()(nuget)
    expect(route?.url.host).toBe('proxy.internal:3128')
    expect(route?.variable).toBe('HTTPS_PROXY')
  })

  it('prefers the lower-case https_proxy, as the runner’s tools do', () => {
    process.env.HTTPS_PROXY = 'http://upper.internal:3128'
    process.env.https_proxy = 'http://lower.internal:3128'
    expect(proxyRoutes()(nuget)).toMatchObject({ variable: 'https_proxy' })
    expect(proxyRoutes()(nuget)?.url.hostname).toBe('lower.internal')
  })

  it('uses HTTP_PROXY for http URLs, and never for loopback', () => {
    process.env.HTTP_PROXY = 'http://proxy.internal:3128'
    expect(proxyRoutes()(new URL('http://token.internal/x'))?.variable).toBe('HTTP_PROXY')
    expect(proxyRoutes()(new URL('http://127.0.0.1:8080/token'))).toBeUndefined()
  })

  it('keeps the credentials for the CONNECT request', () => {
    process.env.HTTPS_PROXY = 'http://ci%40corp:p%3Ass@proxy.internal:3128'
    const route = proxyRoutes()(nuget)
    expect(decodeURIComponent(route?.url.username ?? '')).toBe('ci@corp')
    expect(decodeURIComponent(route?.url.password ?? '')).toBe('p:ss')
  })

  it('goes direct for hosts in NO_PROXY', () => {
    process.env.HTTPS_PROXY = 'http://proxy.internal:3128'
    process.env.NO_PROXY = '.nuget.org'
    expect(proxyRoutes()(nuget)).toBeUndefined()
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
