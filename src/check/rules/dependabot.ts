// Dependabot pushes its branches (dependabot/<ecosystem>/...) to the repository, and those push
// runs get no OIDC token, as forks' pull requests do: a login they reach fails on each of them.
import type { Finding } from '../findings.ts'
import type { RunFacts } from '../run-facts.ts'
import type { WorkflowFile } from '../reading/workflow-file.ts'
import type { LoginJob } from './context.ts'
import { matchesFilters } from './filter-pattern.ts'
import { reachFindings, repositoryContext, triggerPath, type ImaginedRun } from './reach.ts'

const DEPENDABOT_BRANCH = 'dependabot/github_actions/actions/checkout-6'

export function checkDependabotPushes(
  file: WorkflowFile,
  loginJobs: LoginJob[],
  facts: RunFacts
): Finding[] {
  if (!facts.dependabot || !pushRunsOn(file.data.on, DEPENDABOT_BRANCH)) return []
  return reachFindings(file, loginJobs, dependabotRun(facts), triggerPath(file, 'push'), {
    title: 'Login on Dependabot’s pushes',
    reached: (jobs) =>
      `This workflow runs on pushes to any branch, and .github/dependabot.yml makes Dependabot push its ` +
      `branches here: those runs get no OIDC token, so the login in job ${jobs} fails on each. Limit ` +
      '`push` to release tags or the release branch, or add ' +
      "`if: github.actor != 'dependabot[bot]'` to the job.",
    unless: (job, conditions) =>
      `This workflow runs on pushes to any branch, and .github/dependabot.yml makes Dependabot push its ` +
      `branches here: job ${job} reaches the login unless ${conditions} ` +
      'is false on those runs: confirm it. If it can be true there, those runs get no OIDC token, so the login fails on each.'
  })
}

/** Whether a push of this branch starts the workflow: `push` with no branch filter, or one matching. */
export function pushRunsOn(on: unknown, branch: string): boolean {
  if (on === 'push') return true
  if (Array.isArray(on)) return on.includes('push')
  if (!on || typeof on !== 'object' || !('push' in on)) return false
  const push = (on as { push?: unknown }).push
  if (!push || typeof push !== 'object') return true
  const filters = push as Record<string, unknown>
  // Path filters decide on the files a push changes, which the check cannot know.
  if (filters.paths !== undefined || filters['paths-ignore'] !== undefined) return false
  if (Array.isArray(filters.branches)) return matchesFilters(filters.branches, branch)
  if (Array.isArray(filters['branches-ignore'])) {
    return !matchesFilters(filters['branches-ignore'], branch)
  }
  return filters.tags === undefined && filters['tags-ignore'] === undefined
}

/** What a push run of a Dependabot branch knows. */
function dependabotRun(facts: RunFacts): ImaginedRun {
  const { eventRepository, ...repository } = repositoryContext(facts)
  const known = {
    inputs: {},
    github: {
      event_name: 'push',
      actor: 'dependabot[bot]',
      triggering_actor: 'dependabot[bot]',
      ...repository,
      ref: `refs/heads/${DEPENDABOT_BRANCH}`,
      ref_name: DEPENDABOT_BRANCH,
      ref_type: 'branch',
      head_ref: '',
      base_ref: '',
      event: { repository: eventRepository, inputs: null }
    }
  }
  return { known, closed: ['inputs'] }
}
