// Issue 16, "workflow commands smuggled through claims": what the bundle prints is replayed through
// the runner's own reading of a step's output (test/harness/runner-commands.ts), with hostile token
// claims, server messages and inputs. Only the action's own commands may come out of it.
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MarkdownIt from 'markdown-it'
import { describe, expect, it } from 'vitest'
import { replayOutput, type RunnerReading } from '../harness/runner-commands.ts'
import type { RunResult } from '../harness/run-action.ts'
import { DEFAULT_WORKFLOW, type Workflow } from '../standins/github-oidc.ts'
import { DEFAULT_POLICY, FaultPlan, type StandIns } from '../standins/index.ts'
import { evaluate, runScript } from '../harness/workflow-steps.ts'
import { expectFailure, runAgainstStandIns, secretsOf } from './helpers.ts'

/** Each way a value can make the runner take text for a command. */
const SMUGGLED = {
  'a lone \\r, then stop-commands': 'x\r::stop-commands::pwned',
  'a \\r\\n, then a forged error': 'x\r\n::error title=Approved::forged error',
  'a \\n, then white space and set-output': 'x\n \u00a0::set-output name=NUGET_API_KEY::forged',
  'the legacy form mid-line': 'x ##[stop-commands]pwned',
  'the legacy form setting an output': 'x ##[set-output name=NUGET_API_KEY;]forged',
  'a forged mask that hides the log': 'x ##[add-mask]Logged',
  'a line separator and bidi controls': 'x\u2028\u202e::warning::forged\u202c'
} as const

/** The claims a workflow (or whoever names its files, environments and refs) controls. */
function hostileWorkflow(value: string): { workflow: Workflow; policyFields: object } {
  return {
    workflow: {
      ...DEFAULT_WORKFLOW,
      workflowFile: `release${value}.yml`,
      environment: `nuget${value}`,
      ref: `refs/heads/main${value}`
    },
    policyFields: { workflowFile: `release${value}.yml`, environment: `nuget${value}` }
  }
}

/** Every command the runner ran, with the text of those that are not masks of this run's secrets. */
function commandsOf(reading: RunnerReading, secrets: string[]): string[] {
  return reading.commands.map((command) =>
    command.name === 'add-mask' && secrets.includes(command.data)
      ? 'add-mask <secret>'
      : `${command.name} ${command.data}`.trim()
  )
}

/** Stdout and stderr as the runner reads them, and what it made of them. */
function expectOnlyOwnCommands(result: RunResult, standIns: StandIns, expected: string[]) {
  const secrets = secretsOf(standIns)
  const reading = replayOutput(result.stdout)
  expect(commandsOf(reading, secrets)).toEqual(expected)
  expect(reading.stoppedBy).toBeUndefined()
  expect(replayOutput(result.stderr).commands).toEqual([])
  return reading
}

describe('hostile claims reach the log, never the runner as commands', () => {
  it.each(Object.entries(SMUGGLED))('%s', async (_, value) => {
    const { workflow, policyFields } = hostileWorkflow(value)
    const { standIns, result } = await runAgainstStandIns({
      github: { workflow },
      nuget: { policies: [{ ...DEFAULT_POLICY, ...policyFields }] }
    })

    expect(result.exitCode).toBe(0)
    const reading = expectOnlyOwnCommands(result, standIns, [
      'add-mask <secret>',
      'add-mask <secret>',
      'group What nuget.org will match against your trusted publishing policy',
      'endgroup',
      'add-mask <secret>'
    ])
    // The key's own mask was read as a command: the log shows it only as ***.
    expect(reading.masks).toContain(result.outputs.NUGET_API_KEY)
    expect(reading.log.join('\n')).not.toContain(result.outputs.NUGET_API_KEY)
    expect(result.outputs.NUGET_API_KEY).toBe(standIns.nuget.issuedKeys[0])
    // The values are shown, on the line of their own claim.
    const claimLines = reading.log.filter((line) => /^(Workflow File|Environment|Ref):/.test(line))
    expect(claimLines).toHaveLength(3)
    const [group, endgroup] = reading.commands.filter((command) => command.name.endsWith('group'))
    expect((endgroup?.line ?? 0) - (group?.line ?? 0) - 1).toBe(7)
  })
})

