// Where the OIDC token may go, and how messages name the service it goes to.
import {
  NUGET_AUDIENCE,
  NUGET_TOKEN_ENDPOINT,
  tokenDestinationProblem
} from '../../shared/nuget-rules.ts'
import { LoginError } from '../errors.ts'

const NUGET_HOST = new URL(NUGET_TOKEN_ENDPOINT).host

/** The token service as messages name it: nuget.org for its own host, otherwise the host itself. */
export function serviceName(tokenServiceUrl: URL): string {
  return tokenServiceUrl.host === NUGET_HOST ? 'nuget.org' : tokenServiceUrl.host
}

export { isLoopbackHost, isLoopbackName } from '../../shared/nuget-rules.ts'

/**
 * Refuses, before any token is requested, a token service on another host than the audience's:
 * a token for nuget.org sent to a look-alike host (`www.nuget.org.example`, or an IDN whose letters
 * only look like nuget.org's) could be replayed at nuget.org by that host's owner.
 */
export function checkTokenDestination(tokenServiceUrl: URL, audience: string): void {
  if (!tokenDestinationProblem(tokenServiceUrl.href, audience)) return
  const audienceHost = new URL(audience).host
  const lookAlike = tokenServiceUrl.hostname.split('.').some((label) => label.startsWith('xn--'))
  throw new LoginError(
    `The input \`token-service-url\` names the host ${tokenServiceUrl.host}, but the OIDC token is for ` +
      `${audience} (host ${audienceHost}). Its owner could use a token sent there to log in to ${audienceHost} ` +
      'as this workflow, so no token was requested.' +
      (lookAlike
        ? ` ${tokenServiceUrl.hostname} is an internationalised name, written as the network sees it: its ` +
          'letters may only look like those of another host.'
        : ''),
    {
      hint:
        `Leave \`token-service-url\` and \`audience\` out for nuget.org (${NUGET_TOKEN_ENDPOINT}, ${NUGET_AUDIENCE}). ` +
        "For NuGet's test environment set `token-service-url: https://int.nugettest.org/api/v2/token` and " +
        '`audience: https://int.nugettest.org`; for another NuGet server, set `audience` to its origin.'
    }
  )
}
