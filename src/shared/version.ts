import packageJson from '../../package.json' with { type: 'json' }

/** The one source of the version: package.json, which the release and the CHANGELOG check read too. */
export const ACTION_NAME = 'nuget-login'
export const ACTION_VERSION: string = packageJson.version

export function userAgent(nodeVersion: string = process.version): string {
  return `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/acme/nuget-login; node ${nodeVersion})`
}
