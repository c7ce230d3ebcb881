// Issue 19's rows 3, 6, 8, 9, 10 and 11: a pull request's workflow folder built to stall, exhaust
// or mislead the check, each run through the committed bundle as the runner starts it. Each file
// is judged on its own, within a budget of time and memory that guards against hours, not ms.
// (Run with NUGET_LOGIN_CHECK_BUNDLE=<1.2.0's check/dist/index.js> to see 1.2.0 fail them.)
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mkdtemp } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { checkWorkspace, releaseWorkflow, type CheckRun } from '../harness/check-workspace.ts'

/** Generous bounds: a run that takes minutes or gigabytes is the fault, not a slow machine. */
const BUDGET = { ms: 20_000, MiB: 400 }

function withinBudget(run: CheckRun) {
  expect(run.timedOut, `killed after ${BUDGET.ms} ms`).toBe(false)
  expect(run.durationMs).toBeLessThan(BUDGET.ms)
  expect(run.peakMiB ?? Infinity).toBeLessThan(BUDGET.MiB)
  // The check finished: headline, outputs and summary, whatever the folder held.
  expect(run.stdout).toMatch(/^nuget\.org release check: /m)
  expect(run.outputs.errors).toMatch(/^\d+$/)
  expect(run.summary).toContain('nuget.org release check')
}

const titles = (run: CheckRun) => run.annotations.map((a) => `${a.level} ${a.file}: ${a.title}`)
const run = (fill: (root: string, workflows: string) => Promise<void>, openFileLimit?: number) =>
  checkWorkspace(fill, {
    killAfterMs: BUDGET.ms,
    label: expect.getState().currentTestName ?? 'row',
    ...(openFileLimit ? { openFileLimit } : {})
  })
async function write(folder: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
}

const LOGIN_ONLY = releaseWorkflow()
/** A release with one finding of its own, so a test can see it was still checked. */
const RELEASE_WITH_FINDING = releaseWorkflow().replace('user: alice', 'user: alice@contoso.com')
/** Symbolic links, fifos, /dev/zero and prlimit, as a Linux runner has them. */
const notLinux = process.platform === 'linux' ? '' : `this is ${process.platform}`
if (notLinux) {
  console.log(
    `Skipping the hostile-folder tests: ${notLinux}, and they need Linux's links, fifos and prlimit; .ci/run runs them.`
  )
}

