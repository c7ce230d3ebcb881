// Stands in for `undici` in dist/ only (see "paths" in tsconfig.json). @actions/http-client imports
// undici for getAgentDispatcher(), a proxy agent for fetch, which this action never calls: its
// requests go through http-client's own agents. Leaving undici out saves most of the bundle and
// about two thirds of the start-up time.
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- it stands for undici's class
export class ProxyAgent {
  constructor() {
    throw new Error(
      'nuget-login does not bundle undici: HttpClient.getAgentDispatcher() is unavailable.'
    )
  }
}
