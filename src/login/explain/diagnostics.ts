import { claimWarnings, readPolicyClaims, type PolicyClaims } from './claims.ts'

export interface DiagnosticCommands {
  startGroup(name: string): void
  endGroup(): void
  info(message: string): void
  warning(message: string): void
}

/** The policy fields as nuget.org's Trusted Publishing page names them, with this run's values. */
export function policyFields(claims: PolicyClaims): [string, string][] {
  return [
    ['Repository Owner', claims.repositoryOwner],
    ['Repository', claims.repository],
    ['Workflow File', claims.workflowFile],
    ['Environment', claims.environment ?? '(none: leave it empty in the policy)']
  ]
}

export function otherClaims(claims: PolicyClaims): [string, string][] {
  return [
    ['Event', claims.eventName],
    ['Ref', claims.ref],
    ['Issuer', claims.issuer]
  ]
}

/**
 * Logs, in a folded group, what nuget.org will match against the policy, and warns about claims
 * that can never match. Never prints the token itself.
 */
export function showWhatNuGetWillSee(
  commands: DiagnosticCommands,
  token: string
): PolicyClaims | undefined {
  const claims = readPolicyClaims(token)
  if (!claims) return undefined
  commands.startGroup('What nuget.org will match against your trusted publishing policy')
  for (const [name, value] of [...policyFields(claims), ...otherClaims(claims)]) {
    commands.info(`${`${name}:`.padEnd(18)}${value}`)
  }
  commands.endGroup()
  for (const warning of claimWarnings(claims)) commands.warning(warning)
  if (!claims.environment) commands.info(noEnvironmentNote(claims))
  return claims
}

/** A policy is not tied to a ref: without an environment, any ref running the file matches. */
export function noEnvironmentNote(claims: PolicyClaims): string {
  return (
    `This job has no environment, so a policy without one matches any branch or tag that runs ` +
    `${claims.workflowFile || 'this workflow file'}. To publish only from protected refs, run the job in an ` +
    'environment whose deployment protection rules allow only those (for example tags v*), and name that ' +
    'environment in the policy.'
  )
}
