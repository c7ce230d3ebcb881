import { codeText as code, inertCell as cell } from '../shared/markdown.ts'
import type { Analysis } from './analyse.ts'
import type { Finding, Level } from './findings.ts'

const ICONS: Record<Level, string> = {
  error: '❌ error',
  warning: '⚠️ warning',
  notice: 'ℹ️ notice'
}

export function countByLevel(findings: Finding[]): Record<Level, number> {
  const counts = { error: 0, warning: 0, notice: 0 }
  for (const finding of findings) counts[finding.level]++
  return counts
}

/** One line, as a person reads a compiler's output: file:line:column: level: message. */
export function logLine(finding: Finding): string {
  return `${finding.file}:${finding.where.line}:${finding.where.column}: ${finding.level}: ${finding.message}`
}

export function headline(analysis: Analysis): string {
  const counts = countByLevel(analysis.findings)
  const found = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}`
  return `nuget.org release check: ${plural(analysis.loginJobs, 'job')} logging in, in ${plural(analysis.files, 'workflow file')}: ${found}.`
}

export function summaryMarkdown(analysis: Analysis): string {
  const lines = [
    `### ${analysis.findings.some((f) => f.level === 'error') ? '❌' : '✅'} ${headline(analysis)}`,
    ''
  ]
  if (analysis.findings.length > 0) {
    lines.push('| Level | Where | Finding |', '| --- | --- | --- |')
    for (const finding of analysis.findings) {
      const where = `${finding.file}:${finding.where.line}:${finding.where.column}`
      lines.push(
        `| ${ICONS[finding.level]} | \`${code(where)}\` | **${cell(finding.title)}**: ${cell(finding.message)} |`
      )
    }
    lines.push('')
  }
  for (const policy of analysis.policies) {
    lines.push(
      `**What to enter on nuget.org** for job \`${code(policy.job)}\` in \`${code(policy.file)}\``,
      ''
    )
    lines.push('| Policy field | Value |', '| --- | --- |')
    for (const [name, value] of policy.fields) lines.push(`| ${name} | \`${code(value)}\` |`)
    lines.push('')
  }
  return lines.join('\n')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
