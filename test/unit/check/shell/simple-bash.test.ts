import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { readSimpleBash } from '../../../../src/check/shell/simple-bash.ts'
import { seededRandom } from '../../../harness/seeded-random.ts'

const bash = bashParser(sh.syntax)

/** What mvdan/sh reads, or undefined where it refuses the script. */
function parsed(script: string) {
  try {
    return bash(script)
  } catch {
    return undefined
  }
}

describe('simple bash scripts, read without the parser', () => {
  it.each([
    'dotnet nuget push "artifacts/*.nupkg" --api-key "$NUGET_API_KEY" --source https://api.nuget.org/v3/index.json',
    "dotnet nuget push out/*.nupkg -k ${{ steps.login.outputs.NUGET_API_KEY }} -s '${{ env.FEED }}' ${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}",
    'dotnet pack -c Release -o out\ndotnet nuget push out/*.nupkg \\\n  --api-key="${KEY}" \\\n  --source $SOURCE',
    'SOURCE=https://api.nuget.org/v3/index.json\nexport KEY=abc\ndotnet nuget push a.nupkg -k "$KEY" -s "$SOURCE"',
    'dotnet nuget push "a b.nupkg" --api-key "" --source x',
    'dotnet nuget push a\'b\'"c$D"e${F}g \'\' "" $H__x ${{ env.X }}${{ env.Y }}',
    'export  KEY=${{ secrets.K }}\ndotnet nuget push "${OUT}/$NAME.$VERSION.nupkg" -k $KEY -s $SOURCE $EXTRA',
    'for f in *.nupkg; do dotnet nuget push "$f"; done',
    'set -euo pipefail\nfor package in out/*.nupkg; do\n  dotnet nuget push "$package" \\\n    --api-key "$KEY" --skip-duplicate\ndone',
    'dotnet nuget push "*.nupkg" --api-key "${API_KEY}" && echo "::notice title=nuget.org::Published ${V}."',
    'dotnet nuget push a.nupkg # comment\n# a whole line of comment\necho a#b',
    'if true\nthen dotnet nuget push a\nelif false; then echo b; else echo c\nfi',
    'while true; do dotnet nuget push a || break; done | tee log',
    'A=1 B+=2 dotnet nuget push a\nexport C D=4 -n\nlocal E=5',
    'dotnet nuget push a\\\nb "x\ny" \\\n  c\nd',
    'a &&\n  b ||\n  c',
    'for x\ndo\n  y\ndone; z',
    'dotnet nuget push a.nupkg 2>&1 | tee push.log\necho "pushed=1" >> "$GITHUB_OUTPUT"',
    'TAG=${GITHUB_REF#refs/tags/}\ndotnet nuget push "out/a.${TAG%%-*}.nupkg" -k ${KEY:-none} &> log',
    'while read -r f; do dotnet nuget push "$f"; done < list.txt',
    'echo "x"9>f ${A}2>g'
  ])('read as mvdan/sh reads them: %s', (script) => {
    const simple = readSimpleBash(script)
    expect(simple).toBeDefined()
    expect(simple).toEqual(bash(script))
  })

  it.each([
    'dotnet nuget push $(ls *.nupkg)',
    'dotnet nuget push "$(pwd)/a.nupkg"',
    "echo 'unclosed",
    'echo "a \\" b"',
    'cat <<EOF\nx\nEOF',
    'a # a comment that ends in a backslash \\\nb',
    'echo "a"#b',
    'a <<< x',
    'a > >(tee x)',
    'a >',
    'declare 2>&1 A',
    'echo ${A:1:2} ${#A}',
    'dotnet nuget push ${A',
    'dotnet nuget push "$"',
    'dotnet nuget push $1',
    'VERSION="${TAG#"v"}"',
    'a &',
    '! a',
    'a[0]=1',
    'case $A in a) b;; esac',
    'if a; then fi',
    'for x in a b; do done',
    'a; ;b',
    'done',
    'export "$A"'
  ])('leaves the rest to the parser: %s', (script) => {
    expect(readSimpleBash(script)).toBeUndefined()
  })
})

