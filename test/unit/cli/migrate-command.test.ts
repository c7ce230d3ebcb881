import { cp, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { runMigrateCommand } from '../../../src/cli/migrate-command.ts'
import { bashParser } from '../../../src/check/shell/bash.ts'
import { ROOT } from '../../harness/run-action.ts'

const FIXTURES = join(ROOT, 'test', 'fixtures', 'migrate')

/** A repository folder holding one fixture's input workflows. */
async function repository(fixture: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nuget-login-migrate-'))
  await mkdir(join(dir, '.github'), { recursive: true })
  await cp(join(FIXTURES, fixture, 'input'), join(dir, '.github', 'workflows'), { recursive: true })
  return dir
}

async function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const io = {
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text),
    colour: false,
    cwd,
    env,
    git: async () => env.REMOTE ?? 'https://github.com/contoso/widgets.git'
  }
  const code = await runMigrateCommand(args, io, {
    loadTools: async () => ({ bash: bashParser(sh.syntax) })
  })
  return { code, stdout, stderr }
}

const workflow = (dir: string, name: string) =>
  readFile(join(dir, '.github', 'workflows', name), 'utf8')
const expected = (fixture: string, name: string) =>
  readFile(join(FIXTURES, fixture, 'expected', name), 'utf8')

describe('nuget-login migrate', () => {
  it('rewrites in place, prints the diff, the policy, the variable and when to delete the secret, and exits 0', async () => {
    const dir = await repository('direct-key')
    const { code, stdout, stderr } = await run([dir], '/')

    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(await workflow(dir, 'release.yml')).toBe(await expected('direct-key', 'release.yml'))
    expect(stdout).toContain(
      '--- a/.github/workflows/release.yml\n+++ b/.github/workflows/release.yml\n@@ '
    )
    expect(stdout).toContain('+      - name: Log in to nuget.org\n')
    expect(stdout).toContain(
      "for job 'build' in .github/workflows/release.yml:\n  Repository Owner: contoso\n  Repository: widgets\n  Workflow File: release.yml\n  Environment: (none: leave it empty)"
    )
    expect(stdout).toContain('Create the repository variable NUGET_USER')
    expect(stdout).toContain(
      'Delete the secret NUGET_API_KEY once the first release through trusted publishing has succeeded: no workflow reads it any more.'
    )
    expect(stdout).toContain('its other default scopes are now off')
  })

  it('--dry-run prints the same change and writes nothing', async () => {
    const dir = await repository('direct-key')
    const before = await workflow(dir, 'release.yml')
    const { code, stdout } = await run(['--dry-run', dir], '/')
    expect(code).toBe(0)
    expect(stdout).toContain('+      - name: Log in to nuget.org')
    expect(stdout).toContain('Dry run: 1 file would change; nothing was written.')
    expect(await workflow(dir, 'release.yml')).toBe(before)
  })

  it('names the workflows that still read the secret', async () => {
    const dir = await repository('mixed-feeds')
    await writeFile(
      join(dir, '.github', 'workflows', 'nightly.yml'),
      'on: [push]\njobs:\n  nightly:\n    runs-on: ubuntu-latest\n    steps:\n      - run: test -n "$KEY"\n        env:\n          KEY: ${{ secrets.NUGET_API_KEY }}\n'
    )
    const { code, stdout } = await run([], dir)
    expect(code).toBe(0)
    expect(stdout).toContain('and not while .github/workflows/nightly.yml still reads it')
  })

  it('moves a local reusable workflow where it pushes, grants its callers the token and names the reusable file in the policy', async () => {
    const dir = await repository('local-reusable-named')
    const { code, stdout } = await run([dir], '/')
    expect(code).toBe(0)
    expect(await workflow(dir, 'push.yml')).toBe(await expected('local-reusable-named', 'push.yml'))
    expect(await workflow(dir, 'release.yml')).toBe(
      await expected('local-reusable-named', 'release.yml')
    )
    expect(stdout).toContain("for job 'push' in .github/workflows/push.yml:")
    expect(stdout).toContain('  Workflow File: push.yml')
    expect(stdout).toContain('still passes secrets.NUGET_ORG_KEY to .github/workflows/push.yml')
    expect(stdout).toContain(
      'Delete the secret NUGET_ORG_KEY once the first release through trusted publishing has succeeded, and not while .github/workflows/release.yml still reads it'
    )
    expect(stdout).not.toContain('Delete the secret NUGET_API_KEY')
  })

  it('exits 1 and leaves the file as it is when it refuses, saying why and what to do instead', async () => {
    const dir = await repository('refuse-generated')
    const before = await workflow(dir, 'ci.yml')
    const { code, stdout } = await run([dir], '/')
    expect(code).toBe(1)
    expect(await workflow(dir, 'ci.yml')).toBe(before)
    expect(stdout).toContain(
      "job 'ubuntu-latest' left as it is: the workflow file says it is generated by Nuke"
    )
    expect(stdout).toContain('Instead: change the build')
  })

  it('exits 0 with nothing to do, and never follows a link out of the folder', async () => {
    const dir = await repository('other-feeds-only')
    const outside = await mkdtemp(join(tmpdir(), 'nuget-login-outside-'))
    const linked =
      'on: [push]\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: dotnet nuget push a.nupkg -k ${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n'
    await writeFile(join(outside, 'linked.yml'), linked)
    await symlink(join(outside, 'linked.yml'), join(dir, '.github', 'workflows', 'linked.yml'))
    const { code, stdout } = await run([dir], '/')
    expect(code).toBe(0)
    expect(stdout).toContain(
      'No job pushes to nuget.org with a stored API key in 1 workflow file: nothing to do.'
    )
    expect(await readFile(join(outside, 'linked.yml'), 'utf8')).toBe(linked)
  })

  it('exits 2 on an unknown option, two folders, or a folder without workflows', async () => {
    expect((await run(['--force'], '/')).code).toBe(2)
    expect((await run(['--force'], '/')).stderr).toContain('unknown option --force.')
    expect((await run(['a', 'b'], '/')).code).toBe(2)
    const empty = await mkdtemp(join(tmpdir(), 'nuget-login-empty-'))
    const missing = await run([empty], '/')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('Run the command in a repository')
  })
})
