import { FaultPlan } from './faults.ts'
import {
  DEFAULT_REPOSITORY_IDS,
  DEFAULT_WORKFLOW,
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

export { DEFAULT_REPOSITORY_IDS, DEFAULT_WORKFLOW, FaultPlan, GITHUB_ISSUER }
export type { GitHubOidc, NuGetTokenService, TrustPolicy }

/**
 * The policy a user named alice created for contoso/widgets' release.yml in environment nuget,
 * on behalf of the organization contoso. It has been used, so it is permanent: it holds the ids
 * of the repository the default workflow runs in.
 */
export const DEFAULT_POLICY: TrustPolicy = {
  name: 'widgets release',
  createdBy: 'alice',
  packageOwner: 'contoso',
  repositoryOwner: 'contoso',
  repository: 'widgets',
  workflowFile: 'release.yml',
  environment: 'nuget',
  repositoryOwnerId: DEFAULT_REPOSITORY_IDS.owner,
  repositoryId: DEFAULT_REPOSITORY_IDS.repository
}

/** The same policy created within the last 7 days and never used: temporary, without ids. */
export const NEW_POLICY: TrustPolicy = {
  ...DEFAULT_POLICY,
  repositoryOwnerId: undefined,
  repositoryId: undefined
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
