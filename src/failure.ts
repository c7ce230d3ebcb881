import { LoginError, messageOf } from './errors.ts'

/** The text for the step's one failure annotation: what happened, then what to do. */
export function describeFailure(error: unknown): string {
  if (error instanceof LoginError) {
    return error.hint ? `${error.message}\n${error.hint}` : error.message
  }
  return (
    `nuget-login failed unexpectedly: ${messageOf(error)}\n` +
    'This is a bug in the action; please report it at https://github.com/acme/nuget-login/issues.'
  )
}
