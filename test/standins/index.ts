import { FaultPlan } from './faults.ts'
import {
  GITHUB_ISSUER,
  startGitHubOidc,
  type GitHubOidc,
  type GitHubOidcOptions
} from './github-oidc.ts'
import {
  startNuGetTokenService,
  type NuGetTokenService,
  type NuGetTokenServiceOptions,
  type TrustPolicy
} from './nuget-token-service.ts'

export { FaultPlan, GITHUB_ISSUER }
export type { GitHubOidc, NuGetTokenService, TrustPolicy }

/** The policy a user named alice created for contoso/widgets' release.yml in environment nuget. */
export const DEFAULT_POLICY: TrustPolicy = {
  name: 'widgets release',
  createdBy: 'alice',
  packageOwner: 'contoso',
  repositoryOwner: 'contoso',
  repository: 'widgets',
  workflowFile: 'release.yml',
  environment: 'nuget'
}

export interface StandIns {
  github: GitHubOidc
  nuget: NuGetTokenService
  close(): Promise<void>
}

export interface StandInOptions {
  github?: GitHubOidcOptions
  nuget?: Partial<NuGetTokenServiceOptions>
}

/** GitHub's OIDC endpoint and nuget.org's token service, on loopback, trusting each other. */
export async function startStandIns(options: StandInOptions = {}): Promise<StandIns> {
  const github = await startGitHubOidc(options.github)
  const nuget = await startNuGetTokenService({
    policies: [DEFAULT_POLICY],
    trustedIssuers: { [GITHUB_ISSUER]: github.jwksUrl },
    ...options.nuget
  })
  return {
    github,
    nuget,
    close: async () => {
      await Promise.all([github.close(), nuget.close()])
    }
  }
}
