import type { RepositoryFacts } from '../shared/event-payload.ts'
import type { PolicyClaims } from './claims.ts'
import { serverTime } from './clock-skew.ts'
import { showWhatNuGetWillSee } from './diagnostics.ts'
import { explainFailure, failureText } from './failure.ts'
import { readInputs } from './inputs.ts'
import { login } from './login.ts'
import { discardApiKey, publishApiKey } from './output.ts'
import { preflight, readWorkflowContext } from './preflight.ts'
import { organizationUserWarning } from './repository-owner.ts'
import type { Runtime } from './runtime.ts'
import { serviceName } from './token-service.ts'
import { failureSummary, successSummary, verifiedSummary } from './summary.ts'

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
