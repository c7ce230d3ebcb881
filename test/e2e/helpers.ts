import { expect } from 'vitest'
import { maskedLog, runAction, type RunOptions, type RunResult } from '../harness/run-action.ts'
import { startStandIns, type StandInOptions, type StandIns } from '../standins/index.ts'

/** Starts the stand-ins, runs the bundled action against them, and closes them afterwards. */
export async function runAgainstStandIns(
  standInOptions: StandInOptions = {},
  run: RunOptions = {},
  afterRun: (standIns: StandIns, result: RunResult) => Promise<void> = async () => {}
): Promise<{ standIns: StandIns; result: RunResult }> {
  const standIns = await startStandIns(standInOptions)
  try {
    const result = await runAgainst(standIns, run)
    await afterRun(standIns, result)
    return { standIns, result }
  } finally {
    await standIns.close()
  }
}

/** Runs the bundled action against stand-ins already started, as user alice unless `run` says otherwise. */
export function runAgainst(standIns: StandIns, run: RunOptions = {}): Promise<RunResult> {
  return runAction({
    ...run,
    inputs: { user: 'alice', 'token-service-url': standIns.nuget.tokenUrl, ...run.inputs },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken,
      ...run.env
    }
  })
}

/** Every secret a run could have seen: issued keys, OIDC tokens and the runner's request token. */
export function secretsOf(standIns: StandIns): string[] {
  return [...standIns.nuget.issuedKeys, ...standIns.github.issued, standIns.github.requestToken]
}

/** No secret in what a person can read: the log as the runner shows it, stderr, the job summary. */
export function expectNoSecretInLogs(result: RunResult, secrets: string[]) {
  const visible = { log: maskedLog(result.stdout), stderr: result.stderr, summary: result.summary }
  for (const secret of secrets) {
    for (const [where, text] of Object.entries(visible)) {
      expect(text.includes(secret), `a secret appears in the ${where}`).toBe(false)
    }
  }
}

/** A failed step: exit code 1, one error annotation, no outputs, no secrets. */
export function expectFailure(result: RunResult, standIns: StandIns, message: string | RegExp) {
  expect(result.exitCode).toBe(1)
  expect(result.outputs).toEqual({})
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error::'))
  expect(errors).toHaveLength(1)
  expect(errors[0]).toMatch(message)
  expectNoSecretInLogs(result, secretsOf(standIns))
}

export function exchangeRequests(standIns: StandIns) {
  return standIns.nuget.requests.filter((request) => request.method === 'POST')
}

export function tokenRequests(standIns: StandIns) {
  return standIns.github.requests.filter((request) => request.url.startsWith('/idtoken'))
}

/** The error annotation as the runner shows it: its %0A escapes turned back into lines. */
export const errorAnnotation = (stdout: string) =>
  (/^::error::(.*)$/m.exec(stdout)?.[1] ?? '').replace(/%0A/g, '\n').replace(/%25/g, '%')
