// The README's release job with the real tools: `dotnet pack`, the bundled action, and the
// README's own `dotnet nuget push` line (its `${{ }}` evaluated as GitHub does), against the
// nuget.org twin over HTTPS: a first run and a re-run, reserved prefixes and policy scopes.
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
import {
  DEFAULT_POLICY,
  startStandIns,
  type StandIns,
  type TrustPolicy
} from '../standins/index.ts'
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
/** Push only, on this repository's package ID: the README's recommended scopes. */
const WIDGETS_ONLY: TrustPolicy = {
  ...DEFAULT_POLICY,
  name: 'widgets only',
  createdBy: 'bob',
  scopes: { actions: ['package:push'], packageIds: ['Contoso.Widgets'] }
}
/** Only new versions of existing packages, on every Contoso.* ID. */
const VERSIONS_ONLY: TrustPolicy = {
  ...DEFAULT_POLICY,
  name: 'versions only',
  createdBy: 'carol',
  scopes: { actions: ['package:pushversion'], packageIds: ['Contoso.*'] }
}
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

  /**
   * Runs the README's push step as the runner would, in the workspace, against the twin: as run
   * attempt `attempt` (github.run_attempt), with `key` as the login step's output.
   */
  const runPush = (
    options: { step?: WorkflowStep; attempt?: number; key?: string; folder?: string } = {}
  ) => {
    const step = options.step ?? push
    const context = {
      'github.run_attempt': String(options.attempt ?? 1),
      [`steps.${loginId}.outputs.NUGET_API_KEY`]: options.key ?? login.outputs.NUGET_API_KEY ?? ''
    }
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([name, value]) => [
        name,
        evaluate(String(value), context)
      ])
    )
    const script = evaluate(step.run ?? '', context)
      .replaceAll(NUGET_SOURCE, standIns.nuget.serviceIndexUrl.replace('127.0.0.1', 'localhost'))
      .replaceAll('artifacts/', `${options.folder ?? 'artifacts'}/`)
    return runScript(script, SHELL, { cwd: workspace, env: stepEnvironment(stepEnv) })
  }
  const logIn = (user: string) =>
    runAction({
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
  const pushedIds = () =>
    standIns.nuget.registry.pushed.map(({ id, version }) => `${id} ${version}`)

  beforeAll(async () => {
    ;({ push, loginId } = await readmePushStep())
    workspace = await mkdtemp(join(tmpdir(), 'nuget-login-release-'))
    library = await createLibrary('Contoso.Widgets')
    widgets = await library.pack('1.2.3', join(workspace, 'artifacts'))
    // The same build packed under other IDs and versions, one folder each.
    await library.pack('2.0.0', join(workspace, 'other'), 'Fabrikam.Gadgets')
    await library.pack('1.0.0', join(workspace, 'reserved'), 'Fabrikam.Widgets')
    await library.pack('1.0.0', join(workspace, 'new-id'), 'Contoso.Gadgets')
    await library.pack('1.2.4', join(workspace, 'next'))
    standIns = await startStandIns({
      nuget: {
        tls: certificates,
        policies: [DEFAULT_POLICY, WIDGETS_ONLY, VERSIONS_ONLY],
        packages: { 'Fabrikam.Gadgets': 'fabrikam' },
        reservedPrefixes: { 'Fabrikam.*': ['fabrikam'] }
      }
    })
    login = await logIn('alice')
  }, 120_000)
  afterAll(() => standIns?.close())

  it('logs in, and the README’s push line (a first run) pushes exactly the packed package with the issued key', async () => {
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

  it('fails a first run that pushes an unchanged version: 409 and a non-zero exit, as there is no --skip-duplicate', async () => {
    const again = await runPush({ attempt: 1 })

    expect(again.exitCode).not.toBe(0)
    expect(again.output).toContain(
      "409 (A package with ID 'Contoso.Widgets' and version '1.2.3' already exists and cannot be modified.)"
    )
    expect(pushedIds()).toEqual(['Contoso.Widgets 1.2.3'])
  })

  it('passes a re-run (run_attempt 2): --skip-duplicate reports "already exists", exits 0 and publishes nothing', async () => {
    const rerun = await runPush({ attempt: 2 })

    expect(rerun.exitCode).toBe(0)
    expect(rerun.output).toMatch(
      /Package '.*Contoso\.Widgets\.1\.2\.3\.nupkg' already exists at feed/
    )
    expect(rerun.output).not.toContain('Your package was pushed.')
    expect(pushedIds()).toEqual(['Contoso.Widgets 1.2.3'])
  })

  it('a new ID in another owner’s reserved prefix: a first run fails with the 409; a re-run’s --skip-duplicate calls it "already exists", exits 0 and publishes nothing', async () => {
    const first = await runPush({ folder: 'reserved' })
    expect(first.exitCode).not.toBe(0)
    expect(first.output).toContain('409 (This package ID has been reserved.')

    const rerun = await runPush({ folder: 'reserved', attempt: 2 })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.output).toMatch(
      /Package '.*Fabrikam\.Widgets\.1\.0\.0\.nupkg' already exists at feed/
    )
    expect(pushedIds()).not.toContain('Fabrikam.Widgets 1.0.0')
  })

  it('fails with 403 and nuget.org’s message for a package another owner holds', async () => {
    const refused = await runPush({ folder: 'other' })

    expect(refused.exitCode).not.toBe(0)
    expect(refused.output).toContain(`403 (${KEY_REFUSED})`)
    expect(pushedIds()).not.toContain('Fabrikam.Gadgets 2.0.0')
  })

  describe('a scoped policy: the login succeeds, the push outside the scopes gets 403', () => {
    it('an ID outside the policy’s package ID globs', async () => {
      const scopedLogin = await logIn('bob')
      expect(scopedLogin.exitCode).toBe(0)
      const key = scopedLogin.outputs.NUGET_API_KEY

      const refused = await runPush({ folder: 'new-id', key })
      expect(refused.exitCode).not.toBe(0)
      expect(refused.output).toContain(`403 (${KEY_REFUSED})`)
      expect(pushedIds()).not.toContain('Contoso.Gadgets 1.0.0')
    })

    it('a new ID under "only new versions", while a new version of an existing ID is pushed', async () => {
      const scopedLogin = await logIn('carol')
      expect(scopedLogin.exitCode).toBe(0)
      const key = scopedLogin.outputs.NUGET_API_KEY

      const refused = await runPush({ folder: 'new-id', key })
      expect(refused.exitCode).not.toBe(0)
      expect(refused.output).toContain(`403 (${KEY_REFUSED})`)
      const version = await runPush({ folder: 'next', key })
      expect(version.exitCode).toBe(0)
      expect(pushedIds()).toEqual(['Contoso.Widgets 1.2.3', 'Contoso.Widgets 1.2.4'])
    })
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
      'takes a value after an option that takes none as a package path: it pushes, then fails with "File does not exist" (bash runners)',
      async () => {
        const pushed = await pushWith('1.3.4', `--no-symbols true --api-key ${key()}`, {})
        expect(pushed.output).toContain('Your package was pushed.')
        expect(pushed.output).toContain('File does not exist (true).')
        expect(pushed.exitCode).toBe(1)
        expect(pushedIds()).toContain('Contoso.Widgets 1.3.4')
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
