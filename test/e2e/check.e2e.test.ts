// The workflow check, run as the runner runs it, over one fixture per finding and over clean
// workflows, the README's own among them. Every annotation is asserted: level, place and title.
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts'
import { readmeWorkflows } from '../harness/workflow-steps.ts'

interface Annotation {
  level: string
  place: string
  title: string
  message: string
}

/** The annotations in a run's log, as the runner reads `::error title=…,file=…::message`. */
function annotations(result: RunResult): Annotation[] {
  return [...result.stdout.matchAll(/^::(error|warning|notice) (.*?)::(.*)$/gm)].map((match) => {
    const properties = Object.fromEntries(
      (match[2] as string).split(',').map((pair) => {
        const [name, value] = pair.split('=') as [string, string]
        return [name, decode(value)]
      })
    )
    return {
      level: match[1] as string,
      place: `${properties.file}:${properties.line}:${properties.col}`,
      title: properties.title as string,
      message: decode(match[3] as string)
    }
  })
}

const decode = (value: string) =>
  value
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%25/g, '%')

/** Runs the check bundle on a repository whose workflow folder `fill` writes. */
async function runCheck(fill: (folder: string) => Promise<void>, inputs: Record<string, string>) {
  const workspace = await mkdtemp(join(tmpdir(), 'nuget-login-check-'))
  const folder = join(workspace, '.github', 'workflows')
  await mkdir(folder, { recursive: true })
  await fill(folder)
  return runAction({
    action: 'check',
    inputs,
    env: { GITHUB_WORKSPACE: workspace, GITHUB_REPOSITORY: 'contoso/widgets' }
  })
}

const check = (files: Record<string, string>, inputs: Record<string, string> = {}) =>
  runCheck(async (folder) => {
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text)
  }, inputs)

const checkFixture = (name: string, inputs: Record<string, string> = {}) =>
  runCheck(
    (folder) => cp(join(ROOT, 'test', 'fixtures', 'workflows', name), folder, { recursive: true }),
    inputs
  )

const W = '.github/workflows'
type Expected = [level: string, place: string, title: string, phrase: string]
const noEnvironment = (place: string): Expected => [
  'notice',
  place,
  'No environment',
  'runs in no environment'
]
const noSkipDuplicate = (place: string): Expected => [
  'notice',
  place,
  'Push without --skip-duplicate',
  'Add `--skip-duplicate`'
]

const R = (place: string) => `${W}/${place}`

