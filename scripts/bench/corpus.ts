// Corpus benchmark: the check bundle run as the runner runs it, on an empty workflow folder and once
// per repository folder (a folder holding .github/workflows), several times each; prints the median
// and p90 of the per-repository medians, beside bare `node -e 0`. With `--against <bundle>` the
// other bundle runs alternately in the same pass, and the ratios of the two are printed. A folder's meta.json, when present, gives the
// owner type and visibility the event payload carries (the corpus format of /work/corpus).
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleOf, spawnNode } from '../../test/harness/run-action.ts'
import { median, ms, percentile } from './stats.ts'

interface Meta {
  repository?: string
  ownerType?: string
  private?: boolean
}

export interface CorpusOptions {
  runs: number
  bundle?: string
  /** Another bundle run alternately with `bundle` on every folder, such as a release's. */
  against?: string
}

/**
 * Runs the bundle (and `against`, alternately, in the same pass) on an empty workflow folder and
 * on every repository folder under `root`. Returns whether every run of `bundle` succeeded.
 */
export async function corpus(root: string, options: CorpusOptions) {
  const { runs, bundle = bundleOf('check'), against } = options
  const folders = await repositoryFolders(root)
  if (folders.length === 0) throw new Error(`No folder under '${root}' holds .github/workflows.`)
  const scratch = await mkdtemp(join(tmpdir(), 'nuget-login-bench-'))
  const bundles = against ? [bundle, against] : [bundle]
  const failures: string[] = []
  try {
    const empty = join(scratch, 'empty')
    await mkdir(join(empty, '.github', 'workflows'), { recursive: true })
    const emptyMedians = await timeFolder(empty, bundles, runs * 3, scratch, failures)
    const medians: number[][] = bundles.map(() => [])
    for (const folder of folders) {
      const times = await timeFolder(folder, bundles, runs, scratch, failures)
      times.forEach((value, index) => medians[index]?.push(value))
    }
    const bare: number[] = []
    for (let run = 0; run < runs * 3; run++) {
      bare.push((await spawnNode(['-e', '0'], { PATH: process.env.PATH ?? '' }, 10_000)).durationMs)
    }
    console.log(
      `${folders.length} repositories under ${root}, ${runs} runs each (bare node -e 0: ${ms(median(bare))})`
    )
    bundles.forEach((name, index) => {
      const own = medians[index] as number[]
      console.log(
        `${name}: empty folder ${ms(emptyMedians[index] as number)}; per repository median ` +
          `${ms(median(own))}, p90 ${ms(percentile(own, 90))}, max ${ms(Math.max(...own))}`
      )
    })
    if (against) {
      const ratios = (medians[0] as number[]).map(
        (value, index) => value / (medians[1]?.[index] ?? NaN)
      )
      console.log(
        `ratio ${bundle} / ${against}: empty folder ${ratio(emptyMedians[0], emptyMedians[1])}; ` +
          `median of repositories ${ratio(median(medians[0] as number[]), median(medians[1] as number[]))}, ` +
          `median per repository ${median(ratios).toFixed(2)}, p90 ${percentile(ratios, 90).toFixed(2)}`
      )
    }
    const own = failures.filter((failure) => failure.startsWith(`${bundle} `))
    console.log(`${own.length} failed runs of ${bundle}, ${failures.length - own.length} of others`)
    for (const failure of failures) console.error(failure)
    return own.length === 0
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

const ratio = (a: number | undefined, b: number | undefined) => ((a ?? NaN) / (b ?? NaN)).toFixed(2)

/** The median whole-process time of each bundle on one folder, their runs interleaved. */
async function timeFolder(
  folder: string,
  bundles: string[],
  runs: number,
  scratch: string,
  failures: string[]
): Promise<number[]> {
  const env = await runEnvironment(folder, scratch)
  const times: number[][] = bundles.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (const [index, bundle] of bundles.entries()) {
      const result = await spawnNode([bundle], env, 30_000)
      if (result.exitCode !== 0 || /\n\s+at /.test(result.stderr)) {
        failures.push(
          `${bundle} on ${folder}: exit ${result.exitCode}\n${result.stderr.slice(0, 500)}`
        )
      }
      times[index]?.push(result.durationMs)
    }
  }
  return times.map(median)
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
