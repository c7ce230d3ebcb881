// The login's `user` and `audience`, where the workflow states them.
import { audienceProblem, usernameProblem } from '../../shared/nuget-rules.ts'
import type { Finding } from '../findings.ts'
import { isExpression, text } from '../model.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

export function checkLoginInputs({ file, jobId, login, loginIndex }: LoginJob): Finding[] {
  const findings: Finding[] = []
  const user = text(login.with?.user).trim()
  const userPath = stepPath(jobId, loginIndex, 'with', 'user')
  if (/\bsecrets\./.test(user)) {
    findings.push(
      finding(
        file,
        userPath,
        'warning',
        'Username in a secret',
        "`user` comes from a secret, so the runner shows it as *** in every log line, nuget.org's messages " +
          'included. A username is not a secret: keep it in a repository variable (`${{ vars.NUGET_USER }}`).'
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
