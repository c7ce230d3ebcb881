import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { pushCommandsIn } from '../../../../src/check/push/push-command.ts'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { readStepScript } from '../../../../src/check/shell/scripts.ts'
import { literal } from '../../../../src/check/shell/words.ts'

const bash = bashParser(sh.syntax)
const pushes = (run: string, env: Record<string, string> = {}) => {
  const script = readStepScript({}, { 'runs-on': 'ubuntu-latest' }, { run, env }, bash)
  if (!script) throw new Error('not parsed')
  return pushCommandsIn(script)
}

describe('push commands, read with the options of dotnet nuget push', () => {
  it('reads each spelling of a value option: space, = and :', () => {
    const [push] = pushes('dotnet nuget push a.nupkg -s https://one --api-key=K --timeout:60')
    expect(literal(push?.values.get('--source'))).toBe('https://one')
    expect(literal(push?.values.get('--api-key'))).toBe('K')
    expect(literal(push?.values.get('--timeout'))).toBe('60')
    expect(push?.unknown).toEqual([])
  })

  it('calls out words the client would take as package paths', () => {
    const [push] = pushes('dotnet nuget push a.nupkg -api-key K --skip-duplicates --Source x')
    expect(push?.unknown).toEqual(['-api-key', '--skip-duplicates', '--Source'])
  })

  it('sees a value given to an option that takes none, which the client reads as a package path', () => {
    const [push] = pushes(
      'dotnet nuget push a.nupkg --no-symbols true -n FALSE --skip-duplicate 1 -d "$ON"',
      { ON: 'on' }
    )
    expect(push?.strayValues).toEqual([
      { option: '--no-symbols', value: 'true' },
      { option: '-n', value: 'FALSE' },
      { option: '--skip-duplicate', value: '1' },
      { option: '-d', value: 'on' }
    ])
  })

  it('takes a real package path after an option that takes none as a path', () => {
    const [push] = pushes(
      'dotnet nuget push --skip-duplicate artifacts/*.nupkg --no-symbols "$PKG" -n true.nupkg --interactive'
    )
    expect(push?.strayValues).toEqual([])
    expect(pushes('nuget push a.nupkg -SkipDuplicate true')[0]?.strayValues).toEqual([])
  })

  it('sees a value option given twice', () => {
    expect(pushes('dotnet nuget push a -k A --api-key B')[0]?.repeated).toEqual(['--api-key'])
  })

  it('resolves --source from env:, and keeps a whole-word expression as a conditional option', () => {
    const [push] = pushes(
      "dotnet nuget push a -s \"$SOURCE\" ${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}",
      { SOURCE: 'https://api.nuget.org/v3/index.json' }
    )
    expect(literal(push?.values.get('--source'))).toBe('https://api.nuget.org/v3/index.json')
    expect(push?.conditional).toHaveLength(1)
    expect(push?.flags.has('--skip-duplicate')).toBe(false)
  })

  it('reads nuget.exe options case-insensitively and judges none it does not read', () => {
    const [push] = pushes(
      'nuget push a.nupkg -ApiKey K -SOURCE https://x -SkipDuplicate -NonInteractive'
    )
    expect(push?.tool).toBe('nuget')
    expect(literal(push?.values.get('--api-key'))).toBe('K')
    expect(push?.flags.has('--skip-duplicate')).toBe(true)
    expect(push?.unknown).toEqual([])
  })

  it('ignores commands that only mention a push', () => {
    expect(pushes('echo "dotnet nuget push later"; git push origin v1')).toEqual([])
  })
})

describe('words that may hold options the check cannot see', () => {
  it('are an unquoted variable or an expression with no value before the run', () => {
    expect(pushes('dotnet nuget push a $PUSH_ARGS')[0]?.opaque).toBe(true)
    expect(pushes('dotnet nuget push a ${{ inputs.push-options }}')[0]?.opaque).toBe(true)
  })

  it('are not a quoted variable, a loop’s package path or the re-run form of --skip-duplicate', () => {
    expect(pushes('dotnet nuget push "$PACKAGE"')[0]?.opaque).toBe(false)
    expect(pushes('for p in *.nupkg; do dotnet nuget push $p; done')[0]?.opaque).toBe(false)
    expect(
      pushes("dotnet nuget push a ${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}")[0]
        ?.opaque
    ).toBe(false)
  })

  it('end at --, after which every word is a package path', () => {
    expect(pushes('dotnet nuget push -k K -- -odd-name.nupkg')[0]?.unknown).toEqual([])
  })
})
