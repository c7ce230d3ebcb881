// The files at a repository's root that change what the check concludes: NuGet.Config's default
// push source, Dependabot's configuration and global.json's SDK pin. Read the same way by the
// action and by the command line, through the workspace reader: no link followed, no file read
// past GitHub's size for a workflow.
import type { RunFacts } from './run-facts.ts'
import { findAtRoot, MAX_WORKFLOW_CHARACTERS, readWorkspaceFile } from './workspace-files.ts'

/** The size GitHub reads a workflow to; the same bound serves every other file the check reads. */
const LIMIT = MAX_WORKFLOW_CHARACTERS

/** `root` is a real path (workspaceRoot). */
export async function repositoryFileFacts(
  root: string
): Promise<Pick<RunFacts, 'defaultPushSource' | 'dependabot' | 'sdkVersion' | 'sdkRollForward'>> {
  return {
    defaultPushSource: await namesDefaultPushSource(root),
    dependabot: await configuresDependabot(root),
    ...(await pinnedSdk(root))
  }
}

/** Whether a NuGet.Config at the repository root sets defaultPushSource. */
async function namesDefaultPushSource(root: string): Promise<boolean> {
  const config = await findAtRoot(root, (name) => /^nuget\.config$/i.test(name))
  if (!config) return false
  const entry = await readWorkspaceFile(root, config, LIMIT)
  return entry.kind === 'file' && /defaultPushSource/i.test(entry.text)
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
