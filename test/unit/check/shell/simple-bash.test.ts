import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { readSimpleBash } from '../../../../src/check/shell/simple-bash.ts'

const bash = bashParser(sh.syntax)

describe('simple bash scripts, read without the parser', () => {
  it.each([
    'dotnet nuget push "artifacts/*.nupkg" --api-key "$NUGET_API_KEY" --source https://api.nuget.org/v3/index.json',
    "dotnet nuget push out/*.nupkg -k ${{ steps.login.outputs.NUGET_API_KEY }} -s '${{ env.FEED }}' ${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}",
    'dotnet pack -c Release -o out\ndotnet nuget push out/*.nupkg \\\n  --api-key="${KEY}" \\\n  --source $SOURCE',
    'SOURCE=https://api.nuget.org/v3/index.json\nexport KEY=abc\ndotnet nuget push a.nupkg -k "$KEY" -s "$SOURCE"',
    'dotnet nuget push "a b.nupkg" --api-key "" --source x'
  ])('read as mvdan/sh reads them: %s', (script) => {
    const simple = readSimpleBash(script)
    expect(simple).toBeDefined()
    expect(simple).toEqual({ ...bash(script), loopVariables: undefined })
  })

  it.each([
    'for f in *.nupkg; do dotnet nuget push "$f"; done',
    'dotnet nuget push a.nupkg && echo done',
    'dotnet nuget push $(ls *.nupkg)',
    'dotnet nuget push a.nupkg # comment',
    'dotnet nuget push "$(pwd)/a.nupkg"',
    "echo 'unclosed",
    'if true\nthen dotnet nuget push a\nfi',
    'dotnet nuget push a.nupkg 2>&1',
    'echo "a \\" b"'
  ])('leaves the rest to the parser: %s', (script) => {
    expect(readSimpleBash(script)).toBeUndefined()
  })
})
