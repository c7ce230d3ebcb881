import * as core from '@actions/core'
import { open, readdir, readFile, realpath } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { inertLog, inertValue } from '../shared/log-text.ts'
import type { SourceFile } from './analyse.ts'
import { repositoryFacts } from '../shared/event-payload.ts'
import type { Finding } from './findings.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import { bashParser } from './shell/bash.ts'

/** Everything the check touches outside its own logic. */
export interface CheckRuntime {
  getInput(name: string): string
  info(message: string): void
  annotate(finding: Finding): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  writeSummary(markdown: string): Promise<void>
  /** The .yml and .yaml files of a folder of the repository, with their text. */
  readWorkflows(folder: string): Promise<SourceFile[]>
  /** What the run knows about the repository: its name, owner, visibility and NuGet.Config. */
  readFacts(): Promise<RunFacts>
  /** The bash parser, loaded only when a workflow has a push or release to read. */
  loadTools(): Promise<Tools>
  /**
   * `<dir>/action.yml` (or `action.yaml`) of a local action, `dir` relative to the workspace; only
   * inside the workspace, and only up to MAX_ACTION_BYTES. Undefined when there is none.
   */
  readAction(dir: string): Promise<SourceFile | undefined>
}

export function createCheckRuntime(): CheckRuntime {
  const root = process.env.GITHUB_WORKSPACE || process.cwd()
  let workspace: Promise<string> | undefined
  return {
    getInput: (name) => core.getInput(name),
    // Findings quote workflow files a pull request can change: nothing they hold may reach the
    // runner as a command, or rearrange what a reader sees.
    info: (message) => core.info(inertLog(message)),
    annotate: (finding) =>
      core[finding.level](inertLog(finding.message), {
        title: inertValue(finding.title),
        file: inertValue(finding.file),
        startLine: finding.where.line,
        startColumn: finding.where.column
      }),
    setOutput: core.setOutput,
    setFailed: (message) => core.setFailed(inertLog(message)),
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) {
        await core.summary.addRaw(inertLog(markdown), true).write()
      }
    },
    readWorkflows: async (folder) => {
      const names = (await readdir(join(root, folder)))
        .filter((name) => /\.ya?ml$/i.test(name))
        .sort()
      return Promise.all(
        names.map(async (name) => ({
          path: `${folder.replace(/[\\/]+$/, '')}/${name}`,
          text: await readFile(join(root, folder, name), 'utf8')
        }))
      )
    },
    readFacts: async () => {
      const event = process.env.GITHUB_EVENT_PATH
      const eventText = event ? await readFile(event, 'utf8').catch(() => undefined) : undefined
      return {
        ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
        ...repositoryFacts(eventText),
        defaultPushSource: await namesDefaultPushSource(root),
        dependabot: await configuresDependabot(root),
        ...(await pinnedSdk(root))
      }
    },
    readAction: (dir) => readActionFile((workspace ??= realpath(root)), dir),
    loadTools: async () => {
      const { default: sh } = await import('mvdan-sh')
      return { bash: bashParser(sh.syntax) }
    }
  }
}

/** An action file larger than this is not read: real ones are a few kilobytes. */
export const MAX_ACTION_BYTES = 256 * 1024

async function readActionFile(root: Promise<string>, dir: string): Promise<SourceFile | undefined> {
  const workspace = await root
  for (const name of ['action.yml', 'action.yaml']) {
    const relative = dir ? `${dir}/${name}` : name
    const path = await realpath(resolve(workspace, relative)).catch(() => undefined)
    if (!path || !path.startsWith(workspace + sep)) continue
    const handle = await open(path, 'r').catch(() => undefined)
    if (!handle) continue
    try {
      if (!(await handle.stat()).isFile()) continue
      const buffer = Buffer.allocUnsafe(MAX_ACTION_BYTES + 1)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
      if (bytesRead > MAX_ACTION_BYTES) return undefined
      return { path: relative, text: buffer.subarray(0, bytesRead).toString('utf8') }
    } finally {
      await handle.close()
    }
  }
  return undefined
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

/** The SDK version global.json pins and its rollForward, if the repository has one that says. */
async function pinnedSdk(root: string): Promise<Pick<RunFacts, 'sdkVersion' | 'sdkRollForward'>> {
  const text = await readFile(join(root, 'global.json'), 'utf8').catch(() => undefined)
  if (!text) return {}
  try {
    const sdk = (JSON.parse(text) as { sdk?: { version?: unknown; rollForward?: unknown } } | null)
      ?.sdk
    return {
      ...(typeof sdk?.version === 'string' ? { sdkVersion: sdk.version } : {}),
      ...(typeof sdk?.rollForward === 'string' ? { sdkRollForward: sdk.rollForward } : {})
    }
  } catch {
    return {}
  }
}
