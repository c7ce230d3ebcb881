import * as core from '@actions/core'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
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
    info: core.info,
    annotate: (finding) =>
      core[finding.level](finding.message, {
        title: finding.title,
        file: finding.file,
        startLine: finding.where.line,
        startColumn: finding.where.column
      }),
    setOutput: core.setOutput,
    setFailed: core.setFailed,
    writeSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write()
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
