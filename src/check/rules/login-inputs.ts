// The login's `user` and `audience`, where the workflow states them.
import { audienceProblem, usernameProblem } from '../../shared/nuget-rules.ts'
import { asString, evaluate, expressionsIn } from '../expressions.ts'
import type { Finding } from '../findings.ts'
import { isExpression, text } from '../model.ts'
import type { RunFacts } from '../run-facts.ts'
import type { RawStep } from '../reading/workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

export function checkLoginInputs(loginJob: LoginJob): Finding[] {
  const { file, jobId, login, loginIndex, facts } = loginJob
  const findings: Finding[] = []
  const user = text(login.with?.user).trim()
  const userPath = stepPath(jobId, loginIndex, 'with', 'user')
  if (/\bsecrets\./.test(user)) {
    findings.push(
      finding(
        file,
        userPath,
        'notice',
        'Username in a secret',
        "`user` comes from a secret, so the runner shows it as *** in every log line, nuget.org's messages " +
          'included. A username is not a secret: a repository variable (`${{ vars.NUGET_USER }}`) keeps it readable.'
      )
    )
  } else if (user === '') {
    findings.push(
      finding(
        file,
        userPath,
        'error',
        'Login without user',
        `The login step sets no \`user\`${login.with?.user === undefined ? '' : ' (it is empty)'}, so the login fails ` +
          `with "${missingUserMessage(login)}" before asking nuget.org for a key. Set \`user\` to the nuget.org ` +
          'username of the account that created the policy (not an organization).'
      )
    )
  } else if (!isExpression(user)) {
    const problem = usernameProblem(user)
    if (problem) {
      findings.push(
        finding(
          file,
          userPath,
          'error',
          'Not a nuget.org username',
          `\`user\` ${problem}. Set it to the nuget.org username of the account that created the policy.`
        )
      )
    }
  }
  const organization = organizationAsUser(user, facts)
  if (organization) {
    findings.push(
      finding(
        file,
        userPath,
        'warning',
        'Organization name as user',
        `\`user\`${organization.how ? ` ${organization.how}` : ''} is '${organization.name}', the name of the organization that owns this ` +
          'repository. Policies are created by people, so if that is the nuget.org organization nuget.org answers ' +
          '"No matching trust policy owned by user ..." on every run. Set `user` to the nuget.org username of ' +
          'the person who created the policy (shown on the Trusted Publishing page).'
      )
    )
  }
  const audience = text(login.with?.audience).trim()
  const problem = audience && !isExpression(audience) ? audienceProblem(audience) : undefined
  if (problem) {
    findings.push(
      finding(
        file,
        stepPath(jobId, loginIndex, 'with', 'audience'),
        'error',
        'Audience nuget.org refuses',
        `\`audience\` ${problem}; nuget.org would refuse the token. Leave \`audience\` out.`
      )
    )
  }
  return findings
}

/** What the login action prints without a user: this one's own words, or @actions/core's for NuGet/login. */
function missingUserMessage(login: RawStep): string {
  return /^nuget\/login@/i.test(text(login.uses))
    ? 'Input required and not supplied: user'
    : 'The input `user` is required but was empty.'
}

/** The organization's login, when `user` is it: literally, through github.repository_owner, or as a fallback. */
function organizationAsUser(user: string, facts: RunFacts) {
  if (facts.ownerType !== 'Organization' || !facts.ownerLogin || !user) return undefined
  const owner = facts.ownerLogin
  let value = user
  let how = ''
  if (isExpression(user)) {
    const expressions = expressionsIn(user)
    if (
      expressions.length !== 1 ||
      expressions[0]?.start !== 0 ||
      expressions[0].end !== user.length
    )
      return undefined
    const inner = expressions[0].inner
    const known = { github: { repository_owner: owner, repository: facts.repository ?? null } }
    const evaluated = asString(evaluate(inner, { ...known, vars: {} }, ['vars']))
    if (evaluated === undefined) return undefined
    value = evaluated
    how = /\bvars\./.test(inner)
      ? `(its fallback, used while the variable is unset)`
      : /repository_owner/.test(inner)
        ? '(`github.repository_owner`)'
        : ''
  }
  return value.toLowerCase() === owner.toLowerCase() ? { name: value, how } : undefined
}
