import { LoginError, messageOf } from '../errors.ts'
import { hintForServerMessage, type HintContext } from './hints.ts'

export interface Failure {
  message: string
  hint: string | undefined
}

const UNKNOWN_REASON_HINT =
  'The token service gave a reason this action has no advice for. See ' +
  'https://learn.microsoft.com/nuget/nuget-org/trusted-publishing for how policies are matched.'

/** What happened and what to do, for the step's one failure annotation and the job summary. */
export function explainFailure(error: unknown, context: HintContext): Failure {
  if (!(error instanceof LoginError)) {
    return {
      message: `nuget-login failed unexpectedly: ${messageOf(error)}`,
      hint: 'This is a bug in the action; please report it at https://github.com/acme/nuget-login/issues.'
    }
  }
  if (error.hint) return { message: error.message, hint: error.hint }
  if (error.serverMessage) {
    return {
      message: error.message,
      hint: hintForServerMessage(error.serverMessage, context) ?? UNKNOWN_REASON_HINT
    }
  }
  return { message: error.message, hint: undefined }
}

export function failureText(failure: Failure): string {
  return failure.hint ? `${failure.message}\n${failure.hint}` : failure.message
}
