// The command line as a maintainer runs it: the committed bundle through bin/nuget-login.js in a
// child process, on fixture repositories with git remotes, in each format.
import { execFileSync, spawnSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, spawnNode } from '../harness/run-action.ts'

const BIN = join(ROOT, 'bin', 'nuget-login.js')

/** A clone of a fixture repository: its workflows, and an origin remote. */
async function clone(fixture: string, remote: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nuget-login-cli-e2e-'))
  await mkdir(join(root, '.github'), { recursive: true })
  await cp(
    join(ROOT, 'test', 'fixtures', 'workflows', fixture),
    join(root, '.github', 'workflows'),
    {
      recursive: true
    }
  )
  execFileSync('git', ['init', '-q', root])
  execFileSync('git', ['-C', root, 'remote', 'add', 'origin', remote])
  return root
}

/** The environment of a maintainer's terminal: none of the runner's variables. */
const terminal = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      !/^(GITHUB_|RUNNER_|ACTIONS_)/.test(entry[0]) && entry[1] !== undefined
  )
)

const cli = (args: string[], env: Record<string, string> = terminal) =>
  spawnNode([BIN, ...args], env, 20_000)

describe('nuget-login check, the committed command line', () => {
  it('reports each repository of an organization’s clones, one line a finding', async () => {
    const widgets = await clone('triggers', 'https://github.com/contoso/widgets.git')
    const gadgets = await clone('pull-request-evidence', 'git@github.com:contoso/gadgets.git')

    const result = await cli(['check', widgets, gadgets])

    expect(result.stderr).toBe('')
    expect(result.exitCode).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      '.github/workflows/publish.yml:3:3: error: Trigger refused by nuget.org: nuget.org refuses logins from runs triggered by pull_request_target. Publish on push of a tag, on release or by workflow_dispatch.'
    )
    expect(lines).toContain(
      `contoso/widgets (${widgets}): nuget.org release check: 1 job logging in, in 1 workflow file: 1 error, 1 warning, 2 notices.`
    )
    expect(lines).toContain(
      `contoso/gadgets (${gadgets}): nuget.org release check: 4 jobs logging in, in 4 workflow files: 0 errors, 1 warning, 2 notices.`
    )
    expect(lines).toContain(
      "  policy for job 'preview' in .github/workflows/unguarded.yml: Repository Owner: contoso; Repository: gadgets; Workflow File: unguarded.yml; Environment: nuget"
    )
    expect(result.stdout).not.toContain('\u001b[')
  })

  it('writes json and sarif that parse, and exits by --fail-on', async () => {
    const gadgets = await clone('pull-request-evidence', 'ssh://git@github.com/contoso/gadgets')

    const json = await cli(['check', gadgets, '--format', 'json'])
    expect(json.exitCode).toBe(0)
    const rows = JSON.parse(json.stdout) as { repository: string; level: string }[]
    expect(rows.map(({ level }) => level)).toEqual(['notice', 'notice', 'warning'])
    expect(rows.every(({ repository }) => repository === 'contoso/gadgets')).toBe(true)

    const sarif = await cli(['check', gadgets, '--format=sarif', '--fail-on', 'warning'])
    expect(sarif.exitCode).toBe(1)
    const log = JSON.parse(sarif.stdout) as { version: string; runs: { results: unknown[] }[] }
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]?.results).toHaveLength(3)
  })

  it('takes the name from GITHUB_REPOSITORY on a runner, and exits 2 and 3 as actionlint does', async () => {
    const workspace = await clone('pull-request-guarded', 'https://github.com/someone/fork.git')
    const onRunner = await cli(['check', workspace], {
      ...terminal,
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'contoso/widgets',
      GITHUB_WORKSPACE: workspace
    })
    expect(onRunner.exitCode).toBe(0)
    expect(onRunner.stdout).toContain(`contoso/widgets (${workspace}): `)

    const usage = await cli(['check', '--fail-on', 'sometimes'])
    expect(usage.exitCode).toBe(2)
    expect(usage.stderr).toContain('usage: nuget-login check')

    const missing = await cli(['check', join(workspace, 'nowhere')])
    expect(missing.exitCode).toBe(3)
    expect(missing.stderr).toContain('does not exist')
  })

  // Node 22 is the oldest the command supports: `npm install node@22` in a scratch folder (with
  // its install script allowed) gives one; name its binary in NUGET_LOGIN_NODE22 to run this.
  const node22 = process.env.NUGET_LOGIN_NODE22
  it.skipIf(!node22)('runs on Node 22, the bash parser chunk too', async () => {
    const widgets = await clone('pull-request-guarded', 'https://github.com/contoso/widgets.git')
    await writeFile(
      join(widgets, '.github', 'workflows', 'loop.yml'),
      'on: push\njobs:\n  p:\n    runs-on: ubuntu-latest\n    steps:\n      - id: login\n' +
        '        uses: acme/nuget-login@v1\n        with: { user: alice }\n' +
        '      - run: for p in $(ls *.nupkg); do dotnet nuget push "$p" -s nuget.org; done\n'
    )
    const result = spawnSync(node22 as string, [BIN, 'check', widgets, '--format', 'json'], {
      env: terminal,
      encoding: 'utf8',
      timeout: 20_000
    })
    expect(spawnSync(node22 as string, ['--version'], { encoding: 'utf8' }).stdout).toMatch(
      /^v22\./
    )
    expect(result.stderr).toBe('')
    const rows = JSON.parse(result.stdout) as { file: string; line: number; title: string }[]
    // Line 9's push loops over a command's output: only the bash parser, loaded on demand, reads it.
    expect(
      rows
        .filter(({ file, line }) => file.endsWith('loop.yml') && line === 9)
        .map(({ title }) => title)
    ).toContain('Push without the key')
  })
})
