// What the check says of each entry of a workflow folder that it did not read, as GitHub would
// see it: a link or a folder runs nothing, a file over GitHub's limit is refused.
import type { SourceFile } from './workflow-file.ts'
import type { Level } from '../findings.ts'
import { NO_DEADLINE, type Deadline } from '../deadline.ts'
import { folderEntries, MAX_WORKFLOW_CHARACTERS, type WorkspaceEntry } from './workspace-files.ts'

/** A workflow folder's entry as the analysis takes it: its text, or why it was not read. */
export function sourceOf(entry: WorkspaceEntry): SourceFile {
  const { path } = entry
  switch (entry.kind) {
    case 'file':
      return { path, text: entry.text }
    case 'link':
      return unread(
        path,
        'notice',
        'Symbolic link not read',
        false,
        'This is a symbolic link. GitHub does not follow links when it reads workflows, and neither does the check: it is not read.'
      )
    case 'not-a-file':
      return unread(
        path,
        'notice',
        'Not a workflow file',
        false,
        `This is ${entry.what}, not a file: GitHub runs no workflow from it, and the check does not read it.`
      )
    case 'too-large':
      return unread(
        path,
        'warning',
        'GitHub refuses this file',
        true,
        `GitHub refuses this file: it is longer than the ${entry.limit.toLocaleString('en-US')} characters GitHub reads of a workflow, so no job in it runs. The check did not read it.`
      )
    case 'unreadable':
      return unread(
        path,
        'warning',
        'File not read',
        true,
        `The check could not read this file (${entry.reason}), so it is not judged; the other files were checked.`
      )
    case 'absent':
      return unread(
        path,
        'notice',
        'File not read',
        false,
        'This file disappeared while the check read the folder; it is not judged.'
      )
  }
}

function unread(
  path: string,
  level: Level,
  title: string,
  counted: boolean,
  message: string
): SourceFile {
  return { path, text: '', unread: { level, title, message, counted } }
}

const isWorkflowName = (name: string) => /\.ya?ml$/i.test(name)

/**
 * The .yml and .yaml entries of a workflow folder under `root` (a real path), read one by one, each
 * with its text or why it was not read; the deadline is checked between them. Throws when the
 * folder itself is missing or not a folder.
 */
export async function workflowSources(
  root: string,
  folder: string,
  deadline: Deadline = NO_DEADLINE
): Promise<SourceFile[]> {
  const sources: SourceFile[] = []
  for await (const entry of folderEntries(root, folder, isWorkflowName, MAX_WORKFLOW_CHARACTERS)) {
    deadline.enter(entry.path)
    sources.push(sourceOf(entry))
  }
  return sources
}
