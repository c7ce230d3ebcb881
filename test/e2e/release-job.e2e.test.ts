// The README's release job with the real tools: `dotnet pack`, the bundled action, and the
// README's own `dotnet nuget push` line, against the nuget.org twin over HTTPS.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createLibrary,
  DOTNET_ENV,
  findDotnet,
  trustForDotnet,
  type Library
} from '../harness/dotnet.ts'
import { runAction, type RunResult } from '../harness/run-action.ts'
import { createTestCertificates } from '../harness/test-ca.ts'
import {
  allSteps,
  evaluate,
  readmeWorkflows,
  runScript,
  type WorkflowStep
} from '../harness/workflow-steps.ts'
import { startStandIns, type StandIns } from '../standins/index.ts'
import { expectNoSecretInLogs, secretsOf } from './helpers.ts'

const NUGET_SOURCE = 'https://api.nuget.org/v3/index.json'
const SHELL = process.platform === 'win32' ? 'pwsh' : 'bash'
const KEY_REFUSED =
  'The specified API key is invalid, has expired, or does not have permission to access the specified package.'

const dotnet = await findDotnet()
const certificates =
  typeof dotnet === 'string' ? undefined : await createTestCertificates('localhost')
const trust = certificates ? await trustForDotnet(certificates.caFile) : (dotnet as string)
const skipReason = typeof trust === 'string' ? trust : ''
/** What the dotnet processes need to trust the twin's certificate. */
const trustEnv = typeof trust === 'string' ? {} : trust
if (skipReason) {
  if (process.env.NUGET_LOGIN_REQUIRE_DOTNET) {
    throw new Error(`The release-job test must run here, but ${skipReason}.`)
  }
  console.log(`Skipping the release-job test: ${skipReason}.`)
}

/** The environment of a step that runs dotnet: this machine's, less any key of its own. */
function stepEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  const inherited = Object.entries(process.env).filter(([name]) => name !== 'NUGET_API_KEY')
  return { ...Object.fromEntries(inherited), ...DOTNET_ENV, ...trustEnv, ...extra }
}

/** The README's push step for this runner's shell; every README workflow must use the same one. */
async function readmePushStep(): Promise<{ push: WorkflowStep; loginId: string }> {
  const found: { push: WorkflowStep; loginId: string }[] = []
  for (const { workflow } of await readmeWorkflows()) {
    const steps = allSteps(workflow)
    const push = steps.find((step) => step.run?.includes('dotnet nuget push'))
    const login = steps.find((step) => step.uses?.startsWith('acme/nuget-login'))
    if (!push || (push.shell ?? 'bash') !== SHELL) continue
    found.push({ push, loginId: login?.id ?? '(the login step has no id)' })
  }
  expect(found.length, `README workflows with a ${SHELL} push step`).toBeGreaterThan(0)
  const commandOf = ({ push, loginId }: (typeof found)[number]) => ({
    run: push.run,
    env: push.env,
    loginId
  })
  for (const other of found)
    expect(commandOf(other)).toEqual(commandOf(found[0] as (typeof found)[number]))
  return found[0] as { push: WorkflowStep; loginId: string }
}

