import * as core from '@actions/core'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inertLog, inertValue } from '../shared/log-text.ts'
import type { SourceFile } from './analyse.ts'
import { repositoryFacts } from '../shared/event-payload.ts'
import type { Finding } from './findings.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import { bashParser } from './shell/bash.ts'
import { defaultPushSourceOf } from '../migrate/nuget-config.ts'

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
}

export function createCheckRuntime(): CheckRuntime {
  const root = process.env.GITHUB_WORKSPACE || process.cwd()
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
        ...(await defaultPushSource(root)),
        dependabot: await configuresDependabot(root),
        ...(await pinnedSdk(root))
      }
    },
    loadTools: async () => {
      const { default: sh } = await import(/* webpackMode: "eager" */ 'mvdan-sh')
      return { bash: bashParser(sh.syntax) }
    }
  }
}

/** Whether a NuGet.Config at the repository root sets defaultPushSource, and to what. */
async function defaultPushSource(
  root: string
): Promise<{ defaultPushSource: boolean; defaultPushSourceUrl?: string }> {
  const names = await readdir(root).catch(() => [] as string[])
  const config = names.find((name) => /^nuget\.config$/i.test(name))
  if (!config) return { defaultPushSource: false }
  const text = await readFile(join(root, config), 'utf8').catch(() => '')
  const url = defaultPushSourceOf(text)
  return {
    defaultPushSource: /defaultPushSource/i.test(text),
    ...(url ? { defaultPushSourceUrl: url } : {})
  }
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
