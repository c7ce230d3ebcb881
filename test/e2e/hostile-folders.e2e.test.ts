// A property of the check: whatever a pull request's workflow folder holds, the committed bundle
// finishes, within a generous budget of time and memory, with a headline, its outputs and a
// summary. The folders come from a seeded generator (NUGET_LOGIN_HOSTILE_SEED picks another
// seed); NUGET_LOGIN_HOSTILE_REPORT=<file> writes each case's input size, time and peak memory.
import { execFileSync } from 'node:child_process'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkWorkspace, releaseWorkflow, type CheckRun } from '../harness/check-workspace.ts'
import { seededRandom } from '../harness/seeded-random.ts'

const SEED = Number(process.env.NUGET_LOGIN_HOSTILE_SEED ?? 20261201)
/** Far above what a run takes here (well under a second); a fault takes minutes or gigabytes. */
const BUDGET = { ms: 15_000, MiB: 500 }

/** Integers and picks from a seeded generator. */
function random(seed: number) {
  const next = seededRandom(seed)
  return {
    int: (low: number, high: number) => low + Math.floor(next() * (high - low + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T
  }
}
type Random = ReturnType<typeof random>

/** What a case writes: files by name (text), and other entries it makes itself. */
interface Folder {
  files: Record<string, string>
  odd?: (root: string, workflows: string) => Promise<void>
}
type Generator = (rng: Random) => Folder

const LOGIN = releaseWorkflow()
const withLogin = (text: string) => `${text}\n${LOGIN.replace(/^on:[\s\S]*?jobs:\n/, '')}`

/** Anchors each made of the one before, `fanout` times: small text, huge once expanded. */
const aliasBomb: Generator = (rng) => {
  const levels = rng.int(3, 12)
  const fanout = rng.int(2, 12)
  const leaf = rng.pick(['[]', '{}', 'x', '"${{ github.sha }}"'])
  const lines = [`  l0: &l0 [${Array(fanout).fill(leaf).join(', ')}]`]
  for (let level = 1; level < levels; level++) {
    lines.push(
      `  l${level}: &l${level} [${Array(fanout)
        .fill(`*l${level - 1}`)
        .join(', ')}]`
    )
  }
  const use = rng.pick(['uses', 'run', 'if', 'environment'])
  const top = `l${levels - 1}`
  return {
    files: {
      'bomb.yml': `x:\n${lines.join('\n')}\n${LOGIN.replace('      - id: login', `      - ${use}: *${top}\n      - id: login`)}`
    }
  }
}

/** Mappings or lists nested far deeper than GitHub reads, in block or flow style. */
const deepNesting: Generator = (rng) => {
  const depth = rng.pick([45, 55, 500, 5_000, 100_000])
  const flow = rng.pick([true, false])
  const text = flow
    ? `on: push\nx: ${rng.pick(['[', '{a: '] as const).repeat(depth)}`
    : `on: push\n${Array.from({ length: Math.min(depth, 3_000) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')}\n`
  return { files: { 'deep.yml': withLogin(text) } }
}

/** One mapping of many keys, or many keys defined twice, under GitHub's size limit. */
const hugeMapping: Generator = (rng) => {
  const keys = rng.int(20_000, 90_000)
  const twice = rng.pick([false, true])
  const lines = Array.from({ length: keys }, (_, i) => `  K${twice ? i % 100 : i}: v`)
  return { files: { 'env.yml': `on: push\nenv:\n${lines.join('\n')}\n`, 'release.yml': LOGIN } }
}

/** Many jobs, each logging in, none needing another. */
const manyJobs: Generator = (rng) => {
  const count = rng.int(200, 1_500)
  const job = LOGIN.slice(LOGIN.indexOf('  publish:'))
  const jobs = Array.from({ length: count }, (_, i) => job.replace('  publish:', `  publish-${i}:`))
  return {
    files: { 'many.yml': `on: push\npermissions:\n  id-token: write\njobs:\n${jobs.join('')}` }
  }
}

/** Single-quoted values continued at column 0, many of them, some never closed. */
const continuedQuotes: Generator = (rng) => {
  const count = rng.int(50, 3_000)
  const closed = rng.pick([true, false])
  const steps = Array.from(
    { length: count },
    (_, i) =>
      `      - run: 'echo ${i}\n${'x '.repeat(rng.int(1, 40))}${closed || i < count - 1 ? "'" : ''}`
  )
  return {
    files: {
      'quotes.yml': `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join('\n')}\n`,
      'release.yml': LOGIN
    }
  }
}

/** Links, folders and fifos named like workflows, files over GitHub's size limit. */
const oddEntries: Generator = (rng) => {
  const kinds = Array.from({ length: rng.int(2, 6) }, () =>
    rng.pick(['dev-zero', 'dangling', 'folder', 'fifo', 'outside', 'large', 'sparse', 'self'])
  )
  return {
    files: { 'release.yml': LOGIN },
    odd: async (root, workflows) => {
      for (const [index, kind] of kinds.entries()) {
        const path = join(workflows, `${kind}-${index}.yml`)
        if (kind === 'dev-zero') await symlink('/dev/zero', path)
        if (kind === 'dangling') await symlink(join(root, 'gone'), path)
        if (kind === 'folder') await mkdir(path)
        if (kind === 'fifo') execFileSync('mkfifo', [path])
        if (kind === 'outside') await symlink('/etc/passwd', path)
        if (kind === 'self') await symlink(path, path)
        if (kind === 'large') await writeFile(path, `on: push\n#${'x'.repeat(1024 * 1024)}\n`)
        if (kind === 'sparse') {
          await writeFile(path, '')
          execFileSync('truncate', ['-s', '8G', path])
        }
      }
    }
  }
}

/** Unknown anchors, anchors used many times, keys that are lists, a __proto__ job. */
const oddYaml: Generator = (rng) => ({
  files: {
    'alias.yml': rng.pick(['jobs: *nope', 'on: *a\njobs: {}', '*x: y']),
    'reuse.yml': `x: &job {runs-on: ubuntu-latest, steps: [{run: echo}]}\njobs:\n${Array.from({ length: rng.int(100, 4_000) }, (_, i) => `  j${i}: *job`).join('\n')}\n`,
    'keys.yml': 'on: push\njobs:\n  ? [a, b]\n  : {}\n  __proto__: {runs-on: x}\n',
    'release.yml': LOGIN
  }
})

// Readers the `linear` branch makes linear (expressions, shell lines, globs, needs): their cases
// are here, and run when that branch is merged.
/** The login's `if:`, a long chain of `!`, on pull requests too. */
const deepExpression: Generator = (rng) => {
  // Under the expression library's depth limit (50), where each `!` still counts.
  const depth = rng.int(30, 48)
  const condition = `${'!'.repeat(depth)}${rng.pick(['true', '(github.ref == 1)', 'env.X'])}`
  return {
    files: {
      'release.yml': LOGIN.replace('on:\n  push:', 'on:\n  pull_request:\n  push:')
        .replace('    environment: nuget\n', '')
        .replace('      - id: login\n', `      - id: login\n        if: \${{ ${condition} }}\n`)
    }
  }
}

/** A push line with many `$VARS`, pipes and continued lines. */
const longScript: Generator = (rng) => {
  const variables = Array.from({ length: rng.int(7, 200) }, (_, i) => `$V${i}`).join(' ')
  const continued = Array.from({ length: rng.int(10, 10_000) }, (_, i) => `  --x${i} \\`).join('\n')
  return {
    files: {
      'release.yml': releaseWorkflow(
        `      - run: |\n          dotnet nuget push out/*.nupkg ${variables} 2>&1 | tee push.log\n          dotnet nuget push a.nupkg \\\n${continued.replace(/^/gm, '        ')}\n          done\n`
      )
    }
  }
}

/** A push filter with many `**`, beside a Dependabot configuration. */
const globs: Generator = (rng) => ({
  files: {
    'release.yml': LOGIN.replace("tags: ['v*']", `branches: ['${'**'.repeat(rng.int(8, 40))}Z']`)
  },
  odd: async (root) => writeFile(join(root, '.github', 'dependabot.yml'), 'version: 2\n')
})

/** A long `needs:` chain of jobs that each log in. */
const needsChain: Generator = (rng) => {
  const length = rng.int(200, 800)
  const job = LOGIN.slice(LOGIN.indexOf('  publish:'))
  const jobs = Array.from({ length }, (_, i) =>
    job
      .replace('  publish:', `  j${i}:`)
      .replace(
        '    runs-on: ubuntu-latest',
        `    runs-on: ubuntu-latest${i > 0 ? `\n    needs: j${i - 1}` : ''}`
      )
  )
  return {
    files: {
      'release.yml': `on: [push, pull_request]\npermissions:\n  id-token: write\njobs:\n${jobs.join('')}`
    }
  }
}

const OWN: [string, Generator][] = [
  ['alias bomb', aliasBomb],
  ['deep nesting', deepNesting],
  ['huge mapping', hugeMapping],
  ['many jobs', manyJobs],
  ['continued quotes', continuedQuotes],
  ['odd entries', oddEntries],
  ['odd YAML', oddYaml]
]
const LINEAR: [string, Generator][] = [
  ['deep expression', deepExpression],
  ['long script', longScript],
  ['glob', globs],
  ['needs chain', needsChain]
]

/** Cases by seed: each generator several times, with its own stream of choices. */
function cases(generators: [string, Generator][], each: number): [string, Folder][] {
  return generators.flatMap(([name, generate], g) =>
    Array.from({ length: each }, (_, i): [string, Folder] => {
      const seed = SEED + g * 1_000 + i
      return [`${name} #${i} (seed ${seed})`, generate(random(seed))]
    })
  )
}

function runCase(name: string, folder: Folder): Promise<CheckRun> {
  return checkWorkspace(
    async (root, workflows) => {
      for (const [file, text] of Object.entries(folder.files)) {
        await writeFile(join(workflows, file), text)
      }
      await folder.odd?.(root, workflows)
    },
    { killAfterMs: BUDGET.ms, label: name }
  )
}

function finishedWithinBudget(result: CheckRun) {
  expect(result.timedOut, `killed after ${BUDGET.ms} ms`).toBe(false)
  expect(result.peakMiB ?? Infinity).toBeLessThan(BUDGET.MiB)
  expect(result.stdout).toMatch(/^nuget\.org release check: /m)
  expect(result.outputs.errors).toMatch(/^\d+$/)
  expect(result.summary).toContain('nuget.org release check')
  expect(result.stderr.replace(/maxrss=\d+\n/, '')).toBe('')
}

/** Symbolic links, fifos, /dev/zero and prlimit, as a Linux runner has them. */
const notLinux = process.platform === 'linux' ? '' : `this is ${process.platform}`
if (notLinux) {
  console.log(
    `Skipping the hostile-folder tests: ${notLinux}, and they need Linux's links, fifos and prlimit; .ci/run runs them.`
  )
}

describe.skipIf(notLinux)('hostile workflow folders, generated', () => {
  it.each(cases(OWN, 3))('%s: the check finishes within its budget', async (name, folder) => {
    const result = await runCase(name, folder)
    finishedWithinBudget(result)
    // Every file the case wrote is named in the summary or counted: none was lost.
    const written = Object.keys(folder.files).length
    expect(Number(/in (\d+) workflow files?/.exec(result.stdout)?.[1])).toBeGreaterThanOrEqual(
      written
    )
  })
})

// The integrator enables this after merging the `linear` branch (its readers make these linear);
// NUGET_LOGIN_HOSTILE_LINEAR=1 runs it before then, to see the faults.
describe.skipIf(notLinux)('hostile: readers fixed on the linear branch', () => {
  it.each(cases(LINEAR, 2))('%s: the check finishes within its budget', async (name, folder) => {
    finishedWithinBudget(await runCase(name, folder))
  })
})
