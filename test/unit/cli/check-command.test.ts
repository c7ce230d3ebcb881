import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { bashParser } from '../../../src/check/shell/bash.ts'
import type { CliIo } from '../../../src/cli/io.ts'
import { main } from '../../../src/cli/main.ts'
import { ROOT } from '../../harness/run-action.ts'

/** An io that records what the command wrote; git answers with the remotes given by folder. */
function fakeIo(remotes: Record<string, string> = {}, env: CliIo['env'] = {}) {
  const written = { stdout: '', stderr: '' }
  const io: CliIo = {
    stdout: (text) => (written.stdout += text),
    stderr: (text) => (written.stderr += text),
    colour: false,
    env,
    cwd: '/',
    git: async (_, folder) => remotes[folder]
  }
  return { io, written }
}

async function repositoryWith(fixture: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nuget-login-cli-'))
  await mkdir(join(root, '.github'), { recursive: true })
  await cp(
    join(ROOT, 'test', 'fixtures', 'workflows', fixture),
    join(root, '.github', 'workflows'),
    {
      recursive: true
    }
  )
  return root
}

let toolsLoaded = 0
const deps = () => ({
  version: '9.9.9',
  loadTools: async () => {
    toolsLoaded++
    return { bash: bashParser(sh.syntax) }
  }
})

describe('nuget-login check', () => {
  it('checks each folder, names each repository from its remote, and exits 1 on errors', async () => {
    const failing = await repositoryWith('triggers')
    const clean = await repositoryWith('pull-request-guarded')
    const { io, written } = fakeIo({
      [failing]: 'https://github.com/contoso/widgets.git\n',
      [clean]: 'git@github.com:contoso/gadgets.git\n'
    })

    expect(await main(['check', failing, clean], io, deps())).toBe(1)
    expect(written.stdout).toContain(
      '.github/workflows/publish.yml:3:3: error: Trigger refused by nuget.org: '
    )
    expect(written.stdout).toContain(
      `contoso/widgets (${failing}): nuget.org release check: 1 job logging in`
    )
    expect(written.stdout).toContain(
      `contoso/gadgets (${clean}): nuget.org release check: 1 job logging in`
    )
    expect(written.stdout).toContain(
      "policy for job 'publish' in .github/workflows/release.yml: Repository Owner: contoso; Repository: gadgets"
    )
    expect(written.stderr).toBe('')
  })

  it('exits by --fail-on: 0 when never, 1 on warnings when asked', async () => {
    const warnings = await repositoryWith('pull-request-only')
    expect(await main(['check', warnings], fakeIo().io, deps())).toBe(0)
    expect(await main(['check', warnings, '--fail-on', 'warning'], fakeIo().io, deps())).toBe(1)
    const errors = await repositoryWith('triggers')
    expect(await main(['check', errors, '--fail-on', 'never'], fakeIo().io, deps())).toBe(0)
  })

  it('takes the repository from GITHUB_REPOSITORY for the runner’s own checkout', async () => {
    const root = await repositoryWith('pull-request-guarded')
    const { io, written } = fakeIo(
      { [root]: 'https://github.com/someone/else.git' },
      { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'contoso/widgets', GITHUB_WORKSPACE: root }
    )
    await main(['check', root], io, deps())
    expect(written.stdout).toContain(`contoso/widgets (${root}):`)
  })

  it('loads the bash parser only for a script the simple reader cannot read', async () => {
    const simple = await repositoryWith('pull-request-guarded')
    const before = toolsLoaded
    await main(['check', simple], fakeIo().io, deps())
    expect(toolsLoaded).toBe(before)
    const looped = await mkdtemp(join(tmpdir(), 'nuget-login-cli-'))
    await mkdir(join(looped, '.github', 'workflows'), { recursive: true })
    await writeFile(
      join(looped, '.github', 'workflows', 'release.yml'),
      [
        'on: push',
        'jobs:',
        '  publish:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - id: login',
        '        uses: acme/nuget-login@v1',
        '        with: { user: alice }',
        '      - run: for p in $(ls *.nupkg); do dotnet nuget push "$p" -s nuget.org; done'
      ].join('\n')
    )
    const { io, written } = fakeIo()
    await main(['check', looped], io, deps())
    expect(toolsLoaded).toBe(before + 1)
    expect(written.stdout).toMatch(/release\.yml:9:\d+: error: /)
  })

  it('exits 2 with the usage line on a bad option, and 3 on a folder it cannot read', async () => {
    const bad = fakeIo()
    expect(await main(['check', '--format', 'xml'], bad.io, deps())).toBe(2)
    expect(bad.written.stderr).toContain('usage: nuget-login check [DIR...]')
    const missing = fakeIo()
    expect(await main(['check', '/nowhere/at/all'], missing.io, deps())).toBe(3)
    expect(missing.written.stderr).toContain('/nowhere/at/all: it does not exist')
  })

  it('hands migrate its arguments, and refuses an unknown command', async () => {
    const migrate = fakeIo()
    expect(await main(['migrate', '--dry-run', '--force'], migrate.io, deps())).toBe(2)
    expect(migrate.written.stderr).toContain('unknown option --force.')
    const unknown = fakeIo()
    expect(await main(['lint'], unknown.io, deps())).toBe(2)
    expect(unknown.written.stderr).toContain("unknown command 'lint'")
  })
})
