// Hostile workflow files (issue 19, rows 1, 2, 4, 5 and 7), each checked by the committed bundle in
// a child process. On 1.2.0 each of them ran for tens of seconds to hours (measured there, killed at
// 20 s, rows 1 to 5 were still running; row 7's took 14.4 s and, with 10k lines, 3.9 s); now each
// finishes in well under a second. The child is killed at a generous limit, so a regression fails the
// test instead of hanging it.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runAction } from '../harness/run-action.ts'

const LIMIT_MS = 8_000

async function checkRepository(files: Record<string, string>) {
  const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-hostile-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(workspace, name, '..'), { recursive: true })
    await writeFile(join(workspace, name), text)
  }
  return runAction({
    action: 'check',
    env: { GITHUB_WORKSPACE: workspace },
    killAfterMs: LIMIT_MS
  })
}

const loginSteps = (indent: string) =>
  [
    `${indent}- id: login`,
    `${indent}  uses: acme/nuget-login@v1`,
    `${indent}  with: { user: contoso-bot }`
  ].join('\n')

function workflow(on: string, jobs: string): string {
  return `on: ${on}\npermissions: { id-token: write }\njobs:\n${jobs}\n`
}

function releaseJob(id: string, extra: string, steps: string): string {
  return [
    `  ${id}:`,
    '    runs-on: ubuntu-latest',
    ...(extra ? [extra] : []),
    '    steps:',
    loginSteps('      '),
    steps
  ].join('\n')
}

const CASES: [name: string, files: () => Record<string, string>][] = [
  [
    'row 1: a push line with seven variables, piped to tee',
    () => ({
      '.github/workflows/release.yml': workflow(
        'push',
        releaseJob(
          'publish',
          '',
          '      - run: dotnet nuget push $OUTPUT_DIRECTORY/$PACKAGE_NAME.$PACKAGE_VERSION.nupkg --api-key $NUGET_API_KEY_VALUE --source $NUGET_SOURCE_ADDRESS $EXTRA_PUSH_OPTIONS $MORE_PUSH_OPTIONS 2>&1 | tee push.log'
        )
      )
    })
  ],
  [
    'row 2: forty negations in an if on a pull-request workflow',
    () => ({
      '.github/workflows/release.yml': workflow(
        'pull_request',
        releaseJob('publish', `    if: \${{ ${'!'.repeat(40)}true }}`, '')
      )
    })
  ],
  [
    'row 4: a branch filter of many ** beside dependabot.yml',
    () => ({
      '.github/dependabot.yml': 'version: 2\n',
      '.github/workflows/release.yml': workflow(
        `{ push: { branches: ['${'**'.repeat(9)}Z'] } }`,
        releaseJob('publish', '', '')
      )
    })
  ],
  [
    'row 5: 800 jobs that log in, in one needs chain',
    () => ({
      '.github/workflows/release.yml': workflow(
        'pull_request',
        Array.from({ length: 800 }, (_, index) =>
          releaseJob(`j${index}`, index > 0 ? `    needs: j${index - 1}` : '', '')
        ).join('\n')
      )
    })
  ],
  [
    'row 7: a 120 KB env value with unclosed ${{ and 20 push steps',
    () => ({
      '.github/workflows/release.yml':
        `env:\n  NOISE: '${'${{'.repeat(40_000)}'\n` +
        workflow(
          'push',
          releaseJob(
            'publish',
            '',
            Array.from(
              { length: 20 },
              () => '      - run: dotnet nuget push "a.nupkg" --api-key "$NOISE" -s nuget.org'
            ).join('\n')
          )
        )
    })
  ],
  [
    'row 7: a pwsh push continued over 20k lines',
    () => ({
      '.github/workflows/release.yml': workflow(
        'push',
        releaseJob(
          'publish',
          '',
          [
            '      - shell: pwsh',
            '        run: |',
            '          dotnet nuget push a.nupkg `',
            ...Array.from(
              { length: 20_000 },
              () => '            --skip-duplicate --no-symbols --timeout 300 --disable-buffering `'
            ),
            '            -s nuget.org'
          ].join('\n')
        )
      )
    })
  ]
]

describe('hostile workflow files are read in time proportional to their size', () => {
  it.each(CASES)(
    '%s',
    async (_, files) => {
      const result = await checkRepository(files())

      expect(result.timedOut).toBe(false)
      expect(result.stdout).toMatch(/^nuget\.org release check: \d+ jobs? logging in/m)
    },
    LIMIT_MS + 10_000
  )
})
