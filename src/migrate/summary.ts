// The job summary's part for stored-key pushes: per workflow, the exact change as a diff and the
// policy to enter on nuget.org. Workflow text stays inert: it is shown only inside a code fence
// longer than any run of backticks it holds, and in code spans made safe for a table.
import { codeText as code, inertProse } from '../shared/markdown.ts'
import type { Plan } from './plan.ts'
import { policyEntries, refusalText, VARIABLE_ADVICE } from './report.ts'

export function migrationSummary(plan: Plan, repository: string | undefined): string {
  if (plan.jobs.length === 0) return ''
  const lines = ['### Moving the stored-key pushes to trusted publishing', '']
  lines.push(
    'Run `npx nuget-login migrate` in a clone of the repository to make this change, or make it by hand:',
    ''
  )
  for (const file of plan.files) {
    lines.push(`**\`${code(file.path)}\`**`, '', ...fenced(file.diff, 'diff'), '')
  }
  for (const policy of policyEntries(plan.jobs, repository)) {
    lines.push(
      `**What to enter on nuget.org** for job \`${code(policy.job)}\` in \`${code(policy.file)}\``,
      '',
      '| Policy field | Value |',
      '| --- | --- |',
      ...policy.fields.map(([name, value]) => `| ${name} | \`${code(value)}\` |`),
      ''
    )
  }
  if (plan.files.length > 0) lines.push(inertProse(VARIABLE_ADVICE), '')
  for (const job of plan.jobs.filter((outcome) => outcome.status === 'refused')) {
    lines.push(`- ${inertProse(refusalText(job))}`)
  }
  return `${lines.join('\n').trimEnd()}\n`
}

/** A fenced code block whose fence no line of `text` can close. */
export function fenced(text: string, info: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length))
  const fence = '`'.repeat(longest + 1)
  return [`${fence}${info}`, ...text.replace(/\n$/, '').split('\n'), fence]
}
