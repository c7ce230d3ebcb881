// Corpus benchmark: the check bundle run as the runner runs it, once per repository folder (a
// folder holding .github/workflows), several times each; prints the median and p90 of the
// per-repository medians, beside bare `node -e 0`. A folder's meta.json, when present, gives the
// owner type and visibility the event payload carries (the corpus format of /work/corpus).
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleOf, spawnNode } from '../../test/harness/run-action.ts'
import { median, ms, percentile } from './stats.ts'

interface Meta {
  repository?: string
  ownerType?: string
  private?: boolean
}

export async function corpus(root: string, runs: number, bundle = bundleOf('check')) {
  const folders = await repositoryFolders(root)
  if (folders.length === 0) throw new Error(`No folder under '${root}' holds .github/workflows.`)
  const scratch = await mkdtemp(join(tmpdir(), 'nuget-login-bench-'))
  const medians: number[] = []
  const failures: string[] = []
  try {
    for (const folder of folders) {
      const env = await runEnvironment(folder, scratch)
      const times: number[] = []
      for (let run = 0; run < runs; run++) {
        const result = await spawnNode([bundle], env, 30_000)
        if (result.exitCode !== 0 || /\n\s+at /.test(result.stderr)) {
          failures.push(`${folder}: exit ${result.exitCode}\n${result.stderr.slice(0, 500)}`)
        }
        times.push(result.durationMs)
      }
      medians.push(median(times))
    }
    const bare: number[] = []
    for (let run = 0; run < runs * 3; run++) {
      bare.push((await spawnNode(['-e', '0'], { PATH: process.env.PATH ?? '' }, 10_000)).durationMs)
    }
    console.log(
      `${bundle} over ${folders.length} repositories, ${runs} runs each: median ${ms(median(medians))}, ` +
        `p90 ${ms(percentile(medians, 90))}, max ${ms(Math.max(...medians))} per repository ` +
        `(bare node -e 0: ${ms(median(bare))}); ${failures.length} failed runs`
    )
    for (const failure of failures) console.error(failure)
    return failures.length === 0
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

async function repositoryFolders(root: string): Promise<string[]> {
  if (existsSync(join(root, '.github', 'workflows'))) return [root]
  const names = (await readdir(root, { withFileTypes: true })).filter((entry) =>
    entry.isDirectory()
  )
  const found = await Promise.all(names.map((entry) => repositoryFolders(join(root, entry.name))))
  return found.flat().sort()
}

async function runEnvironment(folder: string, scratch: string): Promise<Record<string, string>> {
  const metaPath = join(folder, 'meta.json')
  const file = existsSync(metaPath)
    ? (JSON.parse(await readFile(metaPath, 'utf8')) as { meta?: Meta } & Meta)
    : {}
  const meta: Meta = file.meta ?? file
  const repository = meta.repository ?? 'owner/repository'
  const event = join(scratch, 'event.json')
  await writeFile(
    event,
    JSON.stringify({
      repository: {
        full_name: repository,
        private: meta.private === true,
        owner: { login: repository.split('/')[0], type: meta.ownerType }
      }
    })
  )
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE'].map((name) => [
      name,
      join(scratch, name)
    ])
  )
  await Promise.all(Object.values(files).map((path) => writeFile(path, '')))
  return {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: folder,
    GITHUB_REPOSITORY: repository,
    GITHUB_EVENT_PATH: event,
    'INPUT_FAIL-ON': 'never',
    INPUT_WORKFLOWS: '.github/workflows',
    ...files
  }
}
