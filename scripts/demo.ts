// Runs the bundled action the way the runner does, against loopback stand-ins of GitHub's OIDC
// endpoint and nuget.org: first a login that works and a push with its key (the real
// `dotnet nuget push` where the .NET SDK is installed), then a login nuget.org refuses.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLibrary, DOTNET_ENV, findDotnet, trustForDotnet } from '../test/harness/dotnet.ts'
import { maskedLog, runAction, type RunResult } from '../test/harness/run-action.ts'
import { createTestCertificates, type TestCertificates } from '../test/harness/test-ca.ts'
import { runScript } from '../test/harness/workflow-steps.ts'
import { fakeNupkg, pushPackage } from '../test/fakes/nupkg.ts'
import { DEFAULT_POLICY, startStandIns } from '../test/standins/index.ts'

const realPush = await prepareRealPush()
const standIns = await startStandIns({ nuget: { tls: realPush.certificates } })
const { github, nuget } = standIns
/** The twin's address by name, which its test certificate is made for. */
const byName = (url: string) =>
  realPush.certificates ? url.replace('127.0.0.1', 'localhost') : url

console.log('Stand-ins on loopback:')
console.log(`  GitHub OIDC endpoint     ${github.requestUrl}`)
console.log(`  nuget.org token service  ${byName(nuget.tokenUrl)}`)
console.log(
  `  trusted publishing policy created by '${DEFAULT_POLICY.createdBy}' for ` +
    `${DEFAULT_POLICY.repositoryOwner}/${DEFAULT_POLICY.repository}, workflow ${DEFAULT_POLICY.workflowFile}, ` +
    `environment ${DEFAULT_POLICY.environment}`
)

/** The run's event, as the runner writes it: the repository belongs to the organization contoso. */
const eventPath = join(await mkdtemp(join(tmpdir(), 'nuget-login-demo-')), 'event.json')
const owner = DEFAULT_POLICY.repositoryOwner
await writeFile(
  eventPath,
  JSON.stringify({
    repository: {
      full_name: `${owner}/${DEFAULT_POLICY.repository}`,
      private: false,
      owner: { login: owner, type: 'Organization' }
    }
  })
)

const environment = {
  ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken,
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_REPOSITORY: `${owner}/${DEFAULT_POLICY.repository}`,
  GITHUB_REPOSITORY_OWNER: owner,
  ...(realPush.certificates ? { NODE_EXTRA_CA_CERTS: realPush.certificates.caFile } : {})
}

try {
  for (const [title, user] of [
    ['A login as the policy creator', DEFAULT_POLICY.createdBy],
    [
      'A login as the organization that owns the repository and the package (the most common mistake)',
      DEFAULT_POLICY.packageOwner
    ]
  ] as const) {
    console.log(`\n=== ${title}: uses: acme/nuget-login@v1 with user: ${user}\n`)
    const result = await runAction({
      inputs: { user, 'token-service-url': byName(nuget.tokenUrl) },
      env: environment
    })
    show(result)
    const key = result.outputs.NUGET_API_KEY
    if (key) await pushWith(key)
  }
} finally {
  await standIns.close()
}

interface RealPush {
  certificates?: TestCertificates
  trust?: Record<string, string>
  /** Why the real client is not used here. */
  skipped?: string
}

/** The real `dotnet nuget push` needs the SDK and a way to trust the twin's test certificate. */
async function prepareRealPush(): Promise<RealPush> {
  const dotnet = await findDotnet()
  if (typeof dotnet === 'string') return { skipped: dotnet }
  let certificates: TestCertificates
  try {
    certificates = await createTestCertificates('localhost')
  } catch {
    return { skipped: 'openssl, which makes the test certificate, is not on PATH' }
  }
  const trust = await trustForDotnet(certificates.caFile)
  return typeof trust === 'string' ? { skipped: trust } : { certificates, trust }
}

async function pushWith(key: string) {
  if (realPush.skipped) {
    console.log(`--- skipped the real dotnet nuget push: ${realPush.skipped}`)
    const push = await pushPackage(
      `${nuget.url}/api/v2/package`,
      key,
      fakeNupkg('Contoso.Widgets', '1.0.0')
    )
    console.log(
      `--- pushed a test package with the key instead: PUT /api/v2/package answered ${push.status}`
    )
    return
  }
  const nupkg = await (
    await createLibrary('Contoso.Widgets')
  ).pack('1.0.0', join(tmpdir(), 'nuget-login-demo'))
  const command = `dotnet nuget push "${nupkg}" --api-key "$NUGET_API_KEY" --source ${byName(nuget.serviceIndexUrl)}`
  console.log(`--- the next step runs: ${command}`)
  const push = await runScript(command, 'bash', {
    cwd: tmpdir(),
    env: { ...process.env, ...DOTNET_ENV, ...realPush.trust, NUGET_API_KEY: key }
  })
  console.log(indent(push.output.trimEnd().split(key).join('***')))
  console.log(`--- dotnet nuget push exited with ${push.exitCode}`)
}

function show(result: RunResult) {
  console.log(indent(asTheRunnerShowsIt(maskedLog(result.stdout + result.stderr).trimEnd())))
  console.log(`\n--- exit code ${result.exitCode}, ${Math.round(result.durationMs)} ms`)
  const outputs = Object.entries(result.outputs)
  if (outputs.length === 0) console.log('--- outputs: none')
  for (const [name, value] of outputs) {
    const shown =
      name === 'NUGET_API_KEY' ? '*** (masked in the log; the next step receives the key)' : value
    console.log(`--- output ${name} = ${shown}`)
  }
  if (result.summary.trim()) console.log(`--- job summary:\n${indent(result.summary.trim())}`)
}

/** Workflow commands as the log page renders them: annotations titled, groups folded open. */
function asTheRunnerShowsIt(log: string) {
  return log
    .replace(
      /^::(error|warning|notice)::/gm,
      (_, kind: string) => `${kind[0]?.toUpperCase()}${kind.slice(1)}: `
    )
    .replace(/^::group::/gm, '▾ ')
    .replace(/^::endgroup::\n?/gm, '')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
}

function indent(text: string) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n')
}
