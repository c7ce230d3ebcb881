// Runs the committed bundle many times against stand-ins that fail a share of all requests with
// random transient faults, and reports how many logins still succeed, how long they take, and
// whether any secret leaked.
import { maskedLog, runAction, type RunResult } from '../../test/harness/run-action.ts'
import { FaultPlan, startStandIns, type StandIns } from '../../test/standins/index.ts'
import { seededRandom } from '../../test/harness/seeded-random.ts'
import { median, ms, percentile } from './stats.ts'

export interface ChaosOptions {
  runs: number
  faultRate: number
  concurrency: number
  seed: number
}

interface Outcome {
  ok: boolean
  durationMs: number
  leaked: boolean
  outputOnFailure: boolean
  error?: string
}

export async function chaos(options: ChaosOptions) {
  const random = seededRandom(options.seed)
  const standIns = await startStandIns({
    github: { faults: new FaultPlan(options.faultRate, random) },
    nuget: { faults: new FaultPlan(options.faultRate, random) }
  })
  console.log(
    `Chaos: ${options.runs} runs of dist/index.js, ${options.faultRate * 100}% of requests to both ` +
      `stand-ins fail with a random transient fault (seed ${options.seed}, ${options.concurrency} at a time)`
  )
  const outcomes: Outcome[] = []
  try {
    let next = 0
    const worker = async () => {
      while (next < options.runs) {
        next++
        outcomes.push(await oneRun(standIns))
        if (outcomes.length % 50 === 0) console.log(`  ${outcomes.length} runs done`)
      }
    }
    await Promise.all(Array.from({ length: options.concurrency }, worker))
  } finally {
    await standIns.close()
  }
  report(outcomes, standIns)
  return outcomes
}

async function oneRun(standIns: StandIns): Promise<Outcome> {
  const result = await runAction({
    inputs: { user: 'alice', 'token-service-url': standIns.nuget.tokenUrl },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken
    }
  })
  const key = result.outputs.NUGET_API_KEY
  const ok = result.exitCode === 0 && key !== undefined && standIns.nuget.issuedKeys.includes(key)
  return {
    ok,
    durationMs: result.durationMs,
    leaked: leaks(result, standIns),
    outputOnFailure: !ok && Object.keys(result.outputs).length > 0,
    error: ok ? undefined : /^::error::(.*)$/m.exec(result.stdout)?.[1]
  }
}

function leaks(result: RunResult, standIns: StandIns): boolean {
  const visible = maskedLog(result.stdout) + result.stderr + result.summary
  const secrets = [
    ...standIns.nuget.issuedKeys,
    ...standIns.github.issued,
    standIns.github.requestToken
  ]
  return secrets.some((secret) => visible.includes(secret))
}

function report(outcomes: Outcome[], standIns: StandIns) {
  const succeeded = outcomes.filter((outcome) => outcome.ok).length
  const durations = outcomes.map((outcome) => outcome.durationMs)
  const requests = standIns.github.requests.length + standIns.nuget.requests.length
  console.log(`
success rate      ${succeeded}/${outcomes.length} = ${((100 * succeeded) / outcomes.length).toFixed(1)}%
step time         median ${ms(median(durations))}, p95 ${ms(percentile(durations, 95))}, max ${ms(Math.max(...durations))}
leaks             ${outcomes.filter((outcome) => outcome.leaked).length} runs with a secret in a log
outputs on error  ${outcomes.filter((outcome) => outcome.outputOnFailure).length}
requests served   ${requests} (${standIns.nuget.issuedKeys.length} keys issued)`)
  const errors = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.error)
  for (const error of errors) console.log(`failed run: ${error}`)
}
