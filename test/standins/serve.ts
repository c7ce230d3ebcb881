// Serves the nuget.org twin until stopped, for a workflow that checks the action against real
// GitHub OIDC tokens and pushes with the real client:
//   node test/standins/serve.ts --port 8787 --policy owner/repo/workflow.yml --user alice
//     [--environment e] [--jwks <url>] [--tls-ca-out ca.crt]
// With --tls-ca-out it serves HTTPS for localhost, with a test CA written to that file.
import { copyFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { createTestCertificates } from '../harness/test-ca.ts'
import { GITHUB_ISSUER } from './github-oidc.ts'
import { startNuGetTokenService } from './nuget-token-service.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    jwks: { type: 'string', default: `${GITHUB_ISSUER}/.well-known/jwks` },
    policy: { type: 'string' },
    user: { type: 'string', default: 'alice' },
    environment: { type: 'string' },
    'tls-ca-out': { type: 'string' }
  }
})
const match = /^([^/]+)\/([^/]+)\/([^/]+)$/.exec(values.policy ?? '')
if (!match) {
  console.error('--policy must be owner/repository/workflow-file.yml')
  process.exit(2)
}
const [, repositoryOwner, repository, workflowFile] = match as unknown as [
  string,
  string,
  string,
  string
]
const caOut = values['tls-ca-out']
const certificates = caOut ? await createTestCertificates('localhost') : undefined
if (certificates && caOut) await copyFile(certificates.caFile, caOut)
const service = await startNuGetTokenService({
  port: Number(values.port),
  tls: certificates,
  trustedIssuers: { [GITHUB_ISSUER]: values.jwks },
  policies: [
    {
      name: `${repository} ${workflowFile}`,
      createdBy: values.user,
      packageOwner: values.user,
      repositoryOwner,
      repository,
      workflowFile,
      environment: values.environment
    }
  ]
})
const url = certificates ? service.tokenUrl.replace('127.0.0.1', 'localhost') : service.tokenUrl
console.log(`nuget.org twin listening at ${url}`)
