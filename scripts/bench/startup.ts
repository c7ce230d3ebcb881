// Start-up benchmark: the committed bundle's happy path against loopback stand-ins, alternating
// with bare `node -e 0` on the same Node and with any other login bundles named (`--against`),
// plus the bundle's peak memory and size. With other bundles, a second alternation measures each
// process's CPU time (user + system), which a busy machine disturbs less than the wall clock.
import { stat } from 'node:fs/promises'
import { cpus } from 'node:os'
import { resolve } from 'node:path'
import { BUNDLE, runAction, spawnNode } from '../../test/harness/run-action.ts'
import { startStandIns, type StandIns } from '../../test/standins/index.ts'
import { median, ms, percentile } from './stats.ts'

const REPORT_PEAK_RSS =
  "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))"
const REPORT_CPU =
  "--import=data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})"

export async function startup(runs: number, against: string[] = []) {
  const standIns = await startStandIns()
  try {
    const login = async (nodeArgs: string[] = [], bundle?: string) => {
      const result = await runAction({
        inputs: inputsFor(standIns),
        env: envFor(standIns),
        nodeArgs,
        bundle
      })
      if (
        result.exitCode !== 0 ||
        !standIns.nuget.issuedKeys.includes(result.outputs.NUGET_API_KEY ?? '')
      )
        throw new Error(`the login ${bundle ?? BUNDLE} failed:\n${result.stdout}${result.stderr}`)
      return result
    }
    const others = against.map((bundle) => ({
      bundle: resolve(bundle),
      times: [] as number[],
      cpu: [] as number[]
    }))
    const cpuMs = async (bundle?: string) =>
      Number(/cpu=(\d+)/.exec((await login([REPORT_CPU], bundle)).stderr)?.[1]) / 1000
    const bareNode = () => spawnNode(['-e', '0'], { PATH: process.env.PATH ?? '' }, 10_000)
    // The floor the issue names: Node plus https, which http-client (and so core) always loads.
    const nodeWithHttps = () =>
      spawnNode(
        ['--input-type=module', '-e', "import 'node:https'"],
        { PATH: process.env.PATH ?? '' },
        10_000
      )

    for (let i = 0; i < 3; i++) {
      await Promise.all([login(), bareNode()].map((p) => p.then(() => {})))
      for (const other of others) await login([], other.bundle)
    }
    const bundleTimes: number[] = []
    const nodeTimes: number[] = []
    const floorTimes: number[] = []
    for (let i = 0; i < runs; i++) {
      nodeTimes.push((await bareNode()).durationMs)
      bundleTimes.push((await login()).durationMs)
      for (const other of others) other.times.push((await login([], other.bundle)).durationMs)
      floorTimes.push((await nodeWithHttps()).durationMs)
    }
    const peaks: number[] = []
    for (let i = 0; i < 5; i++) {
      const { stderr } = await login([REPORT_PEAK_RSS])
      peaks.push(Number(/maxrss=(\d+)/.exec(stderr)?.[1]) / 1024)
    }
    const bundleCpu: number[] = []
    for (let i = 0; i < (others.length > 0 ? runs : 0); i++) {
      bundleCpu.push(await cpuMs())
      for (const other of others) other.cpu.push(await cpuMs(other.bundle))
    }
    const size = (await stat(BUNDLE)).size
    report({ runs, bundleTimes, nodeTimes, floorTimes, peaks, size })
    reportOthers(bundleTimes, bundleCpu, others)
    return {
      ratio: median(bundleTimes) / median(nodeTimes),
      peakMiB: Math.max(...peaks),
      size,
      against: others.map((other) => ({
        bundle: other.bundle,
        ratio: median(bundleTimes) / median(other.times)
      }))
    }
  } finally {
    await standIns.close()
  }
}

function inputsFor(standIns: StandIns) {
  return { user: 'alice', 'token-service-url': standIns.nuget.tokenUrl }
}

function envFor(standIns: StandIns) {
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: standIns.github.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: standIns.github.requestToken
  }
}

function report(figures: {
  runs: number
  bundleTimes: number[]
  nodeTimes: number[]
  floorTimes: number[]
  peaks: number[]
  size: number
}) {
  const { bundleTimes, nodeTimes, floorTimes } = figures
  const ratio = (values: number[]) => (median(values) / median(nodeTimes)).toFixed(2)
  const spread = (values: number[]) =>
    `median ${ms(median(values))}  (p10 ${ms(percentile(values, 10))}, p90 ${ms(percentile(values, 90))})`
  console.log(
    `Start-up: ${figures.runs} alternating runs after 3 warm-ups, Node ${process.version}, ` +
      `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`
  )
  console.log(`node -e 0             ${spread(nodeTimes)}`)
  console.log(`node + https (floor)  ${spread(floorTimes)}  = ${ratio(floorTimes)}x`)
  console.log(
    `login (happy path)    ${spread(bundleTimes)}  = ${ratio(bundleTimes)}x (goal: at most 1.8x)`
  )
  console.log(
    `peak RSS              ${Math.max(...figures.peaks).toFixed(1)} MiB (goal: at most 50 MiB)`
  )
  console.log(`dist/index.js         ${(figures.size / 1024).toFixed(1)} KB (goal: at most 200 KB)`)
}

/** Each other bundle's medians, and ours as a multiple of them (below 1: ours starts faster). */
function reportOthers(
  bundleTimes: number[],
  bundleCpu: number[],
  others: { bundle: string; times: number[]; cpu: number[] }[]
) {
  if (others.length > 0) console.log(`login CPU time        median ${ms(median(bundleCpu))}`)
  for (const other of others) {
    const times = (median(bundleTimes) / median(other.times)).toFixed(2)
    const cpu = (median(bundleCpu) / median(other.cpu)).toFixed(2)
    console.log(
      `against ${other.bundle}\n` +
        `  wall clock          median ${ms(median(other.times))} (p10 ${ms(percentile(other.times, 10))}, ` +
        `p90 ${ms(percentile(other.times, 90))}); ours = ${times}x it\n` +
        `  CPU time            median ${ms(median(other.cpu))}; ours = ${cpu}x it`
    )
  }
}