const FIXTURES: [fixture: string, expected: Expected[]][] = [
  [
    'no-permissions',
    [
      [
        'error',
        R('release.yml:6:3'),
        'No OIDC token',
        "GitHub's default permissions (no `permissions:` block)"
      ],
      noEnvironment(R('release.yml:6:3')),
      noSkipDuplicate(R('release.yml:15:9'))
    ]
  ],
  [
    'read-all',
    [
      [
        'error',
        R('release.yml:3:1'),
        'No OIDC token',
        "under the workflow's `permissions: read-all`"
      ],
      noEnvironment(R('release.yml:5:3')),
      noSkipDuplicate(R('release.yml:12:9'))
    ]
  ],
  [
    'empty-permissions',
    [
      noEnvironment(R('release.yml:4:3')),
      ['error', R('release.yml:6:5'), 'No OIDC token', "under the job's `permissions: {}`"],
      noSkipDuplicate(R('release.yml:12:9'))
    ]
  ],
  [
    'missing-scopes',
    [
      noEnvironment(R('release.yml:6:3')),
      [
        'warning',
        R('release.yml:11:9'),
        'Checkout without contents: read',
        'actions/checkout needs `contents: read`'
      ],
      noSkipDuplicate(R('release.yml:16:9')),
      [
        'error',
        R('release.yml:19:9'),
        'Release step without contents: write',
        'needs `contents: write`, but the job has `contents: none`'
      ],
      [
        'error',
        R('release.yml:22:9'),
        'Release step without contents: write',
        'needs `contents: write`'
      ]
    ]
  ],
  [
    'triggers',
    [
      [
        'error',
        R('publish.yml:3:3'),
        'Trigger refused by nuget.org',
        'refuses logins from runs triggered by pull_request_target'
      ],
      noEnvironment(R('publish.yml:8:3')),
      noSkipDuplicate(R('publish.yml:15:9'))
    ]
  ],
  [
    'pull-request-only',
    [
      [
        'warning',
        R('pr.yml:2:1'),
        'Pull request trigger',
        'forks and from Dependabot get no OIDC token'
      ],
      noEnvironment(R('pr.yml:6:3')),
      noSkipDuplicate(R('pr.yml:13:9'))
    ]
  ],
  [
    'key-path',
    [
      noEnvironment(R('release.yml:9:3')),
      [
        'error',
        R('release.yml:12:9'),
        'Key read from another step',
        "reads steps.login.outputs.NUGET_API_KEY, but the login step's id is not set"
      ],
      ['error', R('release.yml:12:9'), 'Push before login', 'runs before the login step'],
      ['error', R('release.yml:13:9'), 'Login step without id', 'Add `id: login`'],
      [
        'error',
        R('release.yml:16:9'),
        'Key read from another step',
        'reads steps.nuget.outputs.NUGET_API_KEY'
      ],
      [
        'error',
        R('release.yml:16:9'),
        'Push without the key',
        "gets neither the login's output NUGET_API_KEY nor the exported variable"
      ],
      noSkipDuplicate(R('release.yml:16:9'))
    ]
  ],
  [
    'stale-key',
    [
      noEnvironment(R('release.yml:9:3')),
      [
        'error',
        R('release.yml:16:9'),
        'Push with a stored key',
        'still passes the stored secret secrets.NUGET_API_KEY'
      ],
      noSkipDuplicate(R('release.yml:16:9')),
      ['error', R('release.yml:17:9'), 'Push without the key', 'gets neither'],
      noSkipDuplicate(R('release.yml:17:9')),
      ['warning', R('release.yml:18:9'), 'Push without --source', 'names no --source'],
      noSkipDuplicate(R('release.yml:18:9'))
    ]
  ],
  [
    'across-jobs',
    [
      noEnvironment(R('release.yml:6:3')),
      [
        'error',
        R('release.yml:11:7'),
        'Key passed to another job',
        "The job output 'key' carries the API key"
      ],
      [
        'error',
        R('release.yml:21:9'),
        'Key read from another job',
        'reads needs.login.outputs.key, which is empty'
      ]
    ]
  ],
  [
    'reusable',
    [
      [
        'warning',
        R('publish.yml:5:3'),
        'Login in a reusable workflow',
        "Workflow File must be 'publish.yml', not the calling workflow ('release.yml')"
      ],
      noEnvironment(R('publish.yml:5:3')),
      noSkipDuplicate(R('publish.yml:12:9')),
      [
        'warning',
        R('release.yml:13:5'),
        'Reusable workflow from another repository',
        'calls fabrikam/workflows/.github/workflows/nuget.yml@v1 with an OIDC token'
      ]
    ]
  ],
  [
    'reusable-without-token',
    [
      ['warning', R('publish.yml:5:3'), 'Login in a reusable workflow', "must be 'publish.yml'"],
      noEnvironment(R('publish.yml:5:3')),
      noSkipDuplicate(R('publish.yml:12:9')),
      [
        'error',
        R('release.yml:8:3'),
        'No OIDC token for the called workflow',
        "calls publish.yml, which logs in to nuget.org, but grants no `id-token: write` (the workflow's `permissions:` block)"
      ]
    ]
  ],
  [
    'login-inputs',
    [
      [
        'error',
        R('release.yml:15:11'),
        'Not a nuget.org username',
        "looks like an e-mail address ('alice@contoso.com')"
      ],
      [
        'error',
        R('release.yml:16:11'),
        'Audience nuget.org refuses',
        "is not an https origin: 'nuget.org'"
      ],
      noSkipDuplicate(R('release.yml:17:9')),
      noEnvironment(R('release.yml:20:3')),
      [
        'warning',
        R('release.yml:26:11'),
        'Username in a secret',
        'shows it as *** in every log line'
      ],
      noSkipDuplicate(R('release.yml:28:9'))
    ]
  ],
  [
    'broken',
    [
      [
        'error',
        R('release.yml:3:1'),
        'Not valid YAML',
        'GitHub cannot run this workflow: Flow sequence'
      ]
    ]
  ],
  [
    'exported-clean',
    [
      [
        'notice',
        R('release.yaml:19:9'),
        'Key from the environment',
        'older SDKs push without a key'
      ]
    ]
  ],
  [
    'clean-mixed',
    [
      noSkipDuplicate(R('release.yml:22:9')),
      noSkipDuplicate(R('release.yml:25:9')),
      noEnvironment(R('release.yml:26:3'))
    ]
  ],
  ['no-login', []]
]

