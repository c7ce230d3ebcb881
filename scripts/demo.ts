// Runs the bundled action the way the runner does, against loopback stand-ins of GitHub's OIDC
// endpoint and nuget.org's token service: first a login that works, then one nuget.org refuses.
import { maskedLog, runAction, type RunResult } from '../test/harness/run-action.ts'
import { DEFAULT_POLICY, startStandIns } from '../test/standins/index.ts'

const standIns = await startStandIns()
const { github, nuget } = standIns

console.log('Stand-ins on loopback:')
console.log(`  GitHub OIDC endpoint     ${github.requestUrl}`)
console.log(`  nuget.org token service  ${nuget.tokenUrl}`)
console.log(
  `  trusted publishing policy created by '${DEFAULT_POLICY.createdBy}' for ` +
    `${DEFAULT_POLICY.repositoryOwner}/${DEFAULT_POLICY.repository}, workflow ${DEFAULT_POLICY.workflowFile}, ` +
    `environment ${DEFAULT_POLICY.environment}`
)

const environment = {
  ACTIONS_ID_TOKEN_REQUEST_URL: github.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: github.requestToken
}

try {
  for (const [title, user] of [
    ['A login as the policy creator', DEFAULT_POLICY.createdBy],
    ['A login as the package owner instead (a common mistake)', DEFAULT_POLICY.packageOwner]
  ] as const) {
    console.log(`\n=== ${title}: uses: acme/nuget-login@v1 with user: ${user}\n`)
    const result = await runAction({
      inputs: { user, 'token-service-url': nuget.tokenUrl },
      env: environment
    })
    show(result)
    const key = result.outputs.NUGET_API_KEY
    if (key) {
      const push = await fetch(`${nuget.url}/api/v2/package`, {
        method: 'PUT',
        headers: { 'X-NuGet-ApiKey': key }
      })
      console.log(
        `--- the next step pushes with the key: PUT /api/v2/package answers ${push.status}`
      )
    }
  }
} finally {
  await standIns.close()
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
