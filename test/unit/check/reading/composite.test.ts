import sh from 'mvdan-sh'
import { describe, expect, it } from 'vitest'
import { analyse } from '../../../../src/check/analyse.ts'
import {
  localActionDir,
  MAX_ACTIONS,
  readLocalActions,
  type LocalActions
} from '../../../../src/check/reading/composite.ts'
import { bashParser } from '../../../../src/check/shell/bash.ts'
import { parseWorkflowFile } from '../../../../src/check/reading/workflow-file.ts'
import { FIXTURE_FACTS } from '../../../fixtures/workflows/expected.ts'

const tools = { bash: bashParser(sh.syntax) }
const composite = (steps: string[], extra: string[] = []) =>
  [...extra, 'runs:', '  using: composite', '  steps:', ...steps.map((line) => `    ${line}`)].join(
    '\n'
  )
const action = (dir: string, text: string, name = 'action.yml'): LocalActions => ({
  [dir]: { path: `${dir}/${name}`, text }
})
const LOGIN_AND_PUSH = composite([
  '- id: login',
  '  uses: acme/nuget-login@v1',
  '  with: { user: ida }',
  '- shell: bash',
  '  env: { KEY: "${{ steps.login.outputs.NUGET_API_KEY }}" }',
  `  run: dotnet nuget push out/*.nupkg --api-key "$KEY" --source https://api.nuget.org/v3/index.json \${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}`
])
const workflow = (on: string, steps: string[], jobExtra: string[] = []) =>
  [
    `on: ${on}`,
    'permissions: { id-token: write }',
    'jobs:',
    '  publish:',
    '    runs-on: ubuntu-latest',
    ...jobExtra.map((line) => `    ${line}`),
    '    steps:',
    ...steps.map((line) => `      ${line}`)
  ].join('\n')
const check = (text: string, actions: LocalActions) =>
  analyse(
    [{ path: '.github/workflows/release.yml', text }],
    { ...FIXTURE_FACTS, localActions: actions },
    tools
  )
const titles = (text: string, actions: LocalActions) =>
  check(text, actions).findings.map(({ level, file, title }) => `${level} ${file} ${title}`)

describe('local action paths', () => {
  it('takes ./path relative to the workspace, and nothing else', () => {
    expect(localActionDir('./.github/actions/publish')).toBe('.github/actions/publish')
    expect(localActionDir('./.github/actions/publish/')).toBe('.github/actions/publish')
    expect(localActionDir('./')).toBe('')
    expect(localActionDir('./a/../../etc')).toBeUndefined()
    expect(localActionDir('contoso/tools/publish@v1')).toBeUndefined()
    expect(localActionDir('docker://alpine')).toBeUndefined()
    expect(localActionDir(undefined)).toBeUndefined()
  })
})

describe('reading local actions', () => {
  it('reads the actions the workflows use and those they use, each once, never another repository’s', async () => {
    const asked: string[] = []
    const files = {
      a: composite(['- uses: ./b', '- uses: ./a', '- uses: contoso/tools/c@v1']),
      b: composite(['- run: echo b', '  shell: bash'])
    } as Record<string, string>
    const file = parseWorkflowFile(
      'w.yml',
      workflow('push', ['- uses: ./a', '- uses: ./missing', '- uses: contoso/tools/x@v1'])
    )
    const actions = await readLocalActions([file], async (dir) => {
      asked.push(dir)
      const text = files[dir]
      return text === undefined ? undefined : { path: `${dir}/action.yml`, text }
    })
    expect(asked).toEqual(['a', 'missing', 'b'])
    expect(Object.keys(actions)).toEqual(['a', 'b'])
  })

  it('stops after MAX_ACTIONS actions', async () => {
    const many = Array.from({ length: MAX_ACTIONS + 20 }, (_, index) => `- uses: ./a${index}`)
    const file = parseWorkflowFile('w.yml', workflow('push', many))
    let reads = 0
    await readLocalActions([file], async () => {
      reads++
      return undefined
    })
    expect(reads).toBe(MAX_ACTIONS)
  })
})

