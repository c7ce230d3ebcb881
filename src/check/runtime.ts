import * as core from '@actions/core'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { inertLog, inertValue } from '../shared/log-text.ts'
import type { SourceFile } from './analyse.ts'
import type { Finding } from './findings.ts'

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
  repository: string | undefined
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
    repository: process.env.GITHUB_REPOSITORY
  }
}
