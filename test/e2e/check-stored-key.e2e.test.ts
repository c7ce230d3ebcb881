// The check bundle on a release that pushes with a stored key: a warning on the push, and the
// change as a diff with the policy to enter in the job summary.
import { cp, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runAction } from '../harness/run-action.ts'

describe('the check on a stored-key release', () => {
  it('warns at the push and shows the migration in the summary', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-stored-'))
    const folder = join(workspace, '.github', 'workflows')
    await mkdir(folder, { recursive: true })
    await cp(join(ROOT, 'test', 'fixtures', 'migrate', 'direct-key', 'input'), folder, {
      recursive: true
    })
    const result = await runAction({
      action: 'check',
      env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'contoso/widgets' }
    })

    expect(result.exitCode).toBe(0)
    expect(result.stdout).toMatch(
      /^::warning title=Push with a stored API key,file=\.github\/workflows\/release\.yml,line=20,col=9::This dotnet nuget push sends the stored key secrets\.NUGET_API_KEY/m
    )
    expect(result.stdout).toContain('npx nuget-login migrate')
    expect(result.summary).toContain('```diff\n--- a/.github/workflows/release.yml')
    expect(result.summary).toContain('+      - name: Log in to nuget.org')
    expect(result.summary).toContain('| Repository Owner | `contoso` |')
    expect(result.summary).toContain('| Workflow File | `release.yml` |')
  })
})