describe('the workflow check, run as the runner runs it', () => {
  it.each(FIXTURES)('%s: reports exactly its findings', async (fixture, expected) => {
    const result = await checkFixture(fixture)

    const found = annotations(result)
    expect(found.map(({ level, place, title }) => [level, place, title])).toEqual(
      expected.map(([level, place, title]) => [level, place, title])
    )
    expected.forEach(([, , , phrase], index) => expect(found[index]?.message).toContain(phrase))
    const errors = expected.filter(([level]) => level === 'error').length
    expect(result.exitCode).toBe(errors > 0 ? 1 : 0)
    expect(result.outputs.errors).toBe(String(errors))
    for (const { place } of found) expect(result.stdout).toContain(`${place}: `)
    if (errors > 0)
      expect(result.stdout).toMatch(/^::error::The release workflows have \d+ errors/m)
  })

  it('finds nothing wrong in the README’s own workflows', async () => {
    const workflows = await readmeWorkflows()
    const files = Object.fromEntries(
      workflows.map(({ text }, index) => [`readme-${index + 1}.yml`, text])
    )
    const result = await check(files)

    expect(annotations(result)).toEqual([])
    expect(result.exitCode).toBe(0)
    const logins = workflows.filter(({ text }) => text.includes('uses: acme/nuget-login@')).length
    expect(logins).toBeGreaterThanOrEqual(4)
    expect(result.stdout).toContain(
      `nuget.org release check: ${logins} jobs logging in, in ${workflows.length} workflow files: 0 errors, 0 warnings, 0 notices.`
    )
  })

  it('says what to enter on nuget.org for each login job, in the summary', async () => {
    const result = await checkFixture('login-inputs')

    expect(result.summary).toContain(
      '**What to enter on nuget.org** for job `email` in `.github/workflows/release.yml`'
    )
    expect(result.summary).toContain(
      '| Repository Owner | `contoso` |\n| Repository | `widgets` |\n| Workflow File | `release.yml` |'
    )
    expect(result.summary).toContain('| Environment | `set at run time (${{ github.ref_name }})` |')
    expect(result.summary).toContain('| Environment | `(none: leave it empty)` |')
    expect(result.summary).toMatch(
      /\| ❌ error \| `\.github\/workflows\/release\.yml:15:11` \| \*\*Not a nuget\.org username\*\*/
    )
  })

  it('fails on warnings only when asked, and never when told so', async () => {
    expect((await checkFixture('pull-request-only', { 'fail-on': 'warning' })).exitCode).toBe(1)
    expect((await checkFixture('triggers', { 'fail-on': 'never' })).exitCode).toBe(0)
  })

  it('refuses an unknown fail-on and a missing folder, saying what to change', async () => {
    const badInput = await checkFixture('no-login', { 'fail-on': 'sometimes' })
    expect(badInput.exitCode).toBe(1)
    expect(badInput.stdout).toContain(
      '::error::The input `fail-on` must be error, warning or never'
    )

    const noFolder = await checkFixture('no-login', { workflows: 'nowhere' })
    expect(noFolder.exitCode).toBe(1)
    expect(noFolder.stdout).toMatch(
      /::error::Could not read the workflow folder 'nowhere'.*Check out the repository/
    )
  })
})