describe('hostile server messages and inputs reach the log, never the runner as commands', () => {
  it('a refusal whose message and policy name carry commands', async () => {
    const policyName = `widgets${SMUGGLED['a lone \\r, then stop-commands']}${SMUGGLED['the legacy form mid-line']}`
    const { standIns, result } = await runAgainstStandIns({
      nuget: { policies: [{ ...DEFAULT_POLICY, name: policyName, workflowFile: 'other.yml' }] }
    })

    expect(result.exitCode).toBe(1)
    const own = expectOnlyOwnCommands(result, standIns, [
      'add-mask <secret>',
      'add-mask <secret>',
      'group What nuget.org will match against your trusted publishing policy',
      'endgroup',
      expect.stringMatching(
        /^error 127\.0\.0\.1:\d+ refused the login \(HTTP 401\): Workflow mismatch/
      )
    ] as unknown as string[])
    // The server's words are quoted in the step's error, where the runner runs nothing.
    expect(own.commands.at(-1)?.data).toContain('stop-commands]pwned')
  })

  it('a transient answer whose body carries commands, then a key', async () => {
    const body = `Service Unavailable${SMUGGLED['a lone \\r, then stop-commands']}${SMUGGLED['the legacy form mid-line']}`
    const { standIns, result } = await runAgainstStandIns({
      nuget: { faults: new FaultPlan().add({ kind: 'status', status: 503, body }) }
    })

    expect(result.exitCode).toBe(0)
    expectOnlyOwnCommands(result, standIns, [
      'add-mask <secret>',
      'add-mask <secret>',
      'group What nuget.org will match against your trusted publishing policy',
      'endgroup',
      expect.stringMatching(
        /^warning Exchanging the OIDC token .* \(HTTP 503\): Service Unavailable/
      ),
      'add-mask <secret>',
      'add-mask <secret>'
    ] as unknown as string[])
  })

  it('an input whose value carries commands', async () => {
    const { standIns, result } = await runAgainstStandIns(
      {},
      {
        inputs: {
          timeout: `5${SMUGGLED['a lone \\r, then stop-commands']}${SMUGGLED['the legacy form mid-line']}`
        }
      }
    )

    expect(result.exitCode).toBe(1)
    expectOnlyOwnCommands(result, standIns, [
      expect.stringMatching(/^error The input `timeout` must be a whole number/)
    ] as unknown as string[])
  })
})

describe('a key that is code', () => {
  /** The push step NuGet/login's README shows, with `dotnet` replaced by a harmless `true`. */
  const PUSH_STEP =
    'true nuget push pkg.nupkg --api-key "${{ steps.login.outputs.NUGET_API_KEY }}" --source x'

  it('is refused, so a later step that writes the output into its script runs nothing', async () => {
    const apiKey = 'A1b2$(touch${IFS}pwned)'
    const { standIns, result } = await runAgainstStandIns({
      nuget: {
        successAnswer: (_, expires) => ({
          status: 200,
          body: JSON.stringify({ tokenType: 'ApiKey', expires, apiKey })
        })
      }
    })

    expectFailure(
      result,
      standIns,
      /its `apiKey` \(\d+ characters\) holds characters other than ASCII letters and digits/
    )
    expect(result.stdout).not.toContain('touch')
    const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-push-'))
    try {
      const script = evaluate(PUSH_STEP, {
        'steps.login.outputs.NUGET_API_KEY': result.outputs.NUGET_API_KEY ?? ''
      })
      await runScript(script, 'bash', { cwd: workspace, env: { PATH: process.env.PATH } })
      expect(await readdir(workspace)).toEqual([])
    } finally {
      await rm(workspace, { recursive: true, force: true })
    }
  })
})

describe('server text in the job summary', () => {
  it('a policy name holding a link and an image is shown, never rendered as either', async () => {
    const name = 'release [Fix it here](https://evil.example/fix) ![x](https://evil.example/p.png)'
    const { standIns, result } = await runAgainstStandIns({
      nuget: { policies: [{ ...DEFAULT_POLICY, name, workflowFile: 'other.yml' }] }
    })

    expectFailure(result, standIns, /Workflow mismatch for policy/)
    const html = new MarkdownIt({ html: true, linkify: true }).render(result.summary)
    expect(html).not.toMatch(/<a [^>]*evil|<img [^>]*evil/)
    expect(html).toContain('[Fix it here](https://evil.example/fix)')
  })
})
