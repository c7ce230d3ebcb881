// Runs the committed check bundle on a workspace a test builds, as the runner would, and reads
// back its annotations and its peak memory.
import { appendFile, lstat, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, type RunResult } from './run-action.ts'

/** Prints the process's peak resident memory to stderr as it exits, as scripts/bench does. */
export const REPORT_PEAK_RSS =
  "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))"

export interface Annotation {
  level: string
  file: string
  line: string
  column: string
  title: string
  message: string
}

export interface CheckRun extends RunResult {
  annotations: Annotation[]
  /** Peak resident memory in MiB, when the process lived to report it. */
  peakMiB?: number
  /** Bytes the workflow folder's regular files hold on disk (a sparse file's blocks only). */
  inputBytes: number
}

export interface WorkspaceOptions {
  /** A name for the run in NUGET_LOGIN_HOSTILE_REPORT, a file of one JSON line per run. */
  label?: string
  inputs?: Record<string, string>
  killAfterMs?: number
  openFileLimit?: number
}

/** Builds a workspace with `fill` (given its root and its .github/workflows) and runs the check. */
export async function checkWorkspace(
  fill: (root: string, workflows: string) => Promise<void>,
  options: WorkspaceOptions = {}
): Promise<CheckRun> {
  const root = await mkdtemp(join(tmpdir(), 'nuget-login-hostile-'))
  try {
    const workflows = join(root, '.github', 'workflows')
    await mkdir(workflows, { recursive: true })
    await fill(root, workflows)
    const inputBytes = await bytesIn(workflows)
    const result = await runAction({
      action: 'check',
      ...(options.inputs ? { inputs: options.inputs } : {}),
      env: { GITHUB_WORKSPACE: root },
      nodeArgs: [REPORT_PEAK_RSS],
      killAfterMs: options.killAfterMs ?? 60_000,
      ...(options.openFileLimit ? { openFileLimit: options.openFileLimit } : {})
    })
    const peak = /maxrss=(\d+)/.exec(result.stderr)?.[1]
    const run: CheckRun = {
      ...result,
      annotations: annotationsOf(result.stdout),
      inputBytes,
      ...(peak ? { peakMiB: Number(peak) / 1024 } : {})
    }
    if (options.label && process.env.NUGET_LOGIN_HOSTILE_REPORT) {
      const { durationMs: ms, peakMiB, timedOut: killed } = run
      const line = { name: options.label, bytes: inputBytes, ms, peakMiB, killed }
      await appendFile(process.env.NUGET_LOGIN_HOSTILE_REPORT, `${JSON.stringify(line)}\n`)
    }
    return run
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

async function bytesIn(folder: string): Promise<number> {
  let bytes = 0
  for (const name of await readdir(folder)) {
    const stats = await lstat(join(folder, name))
    if (stats.isFile()) bytes += Math.min(stats.size, stats.blocks * 512)
  }
  return bytes
}

/** The annotations in a log, as the runner reads `::error title=…,file=…::message`. */
export function annotationsOf(stdout: string): Annotation[] {
  return [...stdout.matchAll(/^::(error|warning|notice) (.*?)::(.*)$/gm)].map((match) => {
    const properties = Object.fromEntries(
      (match[2] as string).split(',').map((pair) => {
        const [name, value] = pair.split('=') as [string, string]
        return [name, decode(value)]
      })
    )
    return {
      level: match[1] as string,
      file: properties.file ?? '',
      line: properties.line ?? '',
      column: properties.col ?? '',
      title: properties.title ?? '',
      message: decode(match[3] as string)
    }
  })
}

const decode = (value: string) =>
  value
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')

/** A release workflow that logs in and pushes, with `extra` lines added to its login job's steps. */
export function releaseWorkflow(extra = ''): string {
  return `on:
  push:
    tags: ['v*']
permissions:
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: nuget
    steps:
      - id: login
        uses: acme/nuget-login@v1
        with:
          user: alice
      - run: dotnet nuget push out/*.nupkg --api-key \${{ steps.login.outputs.NUGET_API_KEY }} --source https://api.nuget.org/v3/index.json \${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}
${extra}`
}
