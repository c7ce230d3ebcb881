import type { OwnerType, RepositoryFacts } from '../../shared/event-payload.ts'

/** `user` is the login of the repository's owner, and the payload says the owner is of `type`. */
function ownedBy(user: string, repository: RepositoryFacts | undefined, type: OwnerType): boolean {
  return (
    repository?.ownerType === type && repository.ownerLogin?.toLowerCase() === user.toLowerCase()
  )
}

/**
 * The organization that owns the repository, when `user` names it. nuget.org then answers "No
 * matching trust policy...": people create policies, organizations do not.
 */
export function owningOrganization(
  user: string,
  repository: RepositoryFacts | undefined
): string | undefined {
  return ownedBy(user, repository, 'Organization') ? repository?.ownerLogin : undefined
}

/** `user` names a person who owns the repository (the payload says so). */
export function isRepositoryOwnerUser(user: string, repository: RepositoryFacts | undefined) {
  return ownedBy(user, repository, 'User')
}

/** Said before the exchange: a nuget.org person may share the name, so the login goes on. */
export function organizationUserWarning(
  user: string,
  repository: RepositoryFacts | undefined
): string | undefined {
  const organization = owningOrganization(user, repository)
  if (!organization) return undefined
  return (
    `\`user\` ('${user}') is the GitHub organization that owns this repository. nuget.org looks up the ` +
    'policies created by the nuget.org user named in `user`, and organizations create none, so unless a ' +
    `nuget.org user named '${user}' created the policy, nuget.org will answer "No matching trust policy...". ` +
    'Set `user` to the nuget.org username of the person who created the policy.'
  )
}

/** The first line of the "No matching..." hint when `user` is the owning organization. */
export function organizationUserCause(organization: string, user: string): string {
  return (
    `The cause: \`user\` ('${user}') is ${organization}, the GitHub organization that owns this repository ` +
    "(this run's event says so), and nuget.org finds only policies created by a person. Set `user` to the " +
    'nuget.org username of the organization member who created the policy, for example ' +
    '`user: ${{ vars.NUGET_USER }}` with that username in the variable; the policy still publishes for the ' +
    'organization.'
  )
}