describe.skipIf(skipReason)('the release job, with the real .NET client', () => {
  let standIns: StandIns
  let workspace: string
  let login: RunResult
  let push: WorkflowStep
  let loginId: string
  let widgets: string
  let library: Library

  /** Runs the README's push step as the runner would, in the workspace, against the twin. */
  const runPush = (env: Record<string, string> = {}, step: WorkflowStep = push) => {
    const context = {
      [`steps.${loginId}.outputs.NUGET_API_KEY`]: login.outputs.NUGET_API_KEY ?? ''
    }
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [
        name,
        evaluate(String(value), context)
      ])
    )
    const script = evaluate(step.run ?? '', context).replaceAll(
      NUGET_SOURCE,
      standIns.nuget.serviceIndexUrl.replace('127.0.0.1', 'localhost')
    )
    return runScript(script, SHELL, {
      cwd: workspace,
      env: stepEnvironment({ ...stepEnv, ...env })
    })
  }

  beforeAll(async () => {
    ;({ push, loginId } = await readmePushStep())
    workspace = await mkdtemp(join(tmpdir(), 'nuget-login-release-'))
    const artifacts = join(workspace, 'artifacts')
    library = await createLibrary('Contoso.Widgets')
    widgets = await library.pack('1.2.3', artifacts)
    await (await createLibrary('Fabrikam.Gadgets')).pack('2.0.0', join(workspace, 'other'))
    standIns = await startStandIns({
      nuget: { tls: certificates, packages: { 'Fabrikam.Gadgets': 'fabrikam' } }
    })
    login = await runAction({
      inputs: {
        user: 'alice',
        'token-service-url': standIns.nuget.tokenUrl.replace('127.0.0.1', 'localhost')
      },
      env: {
        NODE_EXTRA_CA_CERTS: certificates?.caFile ?? '',
        ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken
      }
    })
  }, 120_000)
  afterAll(() => standIns?.close())

  it('logs in, and the README’s push line pushes exactly the packed package with the issued key', async () => {
    expect(login.exitCode).toBe(0)
    const pushed = await runPush()

    expect(pushed.output).toContain('Your package was pushed.')
    expect(pushed.exitCode).toBe(0)
    const bytes = (await readFile(widgets)).length
    expect(standIns.nuget.registry.pushed).toEqual([
      { id: 'Contoso.Widgets', version: '1.2.3', apiKey: login.outputs.NUGET_API_KEY, bytes }
    ])
    expect(standIns.nuget.issuedKeys).toEqual([login.outputs.NUGET_API_KEY])
    expectNoSecretInLogs(login, secretsOf(standIns))
  })

  it('passes a re-run: the same push with --skip-duplicate warns and succeeds', async () => {
    const again = await runPush()

    expect(again.exitCode).toBe(0)
    expect(again.output).toMatch(
      /Package '.*Contoso\.Widgets\.1\.2\.3\.nupkg' already exists at feed/
    )
    expect(standIns.nuget.registry.pushed).toHaveLength(1)
  })

  it('fails with 403 and nuget.org’s message for a package another owner holds', async () => {
    const step = { ...push, run: push.run?.replace('artifacts/', 'other/') }
    const refused = await runPush({}, step)

    expect(refused.exitCode).not.toBe(0)
    expect(refused.output).toContain(`403 (${KEY_REFUSED})`)
    expect(standIns.nuget.registry.pushed.map((p) => p.id)).not.toContain('Fabrikam.Gadgets')
  })

  describe('which key dotnet nuget push uses', () => {
    const pushWith = async (version: string, args: string, env: Record<string, string>) => {
      const nupkg = await library.pack(version, join(workspace, `v${version}`))
      const source = standIns.nuget.serviceIndexUrl.replace('127.0.0.1', 'localhost')
      const script = `dotnet nuget push "${nupkg}" --source ${source} ${args}`
      return runScript(script, 'bash', { cwd: workspace, env: stepEnvironment(env) })
    }
    const key = () => login.outputs.NUGET_API_KEY ?? ''

    it.skipIf(process.platform === 'win32')(
      'takes NUGET_API_KEY from the environment when --api-key is absent (bash runners)',
      async () => {
        const pushed = await pushWith('1.3.0', '', { NUGET_API_KEY: key() })
        expect(pushed.output).toContain('Your package was pushed.')
      }
    )

    it.skipIf(process.platform === 'win32')(
      'lets a stale --api-key win over a fresh NUGET_API_KEY: 403 (bash runners)',
      async () => {
        const refused = await pushWith('1.3.1', '--api-key stale-key-from-a-secret', {
          NUGET_API_KEY: key()
        })
        expect(refused.exitCode).not.toBe(0)
        expect(refused.output).toContain(`403 (${KEY_REFUSED})`)
      }
    )

    it.skipIf(process.platform === 'win32')(
      'lets NUGET_API_KEY win over a stale apikeys entry in NuGet.Config (Linux and macOS)',
      async () => {
        const source = standIns.nuget.serviceIndexUrl.replace('127.0.0.1', 'localhost')
        const config = join(workspace, 'stale.config')
        await writeFile(
          config,
          `<configuration><apikeys><add key="${source}" value="stale" /></apikeys></configuration>`
        )
        const pushed = await pushWith('1.3.2', `--configfile "${config}"`, { NUGET_API_KEY: key() })
        expect(pushed.output).toContain('Your package was pushed.')
        const alone = await pushWith('1.3.3', `--configfile "${config}"`, {})
        expect(alone.exitCode).not.toBe(0)
        expect(alone.output).toContain('Encryption is not supported on non-Windows platforms')
      }
    )
  })
})
