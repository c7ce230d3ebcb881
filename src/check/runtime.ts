import { inertLog, inertValue } from '../shared/log-text.ts'
import * as runner from './runner-commands.ts'
import type { SourceFile } from './reading/workflow-file.ts'
import { repositoryFacts } from '../shared/event-payload.ts'
import { readOptionalText } from '../shared/optional-text.ts'
import type { Deadline } from './deadline.ts'
import { readLocalAction, repositoryFileFacts } from './reading/repository-files.ts'
import type { Finding } from './findings.ts'
import { workflowSources } from './reading/workflow-entries.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import { loadBashTools } from './shell/bash.ts'
import { workspaceRoot } from './reading/workspace-files.ts'

/** Everything the check touches outside its own logic. */
export interface CheckRuntime {
  getInput(name: string): string
  info(message: string): void
  annotate(finding: Finding): void
  setOutput(name: string, value: string): void
  setFailed(message: string): void
  writeSummary(markdown: string): Promise<void>
  /**
   * The .yml and .yaml entries of a folder of the repository, read one by one, each with its text
   * or why it was not read; the deadline is checked between them.
   */
  readWorkflows(folder: string, deadline?: Deadline): Promise<SourceFile[]>
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
  let real: Promise<string> | undefined
  // Every path is opened under the workspace's real location, and no link below it is followed.
  const root = () => (real ??= workspaceRoot(process.env.GITHUB_WORKSPACE || process.cwd()))
  return {
    getInput: (name) => runner.getInput(name),
    // Findings quote workflow files a pull request can change: nothing they hold may reach the
    // runner as a command, or rearrange what a reader sees.
    info: (message) => runner.info(inertLog(message)),
    annotate: (finding) =>
      runner.annotate(finding.level, inertValue(finding.message), {
        title: inertValue(finding.title),
        file: inertValue(finding.file),
        startLine: finding.where.line,
        startColumn: finding.where.column
      }),
    setOutput: (name, value) => runner.setOutput(name, value),
    setFailed: (message) => runner.setFailed(inertValue(message)),
    writeSummary: (markdown) => runner.appendSummary(inertLog(markdown)),
    readWorkflows: async (folder, deadline) => workflowSources(await root(), folder, deadline),
    readFacts: async () => {
      const event = process.env.GITHUB_EVENT_PATH
      const eventText = event ? readOptionalText(event) : undefined
      const real = await root()
      return {
        ...(process.env.GITHUB_REPOSITORY ? { repository: process.env.GITHUB_REPOSITORY } : {}),
        ...repositoryFacts(eventText),
        ...(await repositoryFileFacts(real))
      }
    },
    readAction: async (dir) => readLocalAction(await root(), dir),
    loadTools: loadBashTools
  }
}
