// The files at a repository's root that change what the check concludes: NuGet.Config's default
// push source, Dependabot's configuration and global.json's SDK pin. Read the same way by the
// action and by the command line, through the workspace reader: no link followed, no file read
// past GitHub's size for a workflow.
import type { RunFacts } from '../run-facts.ts'
import type { SourceFile } from './workflow-file.ts'
import { defaultPushSourceOf } from '../stored-keys/nuget-config.ts'
import { findAtRoot, MAX_WORKFLOW_CHARACTERS, readWorkspaceFile } from './workspace-files.ts'

/** The size GitHub reads a workflow to; the same bound serves every other file the check reads. */
const LIMIT = MAX_WORKFLOW_CHARACTERS

/** `root` is a real path (workspaceRoot). */
export async function repositoryFileFacts(
  root: string
): Promise<
  Pick<
    RunFacts,
    'defaultPushSource' | 'defaultPushSourceUrl' | 'dependabot' | 'sdkVersion' | 'sdkRollForward'
  >
> {
  return {
    ...(await defaultPushSource(root)),
    dependabot: await configuresDependabot(root),
    ...(await pinnedSdk(root))
  }
}

/** Whether a NuGet.Config at the repository root sets defaultPushSource, and to what. */
async function defaultPushSource(
  root: string
): Promise<Pick<RunFacts, 'defaultPushSource' | 'defaultPushSourceUrl'>> {
  const config = await findAtRoot(root, (name) => /^nuget\.config$/i.test(name))
  const entry = config ? await readWorkspaceFile(root, config, LIMIT) : undefined
  if (entry?.kind !== 'file') return { defaultPushSource: false }
  const url = defaultPushSourceOf(entry.text)
  return {
    defaultPushSource: /defaultPushSource/i.test(entry.text),
    ...(url ? { defaultPushSourceUrl: url } : {})
  }
}

/** Whether the repository configures Dependabot version updates. */
async function configuresDependabot(root: string): Promise<boolean> {
  for (const name of ['.github/dependabot.yml', '.github/dependabot.yaml']) {
    if ((await readWorkspaceFile(root, name, LIMIT)).kind === 'file') return true
  }
  return false
}

/** The SDK version global.json pins and its rollForward, if the repository has one that says. */
async function pinnedSdk(root: string): Promise<Pick<RunFacts, 'sdkVersion' | 'sdkRollForward'>> {
  const entry = await readWorkspaceFile(root, 'global.json', LIMIT)
  if (entry.kind !== 'file') return {}
  try {
    const sdk = (
      JSON.parse(entry.text) as { sdk?: { version?: unknown; rollForward?: unknown } } | null
    )?.sdk
    return {
      ...(typeof sdk?.version === 'string' ? { sdkVersion: sdk.version } : {}),
      ...(typeof sdk?.rollForward === 'string' ? { sdkRollForward: sdk.rollForward } : {})
    }
  } catch {
    return {}
  }
}

/** An action file larger than this is not read: real ones are a few kilobytes. */
export const MAX_ACTION_BYTES = 256 * 1024

/** A local action's action.yml or action.yaml, read as every workspace file is: no link, bounded. */
export async function readLocalAction(root: string, dir: string): Promise<SourceFile | undefined> {
  for (const name of ['action.yml', 'action.yaml']) {
    const relative = dir ? `${dir}/${name}` : name
    const entry = await readWorkspaceFile(root, relative, MAX_ACTION_BYTES)
    if (entry.kind === 'file') return { path: entry.path, text: entry.text }
    if (entry.kind !== 'absent') return undefined
  }
  return undefined
}
