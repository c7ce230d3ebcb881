import { codeText as code, inertProse } from '../../shared/markdown.ts'
import type { PolicyClaims } from '../explain/claims.ts'
import { noEnvironmentNote, otherClaims, policyFields } from '../explain/diagnostics.ts'
import type { Failure } from '../explain/failure.ts'
import { inertLog } from '../../shared/log-text.ts'
import { MISSING_EXPIRY, refusedFrom } from './output.ts'

/**
 * Markdown for the job summary page. Holds no secret: no token, no key. Text from a server, a
 * claim or an input is shown, never rendered as a link, an image or HTML (inertProse, code spans).
 */
export function successSummary(
  user: string,
  expires: Date | undefined,
  claims: PolicyClaims | undefined,
  service = 'nuget.org'
): string {
  return [
    `### ✅ Logged in to ${service}`,
    '',
    `Logged in as \`${code(user)}\` with trusted publishing. ${expiryLine(expires, service)}`,
    '',
    ...claimsTables('The policy matched this run', claims)
  ].join('\n')
}

export function verifiedSummary(
  user: string,
  claims: PolicyClaims | undefined,
  service = 'nuget.org'
): string {
  return [
    '### ✅ The trusted publishing policy matched (verify-only)',
    '',
    `${service} accepted this run as \`${code(user)}\` and issued an API key, which was discarded: no output ` +
      'was set. A release from this workflow will log in the same way. A new policy became permanent with this use.',
    '',
    ...claimsTables('The policy matched this run', claims)
  ].join('\n')
}

function expiryLine(expires: Date | undefined, service: string): string {
  if (!expires) return inertProse(MISSING_EXPIRY)
  const usableUntil = refusedFrom(expires)
  return (
    `The API key expires at **${expires.toISOString()}**; ${service} may refuse it from ` +
    `**${usableUntil.toISOString()}**, a minute earlier, so finish pushing by then.`
  )
}

/** `service` is undefined when the inputs were refused, before any service was chosen. */
export function failureSummary(
  failure: Failure,
  claims: PolicyClaims | undefined,
  service?: string
): string {
  return [
    service ? `### ❌ ${service} login failed` : '### ❌ Login failed',
    '',
    quote(inertLog(failure.message)),
    '',
    ...(failure.hint
      ? ['**What to change**', '', ...hintMarkdown(inertLog(failure.hint)), '']
      : []),
    ...claimsTables(
      'What to enter in the policy on nuget.org (Trusted Publishing, GitHub Actions)',
      claims
    )
  ].join('\n')
}

function claimsTables(title: string, claims: PolicyClaims | undefined): string[] {
  if (!claims) return []
  return [
    `**${title}**`,
    '',
    '| Policy field | This run |',
    '| --- | --- |',
    ...policyFields(claims).map(([name, value]) => `| ${name} | \`${code(value)}\` |`),
    '',
    '| Also in the token | |',
    '| --- | --- |',
    ...otherClaims(claims).map(([name, value]) => `| ${name} | \`${code(value)}\` |`),
    '',
    ...(claims.environment ? [] : [inertProse(noEnvironmentNote(claims)), ''])
  ]
}

type Block = { kind: 'yaml' | 'list' | 'text'; lines: string[] }

/**
 * A hint as Markdown: its indented lines (YAML to paste) as a fenced block, its '- ' lines as one
 * list, every other line as a paragraph of its own.
 */
export function hintMarkdown(hint: string): string[] {
  const blocks: Block[] = []
  for (const line of hint.split('\n')) {
    const kind = line.startsWith('  ') ? 'yaml' : line.startsWith('- ') ? 'list' : 'text'
    const last = blocks.at(-1)
    if (line.trim() === '') continue
    if (last && last.kind === kind && kind !== 'text') last.lines.push(line)
    else blocks.push({ kind, lines: [line] })
  }
  return blocks.flatMap((block, index) => [
    ...(index > 0 ? [''] : []),
    ...(block.kind === 'yaml'
      ? fenced(
          'yaml',
          block.lines.map((line) => line.slice(2))
        )
      : block.lines.map((line) =>
          block.kind === 'list' ? `- ${inertProse(line.slice(2))}` : inertProse(line)
        ))
  ])
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${inertProse(line)}`)
    .join('\n')
}

/** A fenced block whose fence no line of it can close. */
function fenced(info: string, lines: string[]): string[] {
  const longest = Math.max(
    2,
    ...lines.flatMap((line) => line.match(/`+/g) ?? []).map((run) => run.length)
  )
  const fence = '`'.repeat(longest + 1)
  return [`${fence}${info}`, ...lines, fence]
}
