// `nuget-login check`'s three outputs: lines for a person (text), an array for scripts (json),
// and SARIF 2.1.0 for GitHub code scanning (sarif). Every value from a workflow file is escaped
// for the medium: no control character reaches a terminal, and nothing reads as a runner command
// when the command runs inside a workflow step.
import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import type { Analysis } from '../check/analyse.ts'
import type { Finding, Level } from '../check/findings.ts'
import { headline } from '../check/report/report.ts'
import { inertValue } from '../shared/log-text.ts'

export interface RepositoryResult {
  /** The folder as given on the command line. */
  folder: string
  /** `owner/name`, when known. */
  repository: string | undefined
  analysis: Analysis
}

const COLOURS: Record<Level, string> = { error: '31', warning: '33', notice: '36' }

/** One line a finding, then the repository's summary and the policy fields of each login job. */
export function textReport(results: RepositoryResult[], colour: boolean): string {
  const paint = (level: Level) => (colour ? `\u001b[${COLOURS[level]}m${level}\u001b[0m` : level)
  const lines: string[] = []
  for (const { folder, repository, analysis } of results) {
    for (const finding of analysis.findings) {
      const where = `${finding.file}:${finding.where.line}:${finding.where.column}`
      lines.push(
        `${oneLine(where)}: ${paint(finding.level)}: ${oneLine(finding.title)}: ${oneLine(finding.message)}`
      )
    }
    lines.push(`${oneLine(label(folder, repository))}: ${headline(analysis)}`)
    for (const policy of analysis.policies) {
      const fields = policy.fields.map(([name, value]) => `${name}: ${value}`).join('; ')
      lines.push(oneLine(`  policy for job '${policy.job}' in ${policy.file}: ${fields}`))
    }
  }
  return lines.map((line) => `${line}\n`).join('')
}

/** The findings of every repository, as `{repository, file, line, column, level, title, message}`. */
export function jsonReport(results: RepositoryResult[]): string {
  const rows = results.flatMap(({ folder, repository, analysis }) =>
    analysis.findings.map((finding) => ({
      repository: repository ?? folder,
      file: finding.file,
      line: finding.where.line,
      column: finding.where.column,
      level: finding.level,
      title: finding.title,
      message: finding.message
    }))
  )
  return `${inertJson(rows)}\n`
}

const SARIF_LEVELS: Record<Level, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  notice: 'note'
}

/**
 * SARIF 2.1.0 as github/codeql-action/upload-sarif takes it: one run per repository, each
 * finding's title a rule, locations relative to the repository's root.
 */
export function sarifReport(results: RepositoryResult[], version: string): string {
  const runs = results.map(({ folder, repository, analysis }): Run => {
    const rules = ruleTable(analysis.findings)
    return {
      tool: {
        driver: {
          name: 'nuget-login',
          version,
          rules: [...rules.values()].map(({ id, title, level }): ReportingDescriptor => ({
            id,
            name: title,
            shortDescription: { text: title },
            defaultConfiguration: { level: SARIF_LEVELS[level] }
          }))
        }
      },
      automationDetails: { id: `nuget-login/${repository ?? folder}/` },
      results: analysis.findings.map((finding): Result => {
        const rule = rules.get(finding.title) as { id: string; index: number }
        return {
          ruleId: rule.id,
          ruleIndex: rule.index,
          level: SARIF_LEVELS[finding.level],
          message: { text: `${finding.title}: ${finding.message}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file, uriBaseId: '%SRCROOT%' },
                region: { startLine: finding.where.line, startColumn: finding.where.column }
              }
            }
          ]
        }
      })
    }
  })
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs
  }
  return `${inertJson(log)}\n`
}

/** The rules the findings name, by title: an id made of the title, and the level it first had. */
function ruleTable(findings: Finding[]) {
  const rules = new Map<string, { id: string; title: string; level: Level; index: number }>()
  for (const finding of findings) {
    if (rules.has(finding.title)) continue
    rules.set(finding.title, {
      id: ruleId(finding.title),
      title: finding.title,
      level: finding.level,
      index: rules.size
    })
  }
  return rules
}

/** `Login on pull request runs` → `login-on-pull-request-runs`. */
export function ruleId(title: string): string {
  const words = title.toLowerCase().match(/[a-z0-9]+/g) ?? []
  return words.join('-') || 'finding'
}

function label(folder: string, repository: string | undefined): string {
  return repository ? `${repository} (${folder})` : folder
}

/** A value on one line of a terminal or a step's log: line breaks and controls escaped. */
function oneLine(text: string): string {
  return inertValue(text.replace(/\r?\n/g, ' '))
}

/** JSON whose strings hold no `##[`, which the runner reads as a command anywhere in a line. */
function inertJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/##\[/g, '##\\u005b')
}
