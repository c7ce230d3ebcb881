export const ACTION_NAME = 'nuget-login'
export const ACTION_VERSION = '1.0.0'

export function userAgent(nodeVersion: string = process.version): string {
  return `${ACTION_NAME}/${ACTION_VERSION} (+https://github.com/acme/nuget-login; node ${nodeVersion})`
}
