// The files at a repository's root that change what the check concludes: NuGet.Config's default
// push source, Dependabot's configuration and global.json's SDK pin. Read the same way by the
// action and by the command line.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunFacts } from './run-facts.ts'

export async function repositoryFileFacts(
  root: string
): Promise<Pick<RunFacts, 'defaultPushSource' | 'dependabot' | 'sdkVersion'>> {
  return {
    defaultPushSource: await namesDefaultPushSource(root),
    dependabot: await configuresDependabot(root),
    ...(await pinnedSdk(root))
  }
}

/** Whether a NuGet.Config at the repository root sets defaultPushSource. */
async function namesDefaultPushSource(root: string): Promise<boolean> {
  const names = await readdir(root).catch(() => [] as string[])
  const config = names.find((name) => /^nuget\.config$/i.test(name))
  if (!config) return false
  const text = await readFile(join(root, config), 'utf8').catch(() => '')
  return /defaultPushSource/i.test(text)
}

/** Whether the repository configures Dependabot version updates. */
async function configuresDependabot(root: string): Promise<boolean> {
  const names = await readdir(join(root, '.github')).catch(() => [] as string[])
  return names.some((name) => /^dependabot\.ya?ml$/i.test(name))
}

/** The SDK version global.json pins, if the repository has one that says. */
async function pinnedSdk(root: string): Promise<{ sdkVersion?: string }> {
  const text = await readFile(join(root, 'global.json'), 'utf8').catch(() => undefined)
  if (!text) return {}
  try {
    const version = (JSON.parse(text) as { sdk?: { version?: unknown } } | null)?.sdk?.version
    return typeof version === 'string' ? { sdkVersion: version } : {}
  } catch {
    return {}
  }
}
