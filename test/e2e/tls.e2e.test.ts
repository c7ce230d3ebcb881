import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'
import { errorAnnotation, exchangeRequests, expectFailure, tokenRequests } from './helpers.ts'

describe('a token service over TLS', () => {
  let standIns: StandIns
  let caFile: string
  beforeAll(async () => {
    const certificates = await createTestCertificates('localhost')
    caFile = certificates.caFile
    standIns = await startStandIns({ nuget: { tls: certificates } })
  })
  afterAll(() => standIns.close())

  const login = (host: string, env: Record<string, string> = {}) => {
    standIns.github.requests.length = 0
    standIns.nuget.requests.length = 0
    return runAction({
      inputs: {
        user: 'alice',
        'token-service-url': standIns.nuget.tokenUrl.replace('127.0.0.1', host)
      },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
        ...env
      }
    })
  }

  it('fails at once on a certificate from an untrusted CA, naming NODE_EXTRA_CA_CERTS', async () => {
    const result = await login('localhost')

    expectFailure(
      result,
      standIns,
      /failed: its TLS certificate was not accepted: .*UNABLE_TO_VERIFY_LEAF_SIGNATURE/
    )
    expect(errorAnnotation(result.stdout)).toContain('set NODE_EXTRA_CA_CERTS to the path')
    expect(tokenRequests(standIns)).toHaveLength(1)
    expect(result.stdout).not.toContain('Trying again')
  })

  it('fails at once on a certificate for another host name', async () => {
    const result = await login('127.0.0.1', { NODE_EXTRA_CA_CERTS: caFile })

    expectFailure(
      result,
      standIns,
      /its TLS certificate was not accepted: .*ERR_TLS_CERT_ALTNAME_INVALID/
    )
    expect(tokenRequests(standIns)).toHaveLength(1)
    expect(exchangeRequests(standIns)).toHaveLength(0)
  })

  it('logs in once NODE_EXTRA_CA_CERTS names the CA', async () => {
    const result = await login('localhost', { NODE_EXTRA_CA_CERTS: caFile })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys.at(-1))
  })
})
