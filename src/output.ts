import type { ApiKey } from './exchange.ts'

export interface OutputCommands {
  setSecret(value: string): void
  setOutput(name: string, value: string): void
  exportVariable(name: string, value: string): void
  info(message: string): void
}

export const API_KEY_OUTPUT = 'NUGET_API_KEY'
export const EXPIRES_OUTPUT = 'NUGET_API_KEY_EXPIRES_AT'

export interface PublishOptions {
  user: string
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
  commands.setOutput(API_KEY_OUTPUT, key.value)
  commands.setOutput(EXPIRES_OUTPUT, key.expires.toISOString())
  if (options.exportApiKey) {
    commands.exportVariable(API_KEY_OUTPUT, key.value)
    commands.info(`Exported ${API_KEY_OUTPUT} to the environment of the job's later steps.`)
  }
  commands.info(
    `Logged in to nuget.org as '${options.user}'. The API key expires at ${key.expires.toISOString()} ` +
      `(${describeLifetime(key.expires.getTime() - options.now)}).`
  )
}

export function describeLifetime(ms: number): string {
  const minutes = Math.round(ms / 60_000)
  return minutes >= 1 ? `in ${minutes} minute${minutes === 1 ? '' : 's'}` : 'in less than a minute'
}
