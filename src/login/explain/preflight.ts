import { repositoryFactsOf, type RepositoryFacts } from '../../shared/event-payload.ts'
import { LoginError } from '../errors.ts'
import { hasOidcEnvironment, missingOidcEnvironment } from '../exchange/oidc.ts'

/** Events nuget.org refuses, whatever the policy says. */
export const REFUSED_EVENTS = new Set(['pull_request_target'])

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_review',
  'pull_request_review_comment'
])

export interface WorkflowContext {
  eventName: string | undefined
  /** Dependabot started the run, or the run it re-runs. */
  fromDependabot: boolean
  /** The webhook payload of the run, when it was needed and could be read. */
  event: unknown
  hasOidcEnvironment: boolean
  /** The repository's owner from that payload, when it was read. */
  repository?: RepositoryFacts
}

/** Fails, before any token is requested, a run that nuget.org would refuse anyway. */
export function preflight(context: WorkflowContext): void {
  const { eventName } = context
  if (eventName && REFUSED_EVENTS.has(eventName)) {
    throw new LoginError(
      `nuget.org does not accept logins from workflows triggered by '${eventName}'.`,
      {
        hint:
          `Publish from a workflow triggered by push, release or workflow_dispatch instead of ${eventName}; ` +
          `${eventName} runs with the base repository's secrets on code from pull requests.`
      }
    )
  }
  if (
    !context.hasOidcEnvironment &&
    eventName &&
    PULL_REQUEST_EVENTS.has(eventName) &&
    isFromFork(context.event)
  ) {
    throw new LoginError(
      'This run comes from a pull request from a fork, and GitHub gives such runs no OIDC token.',
      {
        hint:
          'Publish from the base repository (for example on push of a tag or on release), not from pull requests ' +
          'from forks. The `id-token: write` permission cannot be granted to them.'
      }
    )
  }
  if (!context.hasOidcEnvironment && context.fromDependabot) {
    throw new LoginError(
      'This run was started by Dependabot, and GitHub gives Dependabot runs no OIDC token, whatever the ' +
        '`id-token` permission says.',
      {
        hint:
          "Skip the login for Dependabot, for example with `if: github.actor != 'dependabot[bot]'` on the job, and " +
          'publish from runs you start: on push of a tag, on release or by hand.'
      }
    )
  }
  if (!context.hasOidcEnvironment) throw missingOidcEnvironment()
}

const DEPENDABOT = 'dependabot[bot]'

/**
 * The run's event name and OIDC variables, from the runner's environment. The webhook payload is
 * read only when it can change what the action does: the OIDC variables are missing (is the run
 * from a fork?), or `user` is the repository owner's name (is that an organization?).
 */
export function readWorkflowContext(
  env: NodeJS.ProcessEnv,
  readText: (path: string) => string | undefined,
  user = ''
): WorkflowContext {
  const oidcAvailable = hasOidcEnvironment(env)
  const needed = !oidcAvailable || namesRepositoryOwner(user, env)
  const eventText = needed && env.GITHUB_EVENT_PATH ? readText(env.GITHUB_EVENT_PATH) : undefined
  let event: unknown
  try {
    event = eventText ? JSON.parse(eventText) : undefined
  } catch {
    event = undefined
  }
  return {
    eventName: env.GITHUB_EVENT_NAME,
    fromDependabot: [env.GITHUB_ACTOR, env.GITHUB_TRIGGERING_ACTOR].includes(DEPENDABOT),
    event,
    hasOidcEnvironment: oidcAvailable,
    ...(eventText ? { repository: repositoryFactsOf(event) } : {})
  }
}

/** GITHUB_REPOSITORY_OWNER (or the owner part of GITHUB_REPOSITORY) is `user`, in any case. */
function namesRepositoryOwner(user: string, env: NodeJS.ProcessEnv): boolean {
  const owner = env.GITHUB_REPOSITORY_OWNER ?? env.GITHUB_REPOSITORY?.split('/')[0]
  return !!user && owner?.toLowerCase() === user.toLowerCase()
}

function isFromFork(event: unknown): boolean {
  const pullRequest = (event as { pull_request?: PullRequest } | undefined)?.pull_request
  if (!pullRequest) return false
  const head = pullRequest.head?.repo
  const base = pullRequest.base?.repo
  return (
    head?.fork === true ||
    (!!head?.full_name && !!base?.full_name && head.full_name !== base.full_name)
  )
}

interface PullRequest {
  head?: { repo?: { fork?: boolean; full_name?: string } | null }
  base?: { repo?: { full_name?: string } }
}