describe('a login and push inside a local composite action', () => {
  it('are checked with the job: no OIDC token, placed at the workflow’s permissions', () => {
    const text = workflow(
      'push',
      ['- uses: ./pub'],
      ['permissions: { contents: read }', 'environment: nuget']
    )
    expect(titles(text, action('pub', LOGIN_AND_PUSH))).toEqual([
      'error .github/workflows/release.yml No OIDC token'
    ])
  })

  it('get the trigger checks of the calling workflow', () => {
    const text = workflow('pull_request', ['- uses: ./pub'], ['environment: nuget'])
    expect(titles(text, action('pub', LOGIN_AND_PUSH))).toContain(
      'warning .github/workflows/release.yml Login on pull request runs'
    )
  })

  it('is judged with the calling step’s if: a guard that keeps pull requests out keeps the login out', () => {
    const guarded = workflow(
      'pull_request',
      ["- if: github.event_name == 'push'", '  uses: ./pub'],
      ['environment: nuget']
    )
    expect(titles(guarded, action('pub', LOGIN_AND_PUSH))).toEqual([])
  })

  it('names the calling workflow’s file and job in the policy fields, and finds nothing wrong in a sound action', () => {
    const text = workflow('push', ['- name: Publish', '  uses: ./pub'], ['environment: nuget'])
    const analysis = check(text, action('pub', LOGIN_AND_PUSH, 'action.yaml'))
    expect(analysis.findings).toEqual([])
    expect(analysis.loginJobs).toBe(1)
    expect(analysis.policies[0]?.fields).toContainEqual(['Workflow File', 'release.yml'])
    expect(analysis.policies[0]?.job).toBe('publish')
  })

  it('places a finding in the action’s file, at its line, naming the calling step', () => {
    const broken = LOGIN_AND_PUSH.replace(' --source https://api.nuget.org/v3/index.json', '')
    const text = workflow('push', ['- name: Publish', '  uses: ./pub'], ['environment: nuget'])
    const [found] = check(text, action('pub', broken)).findings
    expect(found).toMatchObject({
      file: 'pub/action.yml',
      where: { line: 9, column: 12 },
      title: 'Push without --source'
    })
    expect(found?.message).toContain(
      "(In the local action ./pub, run by step 'Publish' of job 'publish' in .github/workflows/release.yml.)"
    )
  })

  it('reads actions nested in actions, and gives the caller’s env to the action’s steps', () => {
    const inner = composite([
      '- shell: bash',
      `  run: dotnet nuget push out/*.nupkg --api-key "$KEY" --source https://api.nuget.org/v3/index.json \${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}`
    ])
    const outer = composite(['- uses: ./inner'])
    const text = workflow(
      'push',
      [
        '- id: login',
        '  uses: acme/nuget-login@v1',
        '  with: { user: ida }',
        '- uses: ./outer',
        '  env: { KEY: "${{ steps.login.outputs.NUGET_API_KEY }}" }'
      ],
      ['environment: nuget']
    )
    const actions = { ...action('outer', outer), ...action('inner', inner) }
    expect(check(text, actions).findings).toEqual([])
    const withoutEnv = text.replace(/\n.*env: \{ KEY.*$/, '')
    expect(titles(withoutEnv, actions)).toEqual([
      'error inner/action.yml Key from an unset variable'
    ])
  })

  it('takes the key from a calling step whose action passes the login’s output on', () => {
    const signIn = composite(
      ['- id: login', '  uses: acme/nuget-login@v1', '  with: { user: ida }'],
      ['outputs:', '  NUGET_API_KEY:', '    value: ${{ steps.login.outputs.NUGET_API_KEY }}']
    )
    const text = workflow(
      'push',
      [
        '- id: auth',
        '  uses: ./sign-in',
        '- env: { KEY: "${{ steps.auth.outputs.NUGET_API_KEY }}" }',
        `  run: dotnet nuget push out/*.nupkg --api-key "$KEY" --source https://api.nuget.org/v3/index.json \${{ github.run_attempt > 1 && '--skip-duplicate' || '' }}`
      ],
      ['environment: nuget']
    )
    expect(titles(text, action('sign-in', signIn))).toEqual([])
    const quiet = signIn.replace(/outputs:[\s\S]*?NUGET_API_KEY \}\}\n/, '')
    expect(titles(text, action('sign-in', quiet))).toEqual([
      'error .github/workflows/release.yml Key read from another step'
    ])
  })

  it('reads no action that is not composite, and no action it was not given', () => {
    const node = ['runs:', '  using: node24', '  main: index.js'].join('\n')
    const text = workflow('push', ['- uses: ./pub'])
    expect(check(text, action('pub', node)).loginJobs).toBe(0)
    expect(check(text, {}).loginJobs).toBe(0)
    expect(check(text, action('pub', 'runs: [')).loginJobs).toBe(0)
  })
})
