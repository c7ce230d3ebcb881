// `npm run bench -- cli`: `nuget-login check` as a whole process on a repository of 20 workflow
// files (the fixtures' release workflows, one of them a script only the bash parser reads), and
// `nuget-login migrate --dry-run` on one of 20 stored-key workflows (the migration's fixtures),
// beside bare `node -e 0`. The goal: within a second a run.
import { execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT, spawnNode } from '../../test/harness/run-action.ts'
import { median, ms, percentile } from './stats.ts'

const FILES = 20
const BIN = join(ROOT, 'bin', 'nuget-login.js')

/** A repository of FILES workflow files taken in turn from the fixtures, with an origin remote. */
async function repositoryOfFixtures(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nuget-login-bench-cli-'))
  const folder = join(root, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  const fixtures = join(ROOT, 'test', 'fixtures', 'workflows')
  const sources: string[] = []
  for (const entry of await readdir(fixtures, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === 'broken') continue
    for (const name of await readdir(join(fixtures, entry.name))) {
      if (/\.ya?ml$/.test(name)) sources.push(join(fixtures, entry.name, name))
    }
  }
  for (let index = 0; index < FILES - 1; index++) {
    await copyFile(sources[index % sources.length] as string, join(folder, `w${index}.yml`))
  }
  await writeFile(
    join(folder, 'loop.yml'),
    'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - id: login\n' +
      '        uses: acme/nuget-login@v1\n        with: { user: alice }\n' +
      '      - run: for p in *.nupkg; do dotnet nuget push "$p" -s nuget.org; done\n'
  )
  execFileSync('git', ['init', '-q', root])
  execFileSync('git', [
    '-C',
    root,
    'remote',
    'add',
    'origin',
    'https://github.com/contoso/widgets.git'
  ])
  return root
}

/** A repository of FILES workflow files that push with a stored key, from the migration's fixtures. */
async function repositoryOfStoredKeys(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nuget-login-bench-migrate-'))
  const folder = join(root, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  const fixtures = join(ROOT, 'test', 'fixtures', 'migrate')
  const sources: string[] = []
  for (const entry of await readdir(fixtures, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('refuse-')) continue
    for (const name of await readdir(join(fixtures, entry.name, 'input'))) {
      if (/\.ya?ml$/.test(name)) sources.push(join(fixtures, entry.name, 'input', name))
    }
  }
  for (let index = 0; index < FILES; index++) {
    await copyFile(sources[index % sources.length] as string, join(folder, `w${index}.yml`))
  }
  return root
}

/** Times a command of the bin on a repository: median, p90, max, and whether every run took < 1 s. */
async function timed(
  label: string,
  args: string[],
  runs: number,
  env: Record<string, string>,
  nodeTimes: number[]
): Promise<boolean> {
  const once = async () => {
    const result = await spawnNode([BIN, ...args], env, 30_000)
    if (result.exitCode === null || result.exitCode > 1)
      throw new Error(`nuget-login ${label} failed (${result.exitCode}):\n${result.stderr}`)
    return result.durationMs
  }
  for (let i = 0; i < 3; i++) await once()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    nodeTimes.push((await spawnNode(['-e', '0'], env, 10_000)).durationMs)
    times.push(await once())
  }
  const within = Math.max(...times) < 1000
  console.log(
    `  ${label}: median ${ms(median(times))}, p90 ${ms(percentile(times, 90))}, max ${ms(Math.max(...times))}` +
      (within ? ', every run within a second' : ', SLOWER than a second on some run')
  )
  return within
}

export async function cli(runs: number): Promise<boolean> {
  const stored = await repositoryOfStoredKeys()
  try {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
    const nodeTimes: number[] = []
    const checked = await checkBench(runs)
    console.log(
      `nuget-login migrate --dry-run on ${FILES} stored-key workflow files, ${runs} runs:`
    )
    const migrated = await timed(
      'migrate --dry-run',
      ['migrate', '--dry-run', stored],
      runs,
      env,
      nodeTimes
    )
    console.log(`  node -e 0: median ${ms(median(nodeTimes))}`)
    return checked && migrated
  } finally {
    await rm(stored, { recursive: true, force: true })
  }
}

async function checkBench(runs: number): Promise<boolean> {
  const root = await repositoryOfFixtures()
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
  try {
    const check = async () => {
      const result = await spawnNode([BIN, 'check', root], env, 30_000)
      if (result.exitCode !== 0 && result.exitCode !== 1) {
        throw new Error(`nuget-login check failed (${result.exitCode}):\n${result.stderr}`)
      }
      return result
    }
    const bareNode = () => spawnNode(['-e', '0'], env, 10_000)
    for (let i = 0; i < 3; i++) await check()
    const checkTimes: number[] = []
    const nodeTimes: number[] = []
    for (let i = 0; i < runs; i++) {
      nodeTimes.push((await bareNode()).durationMs)
      checkTimes.push((await check()).durationMs)
    }
    const summary = (await check()).stdout
      .trimEnd()
      .split('\n')
      .find((line) => line.includes('release check'))
    console.log(`nuget-login check on ${FILES} workflow files, ${runs} runs (whole process):`)
    console.log(`  ${summary}`)
    console.log(
      `  check: median ${ms(median(checkTimes))}, p90 ${ms(percentile(checkTimes, 90))}, max ${ms(Math.max(...checkTimes))}`
    )
    console.log(`  node -e 0: median ${ms(median(nodeTimes))}`)
    const within = Math.max(...checkTimes) < 1000
    console.log(within ? '  every run within a second' : '  SLOWER than a second on some run')
    return within
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
