// The workflow check, run as the runner runs it, over one fixture per finding and over clean
// workflows, the README's own among them. Every annotation is asserted: level, place and title.
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { annotationsOf } from '../harness/check-workspace.ts'
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts'
import { readmeWorkflows } from '../harness/workflow-steps.ts'
import type { RunFacts } from '../../src/check/run-facts.ts'
import { FIXTURE_FACTS, FIXTURES } from '../fixtures/workflows/expected.ts'

interface Annotation {
  level: string
  place: string
  title: string
  message: string
}

/** The annotations in a run's log, each with its place as `file:line:column`. */
function annotations(result: RunResult): Annotation[] {
  return annotationsOf(result.stdout).map(({ level, file, line, column, title, message }) => ({
    level,
    place: `${file}:${line}:${column}`,
    title,
    message
  }))
}

/** The webhook payload of a run in a repository with these facts, as the runner writes it. */
function payload(facts: RunFacts) {
  return {
    repository: {
      full_name: facts.repository,
      private: facts.private,
      owner: { login: facts.ownerLogin, type: facts.ownerType }
    }
  }
}

/** Runs the check bundle on a repository whose workflow folder `fill` writes. */
async function runCheck(
  fill: (folder: string) => Promise<void>,
  inputs: Record<string, string>,
  facts: RunFacts = FIXTURE_FACTS
) {
  const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-check-'))
  const folder = join(workspace, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  await fill(folder)
  return runAction({
    action: 'check',
    inputs,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: facts.repository },
    event: payload(facts)
  })
}

const check = (files: Record<string, string>, inputs: Record<string, string> = {}) =>
  runCheck(async (folder) => {
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
  }, inputs)

const checkFixture = (
  name: string,
  inputs: Record<string, string> = {},
  facts: RunFacts = FIXTURE_FACTS
) =>
  runCheck(
    async (folder) => {
      const fixture = join(ROOT, 'test', 'fixtures', 'workflows', name)
      await cp(fixture, folder, { recursive: true, filter: (path) => !/[\\/]actions$/.test(path) })
      // A fixture's local actions live beside the workflows, as in a repository.
      if (existsSync(join(fixture, 'actions'))) {
        await cp(join(fixture, 'actions'), join(folder, '..', 'actions'), { recursive: true })
      }
      if (facts.dependabot) await writeFile(join(folder, '..', 'dependabot.yml'), 'version: 2\n')
    },
    inputs,
    facts
  )

