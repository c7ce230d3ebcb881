// A migrated workflow, run as the runner would: its login step runs the committed login bundle
// against the twins, and its migrated push step runs through bash with the real `dotnet nuget
// push` to the TLS twin of nuget.org, which must see the key the login issued.
import { readFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { bashParser } from '../../src/check/shell/bash.ts'
import { planMigration } from '../../src/migrate/plan.ts'
import { createLibrary, DOTNET_ENV, findDotnet, trustForDotnet } from '../harness/dotnet.ts'
import { ROOT, runAction } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import { evaluate, runScript, type WorkflowStep } from '../harness/workflow-steps.ts'
import { DEFAULT_POLICY, startStandIns, type StandIns } from '../standins/index.ts'
import { expectNoSecretInLogs, secretsOf } from './helpers.ts'

const NUGET_SOURCE = 'https://api.nuget.org/v3/index.json'
const dotnet = await findDotnet()
const certificates =
  typeof dotnet === 'string' ? undefined : await createTestCertificates('localhost')
const trust = certificates ? await trustForDotnet(certificates.caFile) : (dotnet as string)
const skipReason =
  typeof trust === 'string' ? trust : process.platform === 'win32' ? 'bash fixtures' : ''
if (skipReason) console.log(`Skipping the migrate end-to-end test: ${skipReason}.`)

/** The direct-key fixture, migrated by the planner, parsed as the runner reads it. */
async function migratedSteps(): Promise<WorkflowStep[]> {
  const path = '.github/workflows/release.yml'
  const text = await readFile(
    join(ROOT, 'test', 'fixtures', 'migrate', 'direct-key', 'input', 'release.yml'),
    'utf8'
  )
  const plan = planMigration([{ path, text }], { tools: { bash: bashParser(sh.syntax) } })
  const after = plan.files[0]?.after ?? ''
  const workflow = parse(after) as { jobs: { build: { steps: WorkflowStep[] } } }
  return workflow.jobs.build.steps
}

describe.skipIf(skipReason)('a migrated release job, with the real .NET client', () => {
  let standIns: StandIns
  let workspace: string
  let steps: WorkflowStep[]

  beforeAll(async () => {
    steps = await migratedSteps()
    workspace = await mkdtemp(join(tmpdir(), 'nuget-login-migrate-'))
    const library = await createLibrary('Contoso.Widgets')
    await library.pack('1.2.3', join(workspace, 'out'))
    standIns = await startStandIns({ nuget: { tls: certificates, policies: [DEFAULT_POLICY] } })
  }, 120_000)
  afterAll(() => standIns?.close())

  it('logs in with the migrated login step and pushes with its key through the migrated push step', async () => {
    const login = steps.find((step) => step.uses === 'acme/nuget-login@v1') as WorkflowStep
    const push = steps.find((step) => step.run?.includes('dotnet nuget push')) as WorkflowStep
    expect(login.id).toBe('nuget-login')
    expect(push.run).not.toContain('secrets.')

    const user = evaluate(String(login.with?.user), { 'vars.NUGET_USER': 'alice' })
    const loggedIn = await runAction({
      inputs: {
        user,
        'token-service-url': standIns.nuget.tokenUrl.replace('127.0.0.1', 'localhost')
      },
      env: {
        NODE_EXTRA_CA_CERTS: certificates?.caFile ?? '',
        ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken
      }
    })
    expect(loggedIn.exitCode).toBe(0)
    const key = loggedIn.outputs.NUGET_API_KEY ?? ''
    expect(key).not.toBe('')

    const context = { [`steps.${login.id}.outputs.NUGET_API_KEY`]: key }
    const stepEnv = Object.fromEntries(
      Object.entries(push.env ?? {}).map(([name, value]) => [
        name,
        evaluate(String(value), context)
      ])
    )
    const script = evaluate(push.run ?? '', context).replaceAll(
      NUGET_SOURCE,
      standIns.nuget.serviceIndexUrl.replace('127.0.0.1', 'localhost')
    )
    const inherited = Object.entries(process.env).filter(([name]) => name !== 'NUGET_API_KEY')
    const pushed = await runScript(script, 'bash', {
      cwd: workspace,
      env: {
        ...Object.fromEntries(inherited),
        ...DOTNET_ENV,
        ...(typeof trust === 'string' ? {} : trust),
        ...stepEnv
      }
    })

    expect(pushed.output).toContain('Your package was pushed.')
    expect(pushed.exitCode).toBe(0)
    expect(
      standIns.nuget.registry.pushed.map(({ id, version, apiKey }) => [id, version, apiKey])
    ).toEqual([['Contoso.Widgets', '1.2.3', key]])
    expect(standIns.nuget.issuedKeys).toEqual([key])
    expectNoSecretInLogs(loggedIn, secretsOf(standIns))
  })
})
