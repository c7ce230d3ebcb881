// What stops a login job before it reaches nuget.org: a token service on another host than the
// audience's, which the login refuses, and a global.json read before the repository is there.
import { NUGET_AUDIENCE, tokenDestinationProblem } from '../../shared/nuget-rules.ts'
import type { Finding } from '../findings.ts'
import { isExpression, text } from '../model.ts'
import { finding, stepPath, type LoginJob } from './context.ts'

const CHECKOUT = /^actions\/checkout@/i
const SETUP_DOTNET = /^actions\/setup-dotnet@/i

export function checkLoginSetup(loginJob: LoginJob): Finding[] {
  return [...tokenDestination(loginJob), ...globalJsonBeforeCheckout(loginJob)]
}

function tokenDestination({ file, jobId, login, loginIndex }: LoginJob): Finding[] {
  const service = text(login.with?.['token-service-url']).trim()
  const audience = text(login.with?.audience).trim() || NUGET_AUDIENCE
  if (!service || isExpression(service) || isExpression(audience)) return []
  const problem = tokenDestinationProblem(service, audience)
  if (!problem) return []
  return [
    finding(
      file,
      stepPath(jobId, loginIndex, 'with', 'token-service-url'),
      'error',
      'Token service on another host',
      `\`token-service-url\` ${problem}${login.with?.audience === undefined ? ', the default' : ''}: the ` +
        'login refuses to send the token there and fails before it requests one. For NuGet’s test ' +
        'environment set `audience: https://int.nugettest.org` too; for nuget.org leave both out.'
    )
  ]
}

/** setup-dotnet's `global-json-file` in a login job with no checkout before it: the file is not there. */
function globalJsonBeforeCheckout({ file, jobId, steps, loginIndex }: LoginJob): Finding[] {
  const findings: Finding[] = []
  for (const [index, step] of steps.slice(0, loginIndex).entries()) {
    if (CHECKOUT.test(text(step.uses))) return findings
    const globalJson = text(step.with?.['global-json-file']).trim()
    if (!SETUP_DOTNET.test(text(step.uses)) || !globalJson || isExpression(globalJson)) continue
    findings.push(
      finding(
        file,
        stepPath(jobId, index, 'with', 'global-json-file'),
        'error',
        'global.json read before checkout',
        `actions/setup-dotnet reads \`global-json-file: ${globalJson}\`, but job '${jobId}' has not checked ` +
          'the repository out yet: the file is not there and the step fails before the login. Add ' +
          '`- uses: actions/checkout@v6` before it.'
      )
    )
  }
  return findings
}
