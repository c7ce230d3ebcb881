import { inertValue, visibleCharacters as shown } from '../../shared/log-text.ts'
import { codeText as code, inertCell as cell } from '../../shared/markdown.ts'
import type { Analysis } from '../analyse.ts'
import type { Finding, Level } from '../findings.ts'

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

/**
 * One line, as a person reads a compiler's output: file:line:column: level: message. The file's
 * name and the message may quote a workflow: their line breaks are escaped, so they forge no line.
 */
export function logLine(finding: Finding): string {
  const { file, where, level, message } = finding
  return `${inertValue(file)}:${where.line}:${where.column}: ${level}: ${inertValue(message)}`
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
        `| ${ICONS[finding.level]} | \`${code(shown(where))}\` | **${cell(shown(finding.title))}**: ${cell(shown(finding.message))} |`
      )
    }
    lines.push('')
  }
  for (const policy of analysis.policies) {
    lines.push(
      `**What to enter on nuget.org** for job \`${code(shown(policy.job))}\` in \`${code(shown(policy.file))}\``,
      ''
    )
    lines.push('| Policy field | Value |', '| --- | --- |')
    for (const [name, value] of policy.fields) {
      lines.push(`| ${name} | \`${code(shown(value))}\` |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
