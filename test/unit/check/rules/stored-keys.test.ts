import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { analyse } from '../../../../src/check/analyse.ts'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { STORED_KEY_TITLE } from '../../../../src/check/rules/stored-keys.ts'

const tools = { bash: bashParser(sh.syntax) }
const workflow = (steps: string, extra = '') => ({
  path: '.github/workflows/release.yml',
  text: `on:\n  push:\n    tags: ['v*']\n${extra}jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n${steps}`
})
const stored = (source: { path: string; text: string }, facts = {}) =>
  analyse([source], facts, tools).findings.filter((finding) => finding.title === STORED_KEY_TITLE)

describe('the check: Push with a stored API key', () => {
  it('warns on a push to nuget.org with a secret in a job that does not log in, at the push step', () => {
    const [finding, ...rest] = stored(
      workflow(
        '      - run: dotnet pack\n      - run: dotnet nuget push a.nupkg -k ${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n'
      )
    )
    expect(rest).toEqual([])
    expect(finding?.level).toBe('warning')
    expect(finding?.where).toEqual({ line: 9, column: 9 })
    expect(finding?.message).toContain('secrets.NUGET_API_KEY')
    expect(finding?.message).toContain('Since 2026-11-01 nuget.org refuses classic API keys')
    expect(finding?.message).toContain('at most 30 days')
    expect(finding?.message).toContain('`npx nuget-login migrate`')
  })

  it('follows the key through env: at workflow level under another name, and a build script', () => {
    const found = stored(
      workflow(
        '      - run: dotnet nuget push a.nupkg --api-key "$KEY" --source nuget.org\n      - run: ./build.sh --target Publish\n        env:\n          NUGET_API_KEY: ${{ secrets.NUGET_ORG }}\n',
        'env:\n  KEY: ${{ secrets.NUGET_ORG }}\n'
      )
    )
    expect(found.map((finding) => finding.message.split('.')[0])).toEqual([
      'This dotnet nuget push sends the stored key secrets',
      'This build script sends the stored key secrets'
    ])
    expect(found[0]?.message).toContain("through the workflow's env: KEY")
  })

  it('says nothing of other feeds, of a step that only mentions the key, or of a push with the job token', () => {
    expect(
      stored(
        workflow(
          '      - run: dotnet nuget push a.nupkg -k ${{ secrets.MYGET }} -s https://www.myget.org/F/x/api/v3/index.json\n      - run: dotnet nuget push a.nupkg -k ${{ secrets.GITHUB_TOKEN }} -s https://nuget.pkg.github.com/contoso/index.json\n      - run: echo "$NUGET_API_KEY" | wc -c\n        env:\n          NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}\n      - uses: NuGet/setup-nuget@v2\n        with:\n          nuget-version: latest\n'
        )
      )
    ).toEqual([])
  })

  it('counts NuGet/setup-nuget given nuget-api-key as setapikey: the pushes after it use that key', () => {
    const [finding] = stored(
      workflow(
        '      - uses: NuGet/setup-nuget@v2\n        with:\n          nuget-api-key: ${{ secrets.NUGET_API_KEY }}\n      - run: nuget push a.nupkg -Source https://api.nuget.org/v3/index.json\n'
      )
    )
    expect(finding?.message).toContain('This setapikey sends the stored key secrets.NUGET_API_KEY')
  })

  it('leaves a push without a source alone unless NuGet.Config or nuget.exe sends it to nuget.org', () => {
    const push = workflow(
      '      - run: dotnet nuget push a.nupkg -k ${{ secrets.NUGET_API_KEY }}\n'
    )
    expect(stored(push)).toEqual([])
    expect(
      stored(push, { defaultPushSourceUrl: 'https://api.nuget.org/v3/index.json' })
    ).toHaveLength(1)
    expect(
      stored(push, {
        defaultPushSourceUrl: 'https://pkgs.dev.azure.com/x/_packaging/y/nuget/v3/index.json'
      })
    ).toEqual([])
    expect(
      stored(workflow('      - run: nuget push a.nupkg -ApiKey ${{ secrets.NUGET_API_KEY }}\n'))
    ).toHaveLength(1)
  })

  it('is not raised in a job that logs in: that is the push-with-a-stored-key rule of login jobs', () => {
    expect(
      stored(
        workflow(
          '      - uses: acme/nuget-login@v1\n        id: login\n        with:\n          user: alice\n      - run: dotnet nuget push a.nupkg -k ${{ secrets.NUGET_API_KEY }} -s https://api.nuget.org/v3/index.json\n'
        )
      )
    ).toEqual([])
  })
})