/** A seeded generator of scripts made of the pieces where the two readers could part. */
function scripts(seed: number, count: number): string[] {
  const random = seededRandom(seed)
  const pieces = [
    ...['dotnet', 'nuget', 'push', 'a.nupkg', '-k', '--api-key', 'x=y', 'A=1', 'B+=2', 'C=', '=x'],
    ...['"$A"', '"a b"', "'c d'", '${B}', '$C', '""', "''", '"x$D-y"', 'e"f"g', '${{ secrets.K }}'],
    ...[
      'export',
      'local',
      'declare',
      '-x',
      'for',
      'in',
      'do',
      'done',
      'if',
      'then',
      'elif',
      'else'
    ],
    ...['fi', 'while', 'until', 'case', 'esac', '!', 'time', '[', ']', '[[', 'echo', 'a#b', '#c'],
    ...[
      '&&',
      '||',
      '|',
      ';',
      '\n',
      '\n',
      '\n',
      ' \\\n',
      '\\\n',
      '&',
      '2>&1',
      '$(x)',
      '`x`',
      '{',
      '}'
    ],
    ...['"multi\nline"', "'x\ny'", 'a[0]=1', '${A:-b}', '$1', '\t', '~/x', '*.nupkg', '"\\$"'],
    ...['${A#v}', '${A##*/}', '"${B%.*}"', '${C:-x}', '${D-}', '${E//-/_}', '${F:1}', 'a[', '[x'],
    ...[
      '>',
      '>>',
      '2>',
      '<',
      '&>',
      '>&',
      '>/dev/null',
      '>> $GITHUB_OUTPUT',
      '<<',
      '<<<',
      '9>',
      '>|'
    ]
  ]
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(random() * 14)
    let script = ''
    for (let index = 0; index < length; index++) {
      script += pieces[Math.floor(random() * pieces.length)] as string
      script += random() < 0.8 ? ' ' : ''
    }
    return script
  })
}

/** Scripts shaped like real loops, conditions and lists, each piece chosen at random. */
function shapedScripts(seed: number, count: number): string[] {
  const random = seededRandom(seed)
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T
  const command = () =>
    pick([
      'dotnet nuget push "$f" -k "$KEY"',
      'A=1',
      'export B=$A',
      'echo "done"',
      'true',
      'x=1 y',
      'set -e'
    ])
  const separator = () => pick([';', '\n', ' && ', ' || ', ' | ', ';\n', ' &&\n'])
  const list = (depth: number): string => {
    const items = Array.from({ length: 1 + Math.floor(random() * 2) }, () => statement(depth))
    return items.reduce((text, item) => text + separator() + item)
  }
  const statement = (depth: number): string => {
    if (depth > 1 || random() < 0.5) return command()
    return pick([
      () =>
        `for f in ${pick(['*.nupkg', 'a b', '', '"$X"'])}${pick(['; ', '\n'])}do ${list(depth + 1)}${pick(['; ', '\n'])}done`,
      () =>
        `if ${list(depth + 1)}; then ${list(depth + 1)}${pick(['', `; else ${list(depth + 1)}`, `; elif a; then b`])}; fi`,
      () => `while ${list(depth + 1)}; do ${list(depth + 1)}; done`
    ])()
  }
  return Array.from({ length: count }, () => list(0))
}

describe('the simple reader beside mvdan/sh', () => {
  it('reads every script it reads as mvdan/sh does, over 6,000 seeded scripts', () => {
    let read = 0
    for (const script of [...scripts(20261202, 4_000), ...shapedScripts(7, 2_000)]) {
      const simple = readSimpleBash(script)
      if (!simple) continue
      read++
      expect({ script, read: parsed(script) }).toEqual({ script, read: simple })
    }
    // The comparison is only worth something if the simple reader took many of them.
    expect(read).toBeGreaterThan(2_000)
  }, 30_000)
})

describe('the simple reader on long input', () => {
  it('reads a line of many variables that ends in a pipe in one pass', () => {
    const line = `dotnet nuget push ${'$VARIABLE_NAME_'.repeat(2_000)}x 2>&1 | tee push.log`
    expect(readSimpleBash(line)?.commands).toHaveLength(2)
    expect(readSimpleBash(`${line} $(date)`)).toBeUndefined()
  })

  it('leaves loops nested past its depth to the parser, without overflowing its stack', () => {
    const nested = `${'for a in b; do '.repeat(5_000)}c${'; done'.repeat(5_000)}`
    expect(readSimpleBash(nested)).toBeUndefined()
    expect(readSimpleBash(`${'for a in b; do '.repeat(10)}c${'; done'.repeat(10)}`)).toBeDefined()
  })
})
