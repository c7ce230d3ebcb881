import type { PolicyClaims } from './claims.ts'
import { otherClaims, policyFields } from './diagnostics.ts'
import type { Failure } from './failure.ts'

/** Markdown for the job summary page. Holds no secret: no token, no key. */
export function successSummary(
  user: string,
  expires: Date,
  claims: PolicyClaims | undefined
): string {
  return [
    '### ✅ Logged in to nuget.org',
    '',
    `Logged in as \`${code(user)}\` with trusted publishing. The API key expires at **${expires.toISOString()}**.`,
    '',
    ...claimsTables('The policy matched this run', claims)
  ].join('\n')
}

export function failureSummary(failure: Failure, claims: PolicyClaims | undefined): string {
  return [
    '### ❌ nuget.org login failed',
    '',
    quote(failure.message),
    '',
    ...(failure.hint
      ? ['**What to change**', '', ...failure.hint.split('\n').map(escapeHtml), '']
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
    ''
  ]
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${escapeHtml(line)}`)
    .join('\n')
}

/** Prose that cannot open HTML of its own. */
function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A value for a code span in a table cell: no backtick to close it, no pipe to end the cell. */
function code(text: string): string {
  return text
    .replace(/`/g, "'")
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
}
