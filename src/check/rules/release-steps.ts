// Steps that write a GitHub release with the job's GITHUB_TOKEN.
import { text } from '../model.ts'
import type { RawJob, RawStep, RawWorkflow } from '../reading/workflow-file.ts'

const RELEASE_ACTIONS =
  /^(softprops\/action-gh-release|ncipollo\/release-action|actions\/create-release|actions\/upload-release-asset|svenstaro\/upload-release-action|marvinpinto\/action-automatic-releases|release-drafter\/release-drafter|googleapis\/release-please-action|google-github-actions\/release-please-action|AButler\/upload-release-assets|xresloader\/upload-to-github-release|meeDamian\/github-release|anton-yurchenko\/git-release|johnwbyrd\/update-release|shogo82148\/actions-upload-release-asset|taiki-e\/create-gh-release-action|taiki-e\/upload-rust-binary-action)@/i
/** `gh release create|upload|edit|delete`, with global flags such as `-R owner/repo` anywhere. */
const GH_RELEASE =
  /(^|[\s;&|(])gh\s+(?:(?:-R|--repo)(?:\s+|=)\S+\s+)?release\s+(?:(?:-R|--repo)(?:\s+|=)\S+\s+)?(create|upload|edit|delete|delete-asset)\b/m
/** `gh release view|list|download` only read, with the token a read needs. */
const GH_READ = /\bgh\s+release\s+(view|list|download)\b/
/** A build script run with a release target: `build.fsx -p Release`, `./build.sh --target release`. */
const RELEASE_TARGET =
  /(^|\s)(-p|-t|--target|--task|-Target)\s+["']?release["']?(\s|$)|\.(sh|ps1|cmd|fsx|cake)["']?\s+["']?release["']?(\s|$)/im
const TOKEN_NAMES = ['GITHUB_TOKEN', 'GH_TOKEN']
/** A step that says it writes a release: "Create the GitHub release", "Publish the release notes". */
const RELEASE_WORD = /\b(create|publish|upload|draft|update|make)\W+(?:\w+\W+){0,2}releases?\b/i

export interface ReleaseStep {
  what: string
  /** Whether the step certainly writes a release (an action or `gh release`), or only may. */
  certain: boolean
  /** Where in the step to point: at the token handed to a script. */
  at: string[]
}

/** A step that writes a release with the job's own token; undefined for other steps. */
export function releaseStep(
  workflow: RawWorkflow,
  job: RawJob,
  step: RawStep
): ReleaseStep | undefined {
  const uses = text(step.uses)
  const run = text(step.run)
  if (RELEASE_ACTIONS.test(uses)) {
    const token = text(step.with?.token ?? step.with?.github_token ?? step.with?.repo_token)
    if (usesOtherToken(token)) return undefined
    return {
      what: `This step uses ${uses.split('@', 1)[0]}, which writes a GitHub release`,
      certain: true,
      at: []
    }
  }
  const token = tokenOf(workflow, job, step)
  if (usesOtherToken(token)) return undefined
  if (GH_RELEASE.test(run)) {
    return {
      what: `This step runs \`gh release ${GH_RELEASE.exec(run)?.[2]}\``,
      certain: true,
      at: []
    }
  }
  const saysRelease = RELEASE_WORD.test(`${text(step.name)}\n${run}`) || RELEASE_TARGET.test(run)
  if (run && token && saysRelease && !GH_READ.test(run)) {
    const name = TOKEN_NAMES.find((candidate) => step.env?.[candidate] !== undefined)
    return {
      what: "This release step is handed the job's GITHUB_TOKEN",
      certain: false,
      at: name ? ['env', name] : []
    }
  }
  return undefined
}

/** The GITHUB_TOKEN or GH_TOKEN a step's environment hands its script. */
function tokenOf(workflow: RawWorkflow, job: RawJob, step: RawStep): string {
  for (const block of [step, job, workflow] as { env?: Record<string, unknown> }[]) {
    for (const name of TOKEN_NAMES) {
      const value = block.env?.[name]
      if (value !== undefined) return text(value)
    }
  }
  return ''
}

/** A token from another secret (a personal or app token) does not depend on the job's permissions. */
function usesOtherToken(token: string): boolean {
  return /\bsecrets\.(?!GITHUB_TOKEN\b)\w+|steps\.[\w-]+\.outputs\./i.test(token)
}
