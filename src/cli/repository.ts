// A repository on disk as `nuget-login check` reads it: the workflow files of its
// .github/workflows, its owner and name, and the root files the check reads.
import { resolve } from 'node:path'
import type { SourceFile } from '../check/reading/workflow-file.ts'
import { readLocalAction, repositoryFileFacts } from '../check/reading/repository-files.ts'
import type { RunFacts } from '../check/run-facts.ts'
import { workflowSources } from '../check/reading/workflow-entries.ts'
import { workspaceRoot } from '../check/reading/workspace-files.ts'
import { repositoryFromRemote } from './git-remote.ts'
import type { CliIo } from './io.ts'

export const WORKFLOW_FOLDER = '.github/workflows'

export interface Repository {
  /** The folder as given on the command line. */
  folder: string
  /** Its real location, where files are written back. */
  root: string
  sources: SourceFile[]
  facts: RunFacts
  /** A local action of the repository, read as the action reads it. */
  readAction(dir: string): Promise<SourceFile | undefined>
}

/** A failure of the command itself, not a finding: a folder that cannot be read. */
export class RepositoryError extends Error {}

export async function readRepository(folder: string, io: CliIo): Promise<Repository> {
  const root = await workspaceRoot(resolve(io.cwd, folder)).catch(() => {
    throw new RepositoryError('it does not exist: name the root of a repository.')
  })
  const sources = await readWorkflows(root)
  const repository = await repositoryName(root, io)
  return {
    folder,
    root,
    sources,
    readAction: (dir) => readLocalAction(root, dir),
    facts: {
      ...(repository ? { repository, ownerLogin: repository.split('/')[0] } : {}),
      ...(await repositoryFileFacts(root))
    }
  }
}

/**
 * The .yml and .yaml entries of the workflow folder, one at a time, as the action reads them:
 * GitHub reads workflows from the repository's tree, follows no link and refuses a file past its
 * size; an entry it would not run is a finding, not a failure of the command.
 */
async function readWorkflows(root: string): Promise<SourceFile[]> {
  try {
    return await workflowSources(root, WORKFLOW_FOLDER)
  } catch (error) {
    throw new RepositoryError(
      `${(error as Error).message}: name the root of a repository that has ${WORKFLOW_FOLDER}.`
    )
  }
}

/** `owner/name`: GITHUB_REPOSITORY for the runner's own checkout, else the origin remote. */
async function repositoryName(root: string, io: CliIo): Promise<string | undefined> {
  const workspace = resolve(io.cwd, io.env.GITHUB_WORKSPACE ?? '.')
  if (io.env.GITHUB_ACTIONS === 'true' && io.env.GITHUB_REPOSITORY && root === workspace) {
    return io.env.GITHUB_REPOSITORY
  }
  const remote = await io.git(['remote', 'get-url', 'origin'], root)
  return remote ? repositoryFromRemote(remote) : undefined
}
