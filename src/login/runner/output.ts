import { API_KEY_OUTPUT, EXPIRES_OUTPUT, type ApiKey } from '../exchange/api-key.ts'

export interface OutputCommands {
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
  info(message: string): void
  warning(message: string): void
}

export interface PublishOptions {
  user: string
  /** The token service as messages name it (serviceName). */
  service?: string
  /** Also set NUGET_API_KEY in the environment of the job's later steps. */
  exportApiKey: boolean
  now: number
}

/** Masks the key before anything else can print it, then hands it to later steps. */
export function publishApiKey(
  commands: OutputCommands,
  key: ApiKey,
  options: PublishOptions
): void {
  commands.setSecret(key.value)
  // The key is written last, so a failed write leaves no key behind for later steps.
  if (options.exportApiKey) commands.exportVariable(API_KEY_OUTPUT, key.value)
  if (key.expires) commands.setOutput(EXPIRES_OUTPUT, key.expires.toISOString())
  commands.setOutput(API_KEY_OUTPUT, key.value)
  if (options.exportApiKey) {
    commands.info(`Exported ${API_KEY_OUTPUT} to the environment of the job's later steps.`)
  }
  const service = options.service ?? 'nuget.org'
  const loggedIn = `Logged in to ${service} as '${options.user}'.`
  if (key.expires) {
    commands.info(`${loggedIn} ${describeExpiry(key.expires, options.now, service)}`)
  } else {
    commands.info(loggedIn)
    commands.warning(MISSING_EXPIRY)
  }
}

/** nuget.org records the issue time rounded down to the minute, so a key ends up to 60 s early. */
const EARLY_END_MS = 60_000

export const MISSING_EXPIRY =
  `The token service did not say when the API key expires, so ${EXPIRES_OUTPUT} is not set. ` +
  'nuget.org keys last at most an hour: push right after the login.'

/** When nuget.org may start refusing a key that expires at `expires`. */
export function refusedFrom(expires: Date): Date {
  return new Date(expires.getTime() - EARLY_END_MS)
}

export function describeExpiry(expires: Date, now: number, service = 'nuget.org'): string {
  const usableUntil = refusedFrom(expires)
  return (
    `The API key expires at ${expires.toISOString()} (${describeLifetime(expires.getTime() - now)}); ` +
    `${service} may refuse it from ${usableUntil.toISOString()}, a minute earlier, so finish pushing by then.`
  )
}

export function describeLifetime(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes >= 1 ? `in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'in less than a minute'
}

/**
 * For verify-only: the key is masked in case anything prints it, and goes nowhere: no output, no
 * variable. nuget.org has seen the policy match, which also makes a temporary policy permanent.
 */
export function discardApiKey(
  commands: OutputCommands,
  key: ApiKey,
  user: string,
  service = 'nuget.org'
): void {
  commands.setSecret(key.value)
  commands.info(
    `verify-only: ${service} accepted this run for a trusted publishing policy of '${user}' and issued a key, ` +
      'which was discarded: no output or variable was set. A release from this workflow will log in the same way.'
  )
}
