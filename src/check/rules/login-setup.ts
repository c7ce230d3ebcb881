// What stops a login job before it reaches nuget.org: a token service on another host than the
// audience's, which the login refuses, and a global.json read before the repository is there.
import { NUGET_AUDIENCE, tokenDestinationProblem } from '../../shared/nuget-rules.ts'
import type { Finding } from '../findings.ts'
import { isExpression, text } from '../model.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import { finding, stepPath, type LoginJob } from './context.ts'
import { callersOf } from './reusable.ts'

const CHECKOUT = /^actions\/checkout@/i
const SETUP_DOTNET = /^actions\/setup-dotnet@/i

export function checkLoginSetup(loginJob: LoginJob): Finding[] {
  return [...tokenDestination(loginJob), ...globalJsonBeforeCheckout(loginJob)]
}

const TOKEN_SERVICE_TITLE = 'Token service on another host'
const TOKEN_SERVICE_FIX =
  'the login refuses to send the token there and fails before it requests one. For NuGet’s test ' +
  'environment set `audience: https://int.nugettest.org` too; for nuget.org leave both out.'

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
      TOKEN_SERVICE_TITLE,
      `\`token-service-url\` ${problem}${login.with?.audience === undefined ? ', the default' : ''}: ` +
        TOKEN_SERVICE_FIX
    )
  ]
}

/** `${{ inputs.NAME }}`, the whole value: what a caller's `with:` decides. */
const INPUT_ONLY = /^\$\{\{\s*inputs\.([A-Za-z_][\w-]*)\s*\}\}$/

/**
 * A local reusable workflow whose login takes `token-service-url` (or `audience`) from its inputs:
 * a caller that passes a literal one on another host than the audience makes the login refuse on
 * that caller's runs. The finding stands at the login, where the audience is missing, naming the
 * caller.
 */
export function checkCallerTokenDestination(
  file: WorkflowFile,
  all: WorkflowFile[],
  loginJobs: LoginJob[]
): Finding[] {
  const fromInputs = loginJobs.filter(({ login }) =>
    INPUT_ONLY.test(text(login.with?.['token-service-url']).trim())
  )
  if (fromInputs.length === 0) return []
  const callers = callersOf(file, all)
  return fromInputs.flatMap(({ jobId: loginJobId, login, loginIndex }) => {
    const input = INPUT_ONLY.exec(text(login.with?.['token-service-url']).trim())?.[1] as string
    const audience = text(login.with?.audience).trim()
    const audienceInput = INPUT_ONLY.exec(audience)?.[1]
    return callers.flatMap(({ caller, jobId, job }) => {
      const given = text(job.with?.[input]).trim()
      const givenAudience = audienceInput ? text(job.with?.[audienceInput]).trim() : audience
      if (!given || isExpression(given) || isExpression(givenAudience)) return []
      const problem = tokenDestinationProblem(given, givenAudience || NUGET_AUDIENCE)
      if (!problem) return []
      return [
        finding(
          file,
          stepPath(loginJobId, loginIndex, 'with', 'token-service-url'),
          'error',
          TOKEN_SERVICE_TITLE,
          `Job '${jobId}' in ${caller.name} passes \`${input}: ${given}\`, which this login uses as ` +
            `\`token-service-url\`: it ${problem}${givenAudience ? '' : ', the default'}: ${TOKEN_SERVICE_FIX}`
        )
      ]
    })
  })
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
