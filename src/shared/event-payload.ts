// What the run's webhook payload (the file named by GITHUB_EVENT_PATH) says about the repository,
// shared by the login and the workflow check. Every event that has a repository carries these.

export type OwnerType = 'User' | 'Organization'

export interface RepositoryFacts {
  /** The login of the repository's owner, such as `contoso`. */
  ownerLogin?: string
  ownerType?: OwnerType
  private?: boolean
}

/** The repository facts in a webhook payload's text; empty where the text is missing or not JSON. */
export function repositoryFacts(eventText: string | undefined): RepositoryFacts {
  if (!eventText) return {}
  try {
    return repositoryFactsOf(JSON.parse(eventText))
  } catch {
    return {}
  }
}

/** The repository facts in a parsed webhook payload; empty where it has none. */
export function repositoryFactsOf(event: unknown): RepositoryFacts {
  const repository = (event as { repository?: unknown } | null | undefined)?.repository
  if (!repository || typeof repository !== 'object') return {}
  const { owner, private: isPrivate } = repository as { owner?: unknown; private?: unknown }
  const { login, type } = (owner && typeof owner === 'object' ? owner : {}) as {
    login?: unknown
    type?: unknown
  }
  return {
    ...(typeof login === 'string' && login !== '' ? { ownerLogin: login } : {}),
    ...(type === 'User' || type === 'Organization' ? { ownerType: type } : {}),
    ...(typeof isPrivate === 'boolean' ? { private: isPrivate } : {})
  }
}
