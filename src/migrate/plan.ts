// From a repository's workflow texts to their migration: parse, find the stored-key pushes, rewrite.
import { analyse, readWorkflowFiles, type SourceFile } from '../check/analyse.ts'
import type { Finding } from '../check/findings.ts'
import { STORED_KEY_TITLE } from '../check/rules/stored-keys.ts'
import type { RunFacts, Tools } from '../check/run-facts.ts'
import { findStoredKeyPushes, type StoredKeyPush } from '../check/stored-keys/find.ts'
import { migrate, type JobOutcome, type Migration } from './rewrite.ts'

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
  const plan = { ...migration, pushes, broken: workflows.broken.map((finding) => finding.file) }
  const facts = {
    ...(context.nugetConfig
      ? { defaultPushSource: /defaultPushSource/i.test(context.nugetConfig) }
      : {}),
    ...context.facts
  }
  return verified(plan, sources, facts, context.tools ?? {})
}

/**
 * The plan, less any file whose result the check would find new errors or warnings in: those
 * files stay as they are, their jobs refused with what the check said.
 */
function verified(plan: Plan, sources: SourceFile[], facts: RunFacts, tools: Tools): Plan {
  if (plan.files.length === 0) return plan
  const before = problems(analyse(sources, facts, tools).findings)
  const after = sources.map((source) => ({
    path: source.path,
    text: plan.files.find((file) => file.path === source.path)?.after ?? source.text
  }))
  const now = analyse(after, facts, tools).findings
  const fresh = now.filter(
    (finding) =>
      finding.level !== 'notice' &&
      finding.title !== STORED_KEY_TITLE &&
      !before.has(`${finding.file} ${finding.level} ${finding.title}`)
  )
  if (fresh.length === 0) return plan
  const broken = new Map<string, string>()
  for (const finding of fresh) {
    if (broken.has(finding.file)) continue
    broken.set(
      finding.file,
      `after the change the check would report ${finding.level} "${finding.title}" at line ${finding.where.line}: ${finding.message}`
    )
  }
  // A reusable workflow and its callers move together or not at all.
  const links = plan.pushes
    .filter((push) => push.shape === 'local reusable workflow' && push.calls)
    .map((push) => [push.file.path, (push.calls as string).replace(/^\.\//, '')] as const)
  for (let changed = true; changed;) {
    changed = false
    for (const [caller, called] of links) {
      for (const [from, to] of [
        [caller, called],
        [called, caller]
      ] as const) {
        if (broken.has(from) && !broken.has(to)) {
          broken.set(to, `${from}, which it calls or is called by, is left as it is`)
          changed = true
        }
      }
    }
  }
  return {
    ...plan,
    files: plan.files.filter((file) => !broken.has(file.path)),
    jobs: plan.jobs.map((job): JobOutcome => {
      const why = broken.get(job.file)
      if (!why || job.status !== 'migrated') return job
      return {
        ...job,
        status: 'refused',
        refusal: {
          why,
          instead: 'make the change by hand as the README shows, fixing what the check names'
        }
      }
    })
  }
}

function problems(findings: Finding[]): Set<string> {
  return new Set(
    findings
      .filter((finding) => finding.level !== 'notice')
      .map((finding) => `${finding.file} ${finding.level} ${finding.title}`)
  )
}
