// From a repository's workflow texts to their migration: parse, find the stored-key pushes, rewrite.
import { readWorkflowFiles, type SourceFile } from '../check/analyse.ts'
import type { RunFacts, Tools } from '../check/run-facts.ts'
import { findStoredKeyPushes, type StoredKeyPush } from './find.ts'
import { migrate, type Migration } from './rewrite.ts'

export interface PlanContext {
  facts?: RunFacts
  nugetConfig?: string
  tools?: Tools
}

export interface Plan extends Migration {
  pushes: StoredKeyPush[]
  /** Files that do not parse, left alone. */
  broken: string[]
}

export function planMigration(sources: SourceFile[], context: PlanContext = {}): Plan {
  const workflows = readWorkflowFiles(sources)
  const pushes = findStoredKeyPushes(workflows.files, {
    ...(context.nugetConfig ? { nugetConfig: context.nugetConfig } : {}),
    ...(context.facts?.defaultPushSourceUrl
      ? { defaultPushSource: context.facts.defaultPushSourceUrl }
      : {}),
    ...(context.tools ? { tools: context.tools } : {})
  })
  const parsed = new Set(workflows.files.map((file) => file.path))
  const migration = migrate(
    sources.filter((source) => parsed.has(source.path)),
    pushes,
    context.facts
  )
  return { ...migration, pushes, broken: workflows.broken.map((finding) => finding.file) }
}
