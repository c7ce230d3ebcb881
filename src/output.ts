import type { ApiKey } from './exchange.ts'

export interface OutputCommands {
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  info(message: string): void
}

export const API_KEY_OUTPUT = 'NUGET_API_KEY'
export const EXPIRES_OUTPUT = 'NUGET_API_KEY_EXPIRES_AT'

/** Masks the key before anything else can print it, then hands it to later steps. */
export function publishApiKey(
  commands: OutputCommands,
  key: ApiKey,
  user: string,
  now: number
): void {
  commands.setSecret(key.value)
  commands.setOutput(API_KEY_OUTPUT, key.value)
  commands.setOutput(EXPIRES_OUTPUT, key.expires.toISOString())
  commands.info(
    `Logged in to nuget.org as '${user}'. The API key expires at ${key.expires.toISOString()} ` +
      `(${describeLifetime(key.expires.getTime() - now)}).`
  )
}

export function describeLifetime(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes >= 1 ? `in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'in less than a minute'
}
