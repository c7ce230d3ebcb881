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
    'dotnet nuget push "a b.nupkg" --api-key "" --source x',
    'dotnet nuget push a\'b\'"c$D"e${F}g \'\' "" $H__x ${{ env.X }}${{ env.Y }}',
    'export  KEY=${{ secrets.K }}\ndotnet nuget push "${OUT}/$NAME.$VERSION.nupkg" -k $KEY -s $SOURCE $EXTRA'
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
    'echo "a \\" b"',
    'dotnet nuget push $A/$B/$C.nupkg -k $D -s $E $F $G 2>&1 | tee push.log',
    'dotnet nuget push ${A',
    'dotnet nuget push "$"',
    'dotnet nuget push $1',
    'A=1 dotnet nuget push a'
  ])('leaves the rest to the parser: %s', (script) => {
    expect(readSimpleBash(script)).toBeUndefined()
  })
})

describe('the simple reader on long lines', () => {
  it('reads a line of many variables that ends in a pipe in one pass, and leaves it to the parser', () => {
    const line = `dotnet nuget push ${'$VARIABLE_NAME_'.repeat(2_000)}x 2>&1 | tee push.log`
    expect(readSimpleBash(line)).toBeUndefined()
    expect(readSimpleBash(line.replace(' 2>&1 | tee push.log', ''))?.commands).toHaveLength(1)
  })
})
