// Serves the nuget.org token service stand-in until stopped, for a workflow that checks the
// action against real GitHub OIDC tokens:
//   node test/standins/serve.ts --port 8787 --jwks <url> --policy owner/repo/workflow.yml --user alice [--environment e]
import { parseArgs } from 'node:util'
import { GITHUB_ISSUER } from './github-oidc.ts'
import { startNuGetTokenService } from './nuget-token-service.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    jwks: { type: 'string', default: `${GITHUB_ISSUER}/.well-known/jwks` },
    policy: { type: 'string' },
    user: { type: 'string', default: 'alice' },
    environment: { type: 'string' }
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
const service = await startNuGetTokenService({
  port: Number(values.port),
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
console.log(`nuget.org token service stand-in listening at ${service.tokenUrl}`)
