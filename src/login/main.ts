import type { RepositoryFacts } from '../shared/event-payload.ts'
import type { PolicyClaims } from './explain/claims.ts'
import { serverTime } from './exchange/clock-skew.ts'
import { showWhatNuGetWillSee } from './explain/diagnostics.ts'
import { explainFailure, failureText } from './explain/failure.ts'
import { readInputs } from './runner/inputs.ts'
import { login } from './exchange/login.ts'
import { discardApiKey, publishApiKey } from './runner/output.ts'
import { preflight, readWorkflowContext } from './explain/preflight.ts'
import { organizationUserWarning } from './explain/repository-owner.ts'
import type { Runtime } from './runner/runtime.ts'
import { serviceName } from './exchange/token-service.ts'
import { failureSummary, successSummary, verifiedSummary } from './runner/summary.ts'

export async function run(runtime: Runtime): Promise<void> {
  let user = ''
  let service: string | undefined
  let claims: PolicyClaims | undefined
  let repository: RepositoryFacts | undefined
  try {
    const inputs = readInputs(runtime.getInput)
    user = inputs.user
    service = serviceName(inputs.tokenServiceUrl)
    const workflow = readWorkflowContext(runtime.env, runtime.readText, user)
    repository = workflow.repository
    preflight(workflow)
    const organization = organizationUserWarning(user, repository)
    if (organization) runtime.warning(organization)
    const key = await login(inputs, {
      ...runtime,
      onOidcToken: (token) => {
        claims ??= showWhatNuGetWillSee(runtime, token)
      }
    })
    if (inputs.verifyOnly) {
      discardApiKey(runtime, key, user, service)
      await runtime.writeSummary(verifiedSummary(user, claims, service))
      return
    }
    publishApiKey(runtime, key, {
      user,
      service,
      exportApiKey: inputs.exportApiKey,
      now: serverTime(key, runtime.clock.now())
    })
    await runtime.writeSummary(successSummary(user, key.expires, claims, service))
  } catch (error) {
    const failure = explainFailure(error, { user, claims, repository })
    runtime.setFailed(failureText(failure))
    await runtime.writeSummary(failureSummary(failure, claims, service))
  }
}
