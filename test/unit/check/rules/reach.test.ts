import { describe, expect, it } from 'vitest'
import { loginJobsIn, readWorkflowFiles } from '../../../../src/check/analyse.ts'
import { reachOf, type ImaginedRun } from '../../../../src/check/rules/reach.ts'

const pullRequestRun: ImaginedRun = {
  known: {
    inputs: {},
    github: {
      event_name: 'pull_request',
      repository: 'contoso/widgets',
      event: { pull_request: { head: { repo: { fork: true, full_name: 'someone/widgets' } } } }
    }
  },
  closed: ['inputs']
}

const login = [
  '    steps:',
  '      - id: login',
  '        uses: acme/nuget-login@v1',
  '        with: { user: alice }'
]

function reach(lines: string[]) {
  const workflows = readWorkflowFiles([
    { path: 'w.yml', text: ['on: pull_request', 'jobs:', ...lines].join('\n') }
  ])
  const file = workflows.files[0]
  if (!file) throw new Error('the test workflow does not parse')
  return reachOf(file, loginJobsIn(workflows, {}, {}), pullRequestRun)
}

describe('whether a pull request run reaches a login', () => {
  it('reaches an unguarded login', () => {
    expect(reach(['  publish:', ...login])).toEqual({ reached: ['publish'], unless: [] })
  })

  it('keeps the run out on an input, which is empty outside dispatch and call', () => {
    expect(reach(['  publish:', "    if: inputs.command == 'release'", ...login])).toEqual({
      reached: [],
      unless: []
    })
  })

  it('names a guard on another job’s output, which nobody knows before the run', () => {
    expect(
      reach([
        '  version:',
        "    if: github.event.pull_request.head.repo.full_name != 'x'",
        '    steps: [{ run: echo }]',
        '  publish:',
        '    needs: version',
        "    if: needs.version.outputs.released == 'true'",
        ...login
      ])
    ).toEqual({
      reached: [],
      unless: [{ jobId: 'publish', conditions: ["needs.version.outputs.released == 'true'"] }]
    })
  })

  it('keeps the run out when a job far up the needs chain never runs on it', () => {
    const chain = Array.from({ length: 300 }, (_, index) => [
      `  j${index}:`,
      ...(index === 0 ? ["    if: github.event_name == 'push'"] : [`    needs: j${index - 1}`]),
      ...login
    ]).flat()
    expect(reach(chain)).toEqual({ reached: [], unless: [] })
  })

  it('lets a job that runs always() reach the login whatever its needs do', () => {
    expect(
      reach([
        '  gate:',
        "    if: github.event_name == 'push'",
        '    steps: [{ run: echo }]',
        '  publish:',
        '    needs: gate',
        '    if: always()',
        ...login
      ])
    ).toEqual({ reached: ['publish'], unless: [] })
  })

  it('counts a cycle of needs as reached instead of looping', () => {
    expect(
      reach(['  a:', '    needs: b', ...login, '  b:', '    needs: a', ...login]).reached
    ).toEqual(['a', 'b'])
  })
})