describe('the workflow check, run as the runner runs it', () => {
  it.each(FIXTURES)('%s: reports exactly its findings', async (fixture, facts, expected) => {
    const result = await checkFixture(fixture, {}, facts)

    const found = annotations(result)
    expect(found.map(({ level, place, title }) => [level, place, title])).toEqual(
      expected.map(([level, place, title]) => [level, place, title])
    )
    expected.forEach(([, , , phrase], index) => expect(found[index]?.message).toContain(phrase))
    const errors = expected.filter(([level]) => level === 'error').length
    expect(result.exitCode).toBe(errors > 0 ? 1 : 0)
    expect(result.outputs.errors).toBe(String(errors))
    for (const { place } of found) expect(result.stdout).toContain(`${place}: `)
    if (errors > 0)
      expect(result.stdout).toMatch(/^::error::The release workflows have \d+ errors/m)
  })

  it('finds nothing wrong in the README’s own workflows', async () => {
    const workflows = await readmeWorkflows()
    const files = Object.fromEntries(
      workflows.map(({ text }, index) => [`readme-${index + 1}.yml`, text])
    )
    const result = await check(files)

    expect(annotations(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const logins = workflows.filter(({ text }) => text.includes('uses: acme/nuget-login@')).length
    expect(logins).toBeGreaterThanOrEqual(4)
    expect(result.stdout).toContain(
      `nuget.org release check: ${logins} jobs logging in, in ${workflows.length} workflow files: 0 errors, 0 warnings, 0 notices.`
    )
  })

  it('says what to enter on nuget.org for each login job, in the summary', async () => {
    const result = await checkFixture('login-inputs')

    expect(result.summary).toContain(
      '**What to enter on nuget.org** for job `email` in `.github/workflows/release.yml`'
    )
    expect(result.summary).toContain(
      '| Repository Owner | `contoso` |\n| Repository | `widgets` |\n| Workflow File | `release.yml` |'
    )
    expect(result.summary).toContain('| Environment | `set at run time (${{ github.ref_name }})` |')
    expect(result.summary).toContain('| Environment | `(none: leave it empty)` |')
    expect(result.summary).toMatch(
      /\| ❌ error \| `\.github\/workflows\/release\.yml:15:11` \| \*\*Not a nuget\\\.org username\*\*/
    )
  })

  it('reads a local composite action only inside the workspace, and only up to 256 KiB', async () => {
    const job = (name: string) => [
      `  ${name}:`,
      '    runs-on: ubuntu-latest',
      '    environment: nuget',
      `    steps: [{ uses: ./.github/actions/${name} }]`
    ]
    const workflow = [
      'on: push',
      'permissions: { contents: read }',
      'jobs:',
      ...job('inside'),
      ...job('outside'),
      ...job('huge')
    ].join('\n')
    const login = (padding = '') =>
      `${padding}runs:\n  using: composite\n  steps:\n    - uses: acme/nuget-login@v1\n      with: { user: ida }\n`
    const elsewhere = await mkdtemp(join(tmpdir(), 'nuget-login-elsewhere-'))
    await writeFile(join(elsewhere, 'action.yml'), login())
    const result = await runCheck(async (folder) => {
      await writeFile(join(folder, 'release.yml'), workflow)
      const actions = join(folder, '..', 'actions')
      await mkdir(join(actions, 'inside'), { recursive: true })
      await mkdir(join(actions, 'huge'), { recursive: true })
      await writeFile(join(actions, 'inside', 'action.yml'), login())
      await writeFile(join(actions, 'huge', 'action.yaml'), login(`# ${'x'.repeat(256 * 1024)}\n`))
      await symlink(elsewhere, join(actions, 'outside'))
    }, {})
    // Only the action inside the workspace is read: one login job, one job-level finding.
    expect(annotations(result)).toHaveLength(1)
    expect(
      annotations(result).map(({ level, place, title }) => `${level} ${place} ${title}`)
    ).toEqual(['error .github/workflows/release.yml:2:1 No OIDC token'])
    expect(result.stdout).toContain('1 job logging in')
  })

  it('reads the SDK global.json pins and a NuGet.Config default push source at the repository root', async () => {
    const release = (push: string) =>
      [
        'on: push',
        'permissions: { id-token: write }',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    environment: nuget',
        '    steps:',
        '      - id: login',
        '        uses: acme/nuget-login@v1',
        '        with: { user: alice }',
        '      - env: { NUGET_API_KEY: "${{ steps.login.outputs.NUGET_API_KEY }}" }',
        `        run: ${push} \${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}`
      ].join('\n')
    const atRoot = (files: Record<string, string>, workflow: string) =>
      runCheck(async (folder) => {
        await writeFile(join(folder, 'release.yml'), workflow)
        for (const [name, text] of Object.entries(files))
          await writeFile(join(folder, '..', '..', name), text)
      }, {})
    const pinned = await atRoot(
      { 'global.json': '{ "sdk": { "version": "10.0.203" } }' },
      release('dotnet nuget push "*.nupkg" --source https://api.nuget.org/v3/index.json')
    )
    expect(annotations(pinned).map(({ level, title }) => `${level} ${title}`)).toEqual([
      'error Key from the environment'
    ])
    expect(annotations(pinned)[0]?.message).toContain('global.json pins 10.0.203')
    const rolling = await atRoot(
      { 'global.json': '{ "sdk": { "version": "10.0.203", "rollForward": "latestFeature" } }' },
      release('dotnet nuget push "*.nupkg" --source https://api.nuget.org/v3/index.json')
    )
    expect(annotations(rolling).map(({ level, title }) => `${level} ${title}`)).toEqual([
      'warning Key from the environment'
    ])
    expect(annotations(rolling)[0]?.message).toContain('rollForward: latestFeature')

    const withConfig = await atRoot(
      {
        'nuget.config':
          '<configuration><config><add key="defaultPushSource" value="https://api.nuget.org/v3/index.json" /></config></configuration>'
      },
      release('dotnet nuget push "*.nupkg" --api-key "$NUGET_API_KEY"')
    )
    expect(annotations(withConfig)).toEqual([])
    const withoutConfig = await atRoot(
      {},
      release('dotnet nuget push "*.nupkg" --api-key "$NUGET_API_KEY"')
    )
    expect(annotations(withoutConfig).map(({ title }) => title)).toEqual(['Push without --source'])
  })

  it('fails on warnings only when asked, and never when told so', async () => {
    expect((await checkFixture('pull-request-only', { 'fail-on': 'warning' })).exitCode).toBe(1)
    expect((await checkFixture('triggers', { 'fail-on': 'never' })).exitCode).toBe(0)
  })

  it('refuses an unknown fail-on and a missing folder, saying what to change', async () => {
    const badInput = await checkFixture('no-login', { 'fail-on': 'sometimes' })
    expect(badInput.exitCode).toBe(1)
    expect(badInput.stdout).toContain(
      '::error::The input `fail-on` must be error, warning or never'
    )

    const noFolder = await checkFixture('no-login', { workflows: 'nowhere' })
    expect(noFolder.exitCode).toBe(1)
    expect(noFolder.stdout).toMatch(
      /::error::Could not read the workflow folder 'nowhere'.*Check out the repository/
    )
  })
})
