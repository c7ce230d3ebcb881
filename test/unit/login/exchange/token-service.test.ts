// Issue 16, "a token for nuget.org sent elsewhere": the OIDC token goes only to its audience's host.
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../../../src/login/runner/inputs.ts'
import {
  checkTokenDestination,
  isLoopbackHost,
  isLoopbackName,
  serviceName
} from '../../../../src/login/exchange/token-service.ts'

const read = (inputs: Record<string, string>) => () =>
  readInputs((name) => ({ user: 'alice', ...inputs })[name] ?? '')

describe('where the OIDC token may go', () => {
  it.each([
    ['https://www.nuget.org/api/v2/token', 'https://www.nuget.org'],
    ['https://WWW.NuGet.org:443/api/v2/token', 'https://www.nuget.org/'],
    ['https://int.nugettest.org/api/v2/token', 'https://int.nugettest.org'],
    ['https://nuget.contoso.example/api/v2/token', 'https://nuget.contoso.example'],
    ['http://127.0.0.1:8080/api/v2/token', 'https://www.nuget.org'],
    ['https://localhost:8443/t', 'https://www.nuget.org'],
    ['https://127.10.0.3:8443/t', 'https://www.nuget.org'],
    ['https://[::1]:8443/t', 'https://www.nuget.org'],
    ['https://nuget-login.localhost:8443/t', 'https://www.nuget.org'],
    ['https://runner-vm:8443/t', 'https://runner-vm:8443'],
    ['https://nuget-login-test.internal:8443/t', 'https://nuget-login-test.internal:8443']
  ])('accepts %s for the audience %s', (url, audience) => {
    expect(() => checkTokenDestination(new URL(url), audience)).not.toThrow()
  })

  it.each([
    ['https://www.nuget.org.example/api/v2/token', 'www.nuget.org.example'],
    ['https://www.nuget.\u043erg/api/v2/token', 'www.nuget.xn--rg-emc'],
    ['https://www.n\u0443get.org/api/v2/token', 'www.xn--nget-v6d.org'],
    ['https://nuget.org/api/v2/token', 'nuget.org'],
    ['https://www.nuget.org:8443/api/v2/token', 'www.nuget.org:8443'],
    ['https://int.nugettest.org/api/v2/token', 'int.nugettest.org'],
    ['https://runner-vm:8443/api/v2/token', 'runner-vm:8443'],
    ['https://nuget-login-test.internal/api/v2/token', 'nuget-login-test.internal'],
    ['https://nuget-login.test/api/v2/token', 'nuget-login.test'],
    ['https://localhost.example.com/api/v2/token', 'localhost.example.com'],
    ['https://127.0.0.1.nip.example/api/v2/token', '127.0.0.1.nip.example']
  ])('refuses %s for nuget.org before any token is requested, naming %s', (url, host) => {
    const refusal = (() => {
      try {
        read({ 'token-service-url': url })()
      } catch (error) {
        return error as Error & { hint?: string }
      }
    })()
    expect(refusal?.message).toContain(`names the host ${host}, but the OIDC token is for`)
    expect(refusal?.message).not.toMatch(/[^\x20-\x7e]/)
    expect(refusal?.hint).toContain('audience: https://int.nugettest.org')
  })

  it('says when the host is an internationalised name that may only look like another', () => {
    expect(read({ 'token-service-url': 'https://www.nuget.\u043erg/api/v2/token' })).toThrow(
      'www.nuget.xn--rg-emc is an internationalised name'
    )
  })

  it('keeps NuGet’s test environment consistent with its audience', () => {
    expect(
      read({
        'token-service-url': 'https://int.nugettest.org/api/v2/token',
        audience: 'https://int.nugettest.org'
      })().tokenServiceUrl.host
    ).toBe('int.nugettest.org')
    expect(read({ audience: 'https://int.nugettest.org' })).toThrow(
      'names the host www.nuget.org, but the OIDC token is for https://int.nugettest.org'
    )
  })
})

describe('loopback, where a token may go whatever its audience', () => {
  it.each([
    ['127.0.0.1', true, true],
    ['127.10.0.3', true, true],
    ['localhost', true, true],
    ['[::1]', true, true],
    ['nuget-login.localhost', false, true],
    ['10.0.0.1', false, false],
    ['[::2]', false, false],
    ['runner-vm', false, false],
    ['nuget-login-test.internal', false, false],
    ['nuget-login.test', false, false],
    ['localhost.example.com', false, false],
    ['127.0.0.1.example.com', false, false],
    ['localhostx', false, false]
  ])('%s: loopback host %s, loopback name %s', (host, address, name) => {
    expect(isLoopbackHost(host)).toBe(address)
    expect(isLoopbackName(host)).toBe(name)
  })
})

describe('serviceName', () => {
  it.each([
    ['https://www.nuget.org/api/v2/token', 'nuget.org'],
    ['https://int.nugettest.org/api/v2/token', 'int.nugettest.org'],
    ['http://127.0.0.1:8080/api/v2/token', '127.0.0.1:8080']
  ])('names %s %s', (url, name) => {
    expect(serviceName(new URL(url))).toBe(name)
  })
})
