import { describe, expect, it } from 'vitest'
import type { Analysis } from '../../../src/check/analyse.ts'
import type { Finding } from '../../../src/check/findings.ts'
import {
  jsonReport,
  ruleId,
  sarifReport,
  textReport,
  type RepositoryResult
} from '../../../src/cli/formats.ts'

const finding = (
  level: Finding['level'],
  line: number,
  title: string,
  message: string
): Finding => ({
  level,
  file: '.github/workflows/release.yml',
  where: { line, column: 3 },
  title,
  message
})

const analysis: Analysis = {
  findings: [
    finding('error', 4, 'Trigger refused by nuget.org', 'nuget.org refuses pull_request_target.'),
    finding(
      'warning',
      5,
      'Login on pull request runs',
      "job \u001b[2J'x'\n::error::forged ##[warning]x"
    ),
    finding('notice', 9, 'No environment', 'runs in no environment')
  ],
  policies: [
    {
      file: '.github/workflows/release.yml',
      job: 'publish',
      fields: [
        ['Repository Owner', 'contoso'],
        ['Environment', 'nuget']
      ]
    }
  ],
  files: 2,
  loginJobs: 1
}
const results: RepositoryResult[] = [{ folder: 'widgets', repository: 'contoso/widgets', analysis }]

describe('the text format', () => {
  it('gives one line a finding, a summary, and the policy fields', () => {
    const lines = textReport(results, false).trimEnd().split('\n')
    expect(lines[0]).toBe(
      '.github/workflows/release.yml:4:3: error: Trigger refused by nuget.org: nuget.org refuses pull_request_target.'
    )
    expect(lines).toHaveLength(5)
    expect(lines[3]).toBe(
      'contoso/widgets (widgets): nuget.org release check: 1 job logging in, in 2 workflow files: 1 error, 1 warning, 1 notice.'
    )
    expect(lines[4]).toBe(
      "  policy for job 'publish' in .github/workflows/release.yml: Repository Owner: contoso; Environment: nuget"
    )
  })

  it('escapes what a workflow file could use to rewrite the terminal or forge a runner command', () => {
    const line = textReport(results, false).split('\n')[1] as string
    expect(line).not.toContain('\u001b')
    expect(line).toContain('\\u001b[2J')
    expect(line).not.toContain('::error::')
    expect(line).not.toContain('##[')
  })

  it('colours the level only when asked to', () => {
    expect(textReport(results, true)).toContain('\u001b[31merror\u001b[0m')
    expect(textReport(results, false)).not.toContain('\u001b[')
  })
})

describe('the json format', () => {
  it('is an array of findings with their repository', () => {
    const rows = JSON.parse(jsonReport(results)) as Record<string, unknown>[]
    expect(rows).toHaveLength(3)
    expect(rows[0]).toEqual({
      repository: 'contoso/widgets',
      file: '.github/workflows/release.yml',
      line: 4,
      column: 3,
      level: 'error',
      title: 'Trigger refused by nuget.org',
      message: 'nuget.org refuses pull_request_target.'
    })
    expect(jsonReport(results)).not.toContain('##[')
    expect((rows[1] as { message: string }).message).toContain('##[warning]')
  })

  it('names the folder when the repository is unknown', () => {
    const rows = JSON.parse(
      jsonReport([{ folder: 'widgets', repository: undefined, analysis }])
    ) as {
      repository: string
    }[]
    expect(rows[0]?.repository).toBe('widgets')
  })
})

interface SarifLog {
  version: string
  $schema: string
  runs: {
    tool: {
      driver: {
        name: string
        version: string
        rules: { id: string; shortDescription: { text: string } }[]
      }
    }
    results: {
      ruleId: string
      ruleIndex: number
      level: string
      message: { text: string }
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string }
          region: { startLine: number; startColumn: number }
        }
      }[]
    }[]
  }[]
}

describe('the sarif format', () => {
  it('has what SARIF 2.1.0 and GitHub code scanning require', () => {
    const log = JSON.parse(sarifReport(results, '1.2.0')) as SarifLog
    expect(log.version).toBe('2.1.0')
    expect(log.$schema).toMatch(/sarif-2\.1\.0/)
    expect(log.runs).toHaveLength(1)
    const [run] = log.runs
    expect(run?.tool.driver.name).toBe('nuget-login')
    expect(run?.tool.driver.version).toBe('1.2.0')
    const ids = run?.tool.driver.rules.map((rule) => rule.id)
    expect(ids).toEqual([
      'trigger-refused-by-nuget-org',
      'login-on-pull-request-runs',
      'no-environment'
    ])
    expect(run?.results.map((result) => result.level)).toEqual(['error', 'warning', 'note'])
    for (const result of run?.results ?? []) {
      expect(ids?.[result.ruleIndex]).toBe(result.ruleId)
      expect(result.message.text).not.toBe('')
      const [location] = result.locations
      if (!location) throw new Error('a result without a location')
      const { artifactLocation, region } = location.physicalLocation
      expect(artifactLocation.uri).toBe('.github/workflows/release.yml')
      expect(region.startLine).toBeGreaterThanOrEqual(1)
      expect(region.startColumn).toBeGreaterThanOrEqual(1)
    }
  })

  it('gives a run per repository, and one rule per title', () => {
    const twice = JSON.parse(
      sarifReport([...results, { folder: 'other', repository: undefined, analysis }], '1.2.0')
    ) as SarifLog
    expect(twice.runs).toHaveLength(2)
    expect(ruleId('Login on Dependabot’s pushes')).toBe('login-on-dependabot-s-pushes')
  })
})
