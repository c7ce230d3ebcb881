import { expandJob } from './reading/composite.ts'
import { DeadlineExceeded, NO_DEADLINE, type Deadline } from './deadline.ts'
import { LEVELS, type Finding } from './findings.ts'
import { isLoginStep, jobsOf, LOGIN_ACTION_IN_TEXT, stepsOf, triggers } from './model.ts'
import { policyFieldsFor, type PolicyFields } from './report/policy-fields.ts'
import { adviseOnLoginJob } from './rules/advice.ts'
import type { LoginJob } from './rules/context.ts'
import { checkCrossJobKeys, checkKeyPath } from './rules/key-path.ts'
import { checkLoginInputs } from './rules/login-inputs.ts'
import { checkCallerTokenDestination, checkLoginSetup } from './rules/login-setup.ts'
import { checkIdToken, checkOtherScopes } from './rules/oidc-access.ts'
import { checkCalledWorkflow, checkRemoteCalls } from './rules/reusable.ts'
import { checkDependabotPushes } from './rules/dependabot.ts'
import { checkIds } from './rules/ids.ts'
import { pushesOf } from './rules/pushes.ts'
import { checkStoredKeys, storedKeyPushes } from './rules/stored-keys.ts'
import { checkTriggers } from './rules/triggers.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import {
  parseWorkflowFile,
  WorkflowSyntaxError,
  type SourceFile,
  type WorkflowFile
} from './reading/workflow-file.ts'

export type { SourceFile } from './reading/workflow-file.ts'

export interface Analysis {
  findings: Finding[]
  policies: PolicyFields[]
  /** How many workflow files were read, and how many jobs log in. */
  files: number
  loginJobs: number
}

/** The workflow files that parse, and a finding for each that does not. */
export interface Workflows {
  files: WorkflowFile[]
  broken: Finding[]
  /** How many files were read. */
  count: number
}

export function readWorkflowFiles(
  sources: SourceFile[],
  deadline: Deadline = NO_DEADLINE
): Workflows {
  const files: WorkflowFile[] = []
  const broken: Finding[] = []
  let count = 0
  for (const source of sources) {
    deadline.enter(source.path)
    if (source.unread) {
      const { counted, ...finding } = source.unread
      broken.push({ ...finding, file: source.path, where: { line: 1, column: 1 } })
      if (counted) count++
      continue
    }
    count++
    try {
      files.push(parseWorkflowFile(source.path, source.text))
    } catch (error) {
      broken.push(unparsed(source, error))
    }
  }
  return { files, broken, count }
}

/** A finding for a file that does not parse; only a release workflow's breaks a release. */
function unparsed(source: SourceFile, error: unknown): Finding {
  if (!(error instanceof WorkflowSyntaxError)) return crashed(source.path, error)
  const level = LOGIN_ACTION_IN_TEXT.test(source.text) ? 'error' : 'notice'
  const where = error.where
  if (error.kind === 'refused') {
    return {
      level,
      file: source.path,
      where,
      title: 'GitHub refuses this file',
      message: error.message
    }
  }
  return {
    level,
    file: source.path,
    where,
    title: 'Not valid YAML',
    message: `GitHub cannot run this workflow: ${error.message}`
  }
}

/** A failure of the check's own on one file: that file is not judged, every other one is. */
function crashed(path: string, error: unknown): Finding {
  if (error instanceof DeadlineExceeded) throw error
  const reason = error instanceof Error ? error.message : String(error)
  return {
    level: 'error',
    file: path,
    where: { line: 1, column: 1 },
    title: 'Check failed on this file',
    message: `The check could not finish reading this file (${reason.split('\n')[0]}), so it is not judged; the other files were checked.`
  }
}

/**
 * The jobs that log in, with their pushes read from their scripts by `tools`: a script beyond
 * them is recorded in `tools.needs`.
 */
export function loginJobsIn(
  workflows: Workflows,
  facts: RunFacts,
  tools: Tools,
  deadline: Deadline = NO_DEADLINE
): LoginJob[] {
  const loginJobs: LoginJob[] = []
  for (const file of [...workflows.files]) {
    deadline.enter(file.path)
    try {
      const own = loginJobsOf(file, facts, tools)
      for (const loginJob of own) {
        deadline.check()
        pushesOf(loginJob)
      }
      loginJobs.push(...own)
    } catch (error) {
      // The file is left out of every later step, and of a second reading with more tools.
      workflows.files.splice(workflows.files.indexOf(file), 1)
      workflows.broken.push(crashed(file.path, error))
    }
  }
  // Every job's pushes with a stored key are read too, so `tools.needs` covers their scripts; a
  // fault there is a finding later, when they are judged.
  if (!tools.bash) {
    try {
      storedKeyPushes(workflows.files, facts, tools)
    } catch {
      tools.needs?.add('bash')
    }
  }
  return loginJobs
}

