import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import sh from 'mvdan-sh'
import { readWorkflowFiles } from '../../../../src/check/analyse.ts'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { findStoredKeyPushes } from '../../../../src/check/stored-keys/find.ts'
import { defaultPushSourceOf } from '../../../../src/check/stored-keys/nuget-config.ts'
import { ROOT } from '../../../harness/run-action.ts'

const FOLDER = join(ROOT, 'test', 'fixtures', 'migrate')
const tools = { bash: bashParser(sh.syntax) }

/** Per fixture: file, job, step, shape, secret, how the key gets there, destination. */
const EXPECTED: [string, (string | number | null)[][]][] = [
  [
    'build-script-env',
    [
      [
        'build.yml',
        'build',
        1,
        'build script',
        'NUGET_API_KEY',
        "the step's env: NUGET_API_KEY",
        'nuget.org'
      ]
    ]
  ],
  [
    'cake-argument',
    [
      [
        'cake.yml',
        'cake',
        2,
        'build script',
        'NUGET_APIKEY',
        'an argument of the script',
        'nuget.org'
      ]
    ]
  ],
  [
    'cmd-shell',
    [
      [
        'release.yml',
        'release',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'default-push-source',
    [
      [
        'release.yml',
        'release',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'direct-key',
    [
      [
        'release.yml',
        'build',
        3,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'flow-permissions',
    [
      [
        'release.yml',
        'push',
        0,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'job-env-implicit',
    [
      [
        'ci.yml',
        'deliver',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        "the job's env: NUGET_API_KEY",
        'nuget.org'
      ]
    ]
  ],
  [
    'local-reusable',
    [
      [
        'publish.yml',
        'push',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ],
      [
        'release.yml',
        'publish',
        null,
        'local reusable workflow',
        'NUGET_API_KEY',
        'secrets: inherit',
        'nuget.org'
      ]
    ]
  ],
  [
    'local-reusable-named',
    [
      [
        'push.yml',
        'push',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        "the step's env: KEY",
        'nuget.org'
      ],
      [
        'release.yml',
        'publish',
        null,
        'local reusable workflow',
        'NUGET_ORG_KEY',
        'secrets: NUGET_API_KEY',
        'nuget.org'
      ]
    ]
  ],
  [
    'mixed-feeds',
    [
      [
        'release.yml',
        'release',
        3,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ],
      ['release.yml', 'release', 4, 'dotnet nuget push', 'MYGET_KEY', 'the command line', 'other']
    ]
  ],
  [
    'nuget-exe-setapikey',
    [['release.yml', 'publish', 2, 'setapikey', 'NUGET_API_KEY', 'the command line', 'nuget.org']]
  ],
  [
    'nuke-and-fake',
    [
      [
        'build.yml',
        'nuke',
        1,
        'build script',
        'NUGET_API_KEY',
        'an argument of the script',
        'nuget.org'
      ],
      [
        'build.yml',
        'fake',
        1,
        'build script',
        'NUGET_API_KEY',
        "the step's env: NUGET_KEY",
        'nuget.org'
      ],
      [
        'build.yml',
        'legacy-action',
        1,
        'push action',
        'NUGET_API_KEY',
        'the input NUGET_KEY',
        'nuget.org'
      ]
    ]
  ],
  [
    'other-feeds-only',
    [
      [
        'feeds.yml',
        'azure',
        0,
        'dotnet nuget push',
        'AZURE_ARTIFACTS_PAT',
        'the command line',
        'other'
      ],
      ['feeds.yml', 'feedz', 0, 'dotnet nuget push', 'FEEDZ_KEY', 'the command line', 'other'],
      [
        'feeds.yml',
        'test-gallery',
        0,
        'dotnet nuget push',
        'NUGET_TEST_KEY',
        'the command line',
        'other'
      ]
    ]
  ],
  [
    'push-action',
    [
      [
        'publish.yml',
        'publish',
        1,
        'push action',
        'NUGET_API_KEY',
        'the input NUGET_KEY',
        'nuget.org'
      ]
    ]
  ],
  [
    'push-script-two-feeds',
    [
      [
        'release.yml',
        'build',
        2,
        'build script',
        'MYGET_CI_API_KEY',
        "the step's env: NUGET_API_KEY",
        'other'
      ],
      [
        'release.yml',
        'build',
        3,
        'build script',
        'NUGET_API_KEY',
        "the step's env: NUGET_API_KEY",
        'nuget.org'
      ]
    ]
  ],
  [
    'pwsh-on-linux',
    [
      [
        'release.yml',
        'release',
        0,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'read-all',
    [
      [
        'release.yml',
        'push',
        0,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'refuse-build-elsewhere',
    [
      [
        'build.yml',
        'build',
        1,
        'build script',
        'NUGET_API_KEY',
        "the step's env: NUGET_API_KEY",
        'nuget.org'
      ]
    ]
  ],
  [
    'refuse-fork-pull-requests',
    [['ci.yml', 'build', 2, 'dotnet nuget push', 'NUGET_API_KEY', 'the command line', 'nuget.org']]
  ],
  [
    'refuse-generated',
    [
      [
        'ci.yml',
        'ubuntu-latest',
        1,
        'build script',
        'NUGET_API_KEY',
        "the step's env: NuGetApiKey",
        'nuget.org'
      ]
    ]
  ],
  [
    'refuse-reusable-for-others',
    [
      [
        'self-test.yml',
        'try',
        null,
        'local reusable workflow',
        'NUGET_KEY',
        'no secret',
        'nuget.org'
      ],
      [
        'shared-release.yml',
        'release',
        1,
        'dotnet nuget push',
        'NUGET_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'refuse-remote-reusable',
    [
      [
        'release.yml',
        'publish',
        null,
        'remote reusable workflow',
        'NUGET_API_KEY',
        'secrets: NUGET_API_KEY',
        'unknown'
      ]
    ]
  ],
  [
    'refuse-run-time-feed',
    [
      [
        'deploy.yml',
        'deploy',
        0,
        'dotnet nuget push',
        'NUGET_TOKEN',
        "the job's env: KEY",
        'unknown'
      ]
    ]
  ],
  [
    'setapikey',
    [['release.yml', 'push', 2, 'setapikey', 'NUGET_API_KEY', 'the command line', 'nuget.org']]
  ],
  [
    'setup-dotnet-source',
    [
      [
        'release.yml',
        'release',
        3,
        'dotnet nuget push',
        'NUGET_API_KEY',
        'the command line',
        'nuget.org'
      ]
    ]
  ],
  [
    'step-env-other-name',
    [
      [
        'publish.yml',
        'publish',
        2,
        'dotnet nuget push',
        'NUGET_ORG_TOKEN',
        "the step's env: FEED_TOKEN",
        'nuget.org'
      ]
    ]
  ],
  ['unrelated-mention', []],
  [
    'windows-nuget-exe',
    [['release.yml', 'package', 3, 'nuget push', 'NUGET_API_KEY', 'the command line', 'nuget.org']]
  ],
  [
    'workflow-env-removed',
    [
      [
        'release.yml',
        'publish',
        2,
        'dotnet nuget push',
        'NUGET_API_KEY',
        "the workflow's env: NUGET_API_KEY",
        'nuget.org'
      ]
    ]
  ],
  [
    'workflow-env-shared',
    [
      [
        'pipeline.yml',
        'nuget',
        2,
        'dotnet nuget push',
        'NUGET_KEY',
        "the workflow's env: NUGET_KEY",
        'nuget.org'
      ],
      [
        'pipeline.yml',
        'mirror',
        0,
        'build script',
        'NUGET_KEY',
        "the workflow's env: NUGET_KEY",
        'other'
      ]
    ]
  ]
]

describe('findStoredKeyPushes', () => {
  it.each(EXPECTED)(
    '%s: finds each stored-key push, its key and where it goes',
    async (name, rows) => {
      const dir = join(FOLDER, name)
      const names = (await readdir(join(dir, 'input'))).sort()
      const sources = await Promise.all(
        names.map(async (file) => ({
          path: `.github/workflows/${file}`,
          text: await readFile(join(dir, 'input', file), 'utf8')
        }))
      )
      const config = join(dir, 'NuGet.Config')
      const nugetConfig = existsSync(config) ? await readFile(config, 'utf8') : undefined
      const pushes = findStoredKeyPushes(readWorkflowFiles(sources).files, {
        tools,
        ...(nugetConfig ? { nugetConfig } : {})
      })
      expect(
        pushes.map((p) => [
          p.file.name,
          p.jobId,
          p.stepIndex ?? null,
          p.shape,
          p.secret,
          p.via,
          p.destination
        ])
      ).toEqual(rows)
    }
  )

  it('covers every fixture folder', async () => {
    expect(EXPECTED.map(([name]) => name).sort()).toEqual((await readdir(FOLDER)).sort())
  })
})

describe('defaultPushSourceOf', () => {
  it('reads defaultPushSource from <config>, whatever the case and quotes', () => {
    expect(
      defaultPushSourceOf(
        "<configuration><config><add key='DefaultPushSource' value='https://api.nuget.org/v3/index.json'/></config></configuration>"
      )
    ).toBe('https://api.nuget.org/v3/index.json')
    expect(
      defaultPushSourceOf(
        '<configuration><packageSources><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources></configuration>'
      )
    ).toBeUndefined()
  })
})
