import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { parsePwsh } from '../../../../src/check/shell/pwsh.ts'
import { readStepScript, shellOf } from '../../../../src/check/shell/scripts.ts'
import { hideExpressions, type Command, type Word } from '../../../../src/check/shell/words.ts'

const bash = bashParser(sh.syntax)
const show = (word: Word) =>
  word
    .map((part) =>
      part.kind === 'text'
        ? part.text
        : `<${part.kind}:${'name' in part ? part.name : 'inner' in part ? part.inner : ''}>`
    )
    .join('')
const lines = (commands: Command[]) =>
  commands.map((command) => `${command.line}: ${command.words.map(show).join(' ')}`)

describe('bash scripts, as the shell reads them', () => {
  it('finds commands in loops, conditions and lists, joined across line continuations', () => {
    const script = bash(
      [
        'for package in out/*.nupkg; do',
        '  dotnet nuget push "$package" \\',
        "    --api-key '${{ steps.login.outputs.NUGET_API_KEY }}' && echo pushed",
        'done',
        'if [ -n "$A" ]; then nuget push x.nupkg; fi'
      ].join('\n')
    )
    expect(lines(script.commands)).toEqual([
      '2: dotnet nuget push <variable:package> --api-key <expression:steps.login.outputs.NUGET_API_KEY>',
      '3: echo pushed',
      '5: [ -n <variable:A> ]',
      '5: nuget push x.nupkg'
    ])
  })

  it('keeps the assignments a script makes', () => {
    const script = bash('SOURCE=https://api.nuget.org/v3/index.json\nexport KEY="$1"')
    expect([...script.assignments.keys()]).toEqual(['SOURCE', 'KEY'])
  })

  it('throws on a script bash cannot parse', () => {
    expect(() => bash('echo "unclosed')).toThrow()
  })
})

describe('PowerShell scripts, tokenized', () => {
  it('joins backtick continuations and reads $env: variables and quotes', () => {
    const script = parsePwsh(
      [
        'Get-ChildItem out | ForEach-Object {',
        '  dotnet nuget push $_.FullName `',
        "    --api-key $env:KEY --source 'https://x'",
        '}'
      ].join('\n')
    )
    expect(lines(script.commands)).toEqual([
      '1: Get-ChildItem out',
      '1: ForEach-Object',
      '2: dotnet nuget push <variable:_>.FullName --api-key <variable:KEY> --source https://x'
    ])
  })

  it('keeps $name = value assignments', () => {
    expect([...parsePwsh('$source = "https://x"').assignments.keys()]).toEqual(['source'])
  })
})

describe('a step’s script', () => {
  it('runs in bash by default, in pwsh on Windows runners or when told', () => {
    expect(shellOf({}, { 'runs-on': 'ubuntu-latest' }, {})).toBe('bash')
    expect(shellOf({}, { 'runs-on': 'windows-2025' }, {})).toBe('pwsh')
    expect(shellOf({}, { 'runs-on': 'windows-latest' }, { shell: 'bash' })).toBe('bash')
    expect(shellOf({}, { 'runs-on': 'ubuntu-latest' }, { shell: 'pwsh' })).toBe('pwsh')
  })

  it('resolves variables from the step’s, job’s and workflow’s env:, the step’s first', () => {
    const script = readStepScript(
      { env: { FEED: 'https://workflow', KEY: 'workflow' } },
      { env: { FEED: 'https://job' } },
      {
        env: { KEY: '${{ secrets.OLD }}' },
        run: 'dotnet nuget push a -s "$FEED" -k "$KEY" -t "$UNSET"'
      },
      bash
    )
    const words = script?.commands[0]?.words.map((word) => show(script.resolve(word)))
    expect(words?.slice(4)).toEqual([
      '-s',
      'https://job',
      '-k',
      '<expression:secrets.OLD>',
      '-t',
      '<variable:UNSET>'
    ])
    expect(script?.isSet('UNSET')).toBe(false)
  })
})

describe('PowerShell variables', () => {
  it('resolve whatever their case, as PowerShell and Windows read them', () => {
    const script = readStepScript(
      {},
      { 'runs-on': 'windows-latest' },
      { env: { NUGET_API_KEY: 'from-env' }, run: 'dotnet nuget push a -k $env:nuget_api_key' },
      bash
    )
    const word = script?.commands[0]?.words[5]
    expect(word && show(script.resolve(word))).toBe('from-env')
    expect(script?.isSet('Nuget_Api_Key')).toBe(true)
  })
})

describe('script text read in one pass', () => {
  it('joins pwsh lines continued with a backtick or cmd’s caret, however many', () => {
    const script = [
      'dotnet nuget push a.nupkg `',
      ...Array(5_000).fill('  --skip-duplicate `'),
      '  -s x'
    ].join('\n')
    const [command] = parsePwsh(script).commands
    expect(command?.line).toBe(1)
    expect(command?.words).toHaveLength(5_000 + 6)
    expect(lines(parsePwsh('nuget push a.nupkg ^  \n  -Source x').commands)).toEqual([
      '1: nuget push a.nupkg -Source x'
    ])
  })

  it('reads pwsh variables, groups and assignments at their place', () => {
    const script = parsePwsh(
      '$env:KEY = "k-$n"\ndotnet nuget push "$($dir)/a.nupkg" -k $env:KEY # note'
    )
    expect(lines(script.commands)).toEqual([
      '2: dotnet nuget push <dynamic:>/a.nupkg -k <variable:KEY>'
    ])
    expect(show(script.assignments.get('KEY') ?? [])).toBe('k-<variable:n>')
  })

  it('ends the search for ${{ at an unclosed one', () => {
    const rest = '${{ '.repeat(10_000)
    expect(hideExpressions(`push \${{ env.A }} ${rest}`)).toEqual({
      text: `push __GHX0__ ${rest}`,
      expressions: ['env.A']
    })
  })
})