/** Checks every workflow that logs in to nuget.org, and says what its policy must hold. */
export function analyse(
  sources: SourceFile[],
  facts: RunFacts = {},
  tools: Tools = {},
  deadline: Deadline = NO_DEADLINE
): Analysis {
  const workflows = readWorkflowFiles(sources, deadline)
  const loginJobs = loginJobsIn(workflows, facts, tools, deadline)
  return analyseLoginJobs(workflows, loginJobs, facts, deadline, tools)
}

export function analyseLoginJobs(
  workflows: Workflows,
  loginJobs: LoginJob[],
  facts: RunFacts,
  deadline: Deadline = NO_DEADLINE,
  tools: Tools = {}
): Analysis {
  const { files } = workflows
  const findings: Finding[] = [...workflows.broken, ...storedKeyFindings(files, facts, tools)]
  const judged: LoginJob[] = []
  // By path: a job that calls a local action sees its file through a view of its own.
  const byFile = new Map<string, LoginJob[]>()
  for (const loginJob of loginJobs) {
    const own = byFile.get(loginJob.file.path)
    if (own) own.push(loginJob)
    else byFile.set(loginJob.file.path, [loginJob])
  }
  for (const file of files) {
    deadline.enter(file.path)
    const own = byFile.get(file.path) ?? []
    try {
      findings.push(
        ...checkFile(file, own, { files, facts, deadline, anyLogin: loginJobs.length > 0 })
      )
      judged.push(...own)
    } catch (error) {
      findings.push(crashed(file.path, error))
    }
  }
  return {
    findings: findings.sort(byPlace),
    policies: judged.map((loginJob) => policyFieldsFor(loginJob, facts.repository)),
    files: workflows.count,
    loginJobs: loginJobs.length
  }
}

/**
 * Stored-key pushes, read across files (a reusable workflow gets its key from its callers); when
 * that fails, each file alone, so one file's fault costs only its own findings.
 */
function storedKeyFindings(files: WorkflowFile[], facts: RunFacts, tools: Tools): Finding[] {
  try {
    return checkStoredKeys(files, facts, tools)
  } catch {
    return files.flatMap((file) => {
      try {
        return checkStoredKeys([file], facts, tools)
      } catch (error) {
        return [crashed(file.path, error)]
      }
    })
  }
}

/** Every finding on one file's jobs; the deadline is checked between its rules. */
function checkFile(
  file: WorkflowFile,
  own: LoginJob[],
  run: { files: WorkflowFile[]; facts: RunFacts; deadline: Deadline; anyLogin: boolean }
): Finding[] {
  const { files, facts, deadline } = run
  const findings: Finding[] = []
  const called = triggers(file.data).includes('workflow_call')
  if (own.length > 0 && !called) {
    findings.push(...checkTriggers(file, own, facts), ...checkDependabotPushes(file, own, facts))
  }
  for (const loginJob of own) {
    deadline.check()
    findings.push(
      ...checkIdToken(loginJob, called),
      ...checkOtherScopes(loginJob),
      ...checkKeyPath(loginJob),
      ...checkLoginInputs(loginJob),
      ...checkLoginSetup(loginJob),
      ...adviseOnLoginJob(loginJob)
    )
  }
  deadline.check()
  findings.push(
    ...checkIds(file),
    ...checkCrossJobKeys(file),
    ...checkCalledWorkflow(file, files, own, facts.repository),
    ...checkCallerTokenDestination(file, files, own),
    ...checkRemoteCalls(file, run.anyLogin)
  )
  return findings
}

/** The jobs of a file that log in, with the steps of the local composite actions they call read in. */
function loginJobsOf(file: WorkflowFile, facts: RunFacts, tools: Tools): LoginJob[] {
  return jobsOf(file.data).flatMap(([jobId, job]) => {
    const expanded = expandJob(file, jobId, job, facts.localActions)
    const steps = expanded?.steps ?? stepsOf(job)
    const loginIndex = steps.findIndex(isLoginStep)
    const login = steps[loginIndex]
    if (!login) return []
    const own = { file, jobId, job, steps, login, loginIndex, facts, tools }
    return [expanded ? { ...own, ...expanded } : own]
  })
}

/**
 * File, line and column; at one place, errors before warnings before notices. Paths compare by
 * code unit: `localeCompare` would load ICU's collator, about 20 ms of every run with a finding.
 */
function byPlace(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.where.line - b.where.line ||
    a.where.column - b.where.column ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)
  )
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
