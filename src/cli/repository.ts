// A repository on disk as `nuget-login check` reads it: the workflow files of its
// .github/workflows, its owner and name, and the root files the check reads.
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { SourceFile } from '../check/analyse.ts'
import { repositoryFileFacts } from '../check/repository-files.ts'
import type { RunFacts } from '../check/run-facts.ts'
import { repositoryFromRemote } from './git-remote.ts'
import type { CliIo } from './io.ts'

export const WORKFLOW_FOLDER = '.github/workflows'

export interface Repository {
  /** The folder as given on the command line. */
  folder: string
  sources: SourceFile[]
  facts: RunFacts
}

/** A failure of the command itself, not a finding: a folder that cannot be read. */
export class RepositoryError extends Error {}

export async function readRepository(folder: string, io: CliIo): Promise<Repository> {
  const root = resolve(io.cwd, folder)
  const sources = await readWorkflows(root)
  const repository = await repositoryName(root, io)
  return {
    folder,
    sources,
    facts: {
      ...(repository ? { repository, ownerLogin: repository.split('/')[0] } : {}),
      ...(await repositoryFileFacts(root))
    }
  }
}

/**
 * The .yml and .yaml files of the workflow folder, one at a time, paths relative to the
 * repository. GitHub reads workflows from the repository's tree and follows no link: neither
 * does this.
 */
async function readWorkflows(root: string): Promise<SourceFile[]> {
  const folder = join(root, WORKFLOW_FOLDER)
  const names = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
    throw new RepositoryError(
      error.code === 'ENOENT'
        ? `${folder} does not exist: name the root of a repository that has workflows.`
        : `Could not read ${folder}: ${error.message}`
    )
  })
  const sources: SourceFile[] = []
  for (const name of names.filter((entry) => /\.ya?ml$/i.test(entry)).sort()) {
    const path = join(folder, name)
    if (!(await lstat(path)).isFile()) continue
    sources.push({ path: `${WORKFLOW_FOLDER}/${name}`, text: await readFile(path, 'utf8') })
  }
  return sources
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