describe.skipIf(notLinux)('hostile workflow folders (issue 19)', () => {
  it('row 3: anchors whose leaves are empty lists, as a step uses:, are refused by the nodes they expand to', async () => {
    const levels = ['a: &a [[], [], [], [], [], [], [], [], []]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
      const previous = 'abcdefg'[index] as string
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const bomb = `x:\n${levels.map((line) => `  ${line}`).join('\n')}\n${releaseWorkflow().replace('      - id: login', '      - uses: *h\n      - id: login')}`
    expect(bomb.length).toBeLessThan(1_000)
    const result = await run((_, workflows) => write(workflows, { 'bomb.yml': bomb }))

    withinBudget(result)
    expect(titles(result)).toEqual(['error .github/workflows/bomb.yml: GitHub refuses this file'])
    expect(result.annotations[0]?.message).toContain('more than 50,000 YAML nodes')
  })

  it('row 6: one mapping of 80,000 keys, and a 50 MB file, are refused as GitHub refuses them', async () => {
    // 0.8 MB: under GitHub's size limit, over its node limit.
    const keys = Array.from({ length: 80_000 }, (_, index) => `  K${index}: v`)
    const result = await run(async (_, workflows) => {
      await write(workflows, {
        'env.yml': `on: push\nenv:\n${keys.join('\n')}\n`,
        'release.yml': RELEASE_WITH_FINDING
      })
      await writeFile(join(workflows, 'huge.yml'), Buffer.alloc(50 * 1024 * 1024, 'x: y\n'))
    })

    withinBudget(result)
    expect(titles(result)).toEqual([
      'notice .github/workflows/env.yml: GitHub refuses this file',
      'warning .github/workflows/huge.yml: GitHub refuses this file',
      'error .github/workflows/release.yml: Not a nuget.org username'
    ])
    expect(result.annotations[1]?.message).toContain('longer than the 1,048,576 characters')
    expect(result.stdout).toContain('in 3 workflow files')
  })

  it("row 8: a workflow folder linked to another repository's, and links to /dev/zero, are never read", async () => {
    const other = await mkdtemp(join(tmpdir(), 'nuget-login-other-repository-'))
    await writeFile(
      join(other, 'deploy.yml'),
      releaseWorkflow().replace('publish:', 'other-secret-job:')
    )
    const linkedFolder = await run(async (root) => {
      await mkdir(join(root, '.github'), { recursive: true })
      const { rm } = await import('node:fs/promises')
      await rm(join(root, '.github', 'workflows'), { recursive: true })
      await symlink(other, join(root, '.github', 'workflows'))
    })
    withinBudget(linkedFolder)
    expect(titles(linkedFolder)).toEqual(['notice .github/workflows: Symbolic link not read'])
    for (const text of [linkedFolder.stdout, linkedFolder.summary]) {
      expect(text).not.toContain('other-secret-job')
    }

    const zero = await run(async (_, workflows) => {
      await symlink('/dev/zero', join(workflows, 'zero.yml'))
      await symlink(join(other, 'deploy.yml'), join(workflows, 'deploy.yml'))
      await write(workflows, { 'release.yml': RELEASE_WITH_FINDING })
    })
    withinBudget(zero)
    expect(titles(zero)).toEqual([
      'notice .github/workflows/deploy.yml: Symbolic link not read',
      'error .github/workflows/release.yml: Not a nuget.org username',
      'notice .github/workflows/zero.yml: Symbolic link not read'
    ])
    expect(zero.stdout).not.toContain('other-secret-job')
  })

  it('row 9: a folder named notes.yml, a dangling link and more files than the open-file limit are each judged alone', async () => {
    const result = await run(async (root, workflows) => {
      await mkdir(join(workflows, 'notes.yml'))
      await symlink(join(root, 'gone.yml'), join(workflows, 'dangling.yml'))
      const many = Object.fromEntries(
        Array.from({ length: 400 }, (_, index) => [`ci-${index}.yml`, 'on: push\njobs: {}\n'])
      )
      await write(workflows, { ...many, 'release.yml': RELEASE_WITH_FINDING })
    }, 64)

    withinBudget(result)
    expect(titles(result)).toEqual([
      'notice .github/workflows/dangling.yml: Symbolic link not read',
      'notice .github/workflows/notes.yml: Not a workflow file',
      'error .github/workflows/release.yml: Not a nuget.org username'
    ])
    expect(result.stdout).toContain('1 job logging in, in 401 workflow files')
  })

  it('row 10: `jobs: *nope` and one anchor used 101 times are findings on their files, the rest is checked', async () => {
    const uses = Array.from({ length: 101 }, (_, index) => `  ci-${index}: *job`).join('\n')
    const result = await run((_, workflows) =>
      write(workflows, {
        'alias.yml': 'jobs: *nope',
        'many.yml': `on: push\nx: &job {runs-on: ubuntu-latest, steps: [{run: echo}]}\njobs:\n${uses}\n`,
        'release.yml': RELEASE_WITH_FINDING
      })
    )

    withinBudget(result)
    expect(titles(result)).toEqual([
      'notice .github/workflows/alias.yml: GitHub refuses this file',
      'error .github/workflows/release.yml: Not a nuget.org username'
    ])
    expect(result.annotations[0]?.message).toContain("the anchor 'nope' is not defined")
    expect(result.stdout).toContain('in 3 workflow files')
  })

  it('row 11: a quoted job id holding line breaks forges no log line, annotation or summary row', async () => {
    const forged =
      'nuget.org release check: 0 jobs logging in, in 1 workflow file: 0 errors, 0 warnings, 0 notices.'
    const jobId = `publish\\n${forged}\\n::notice title=All clear::nothing to see\\r::error::forged`
    const result = await run((_, workflows) =>
      write(workflows, {
        'release.yml': RELEASE_WITH_FINDING.replace('  publish:', `  "${jobId}":`).replace(
          'environment: nuget',
          'environment: nuget\n    permissions: {}'
        )
      })
    )

    withinBudget(result)
    const lines = result.stdout.split(/\r\n|\r|\n/)
    expect(lines.filter((line) => line.startsWith('nuget.org release check:'))).toHaveLength(1)
    expect(lines.filter((line) => line.startsWith('nuget.org release check: 0 jobs'))).toEqual([])
    expect(
      lines
        .filter((line) => /^::(notice|error|warning)/.test(line))
        .every(
          (line) =>
            /^::(error|warning|notice) title=[^:]*,file=\.github\/workflows\/release\.yml,line=\d+,col=\d+::/.test(
              line
            ) || line.startsWith('::error::The release workflows have')
        )
    ).toBe(true)
    expect(result.stdout).not.toContain('::error::forged')
    expect(result.stdout).toContain('publish\\u000a')
    const rows = result.summary.split('\n')
    expect(rows.filter((row) => row.startsWith('#'))).toHaveLength(1)
    expect(rows.filter((row) => row.startsWith('nuget.org') || row.startsWith('::'))).toEqual([])
    expect(result.summary).toContain('publish\\u000anuget.org release check')
  })

  it('the deadline: past `timeout` the step fails, naming the file it was reading, and never passes', async () => {
    // a.yml takes about a second to read here (80,000 keys); the timeout is half a second.
    const keys = Array.from({ length: 80_000 }, (_, index) => `  K${index}: v`).join('\n')
    const result = await checkWorkspace(
      (_, workflows) =>
        write(workflows, { 'a.yml': `on: push\nenv:\n${keys}\n`, 'b.yml': LOGIN_ONLY }),
      { inputs: { timeout: '0.5' }, killAfterMs: BUDGET.ms }
    )

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toMatch(
      /^::error::The check ran past its timeout of 0\.5 seconds while reading \.github\/workflows\/a\.yml/m
    )
    expect(result.stdout).not.toMatch(/^nuget\.org release check: /m)
    expect(result.outputs.errors).toBeUndefined()
  })
})
