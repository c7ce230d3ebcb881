import { LEVELS, type Finding } from './findings.ts'
import { isLoginStep, jobsOf, LOGIN_ACTION_IN_TEXT, stepsOf, triggers } from './model.ts'
import { policyFieldsFor, type PolicyFields } from './policy-fields.ts'
import { adviseOnLoginJob } from './rules/advice.ts'
import type { LoginJob } from './rules/context.ts'
import { checkCrossJobKeys, checkKeyPath } from './rules/key-path.ts'
import { checkLoginInputs } from './rules/login-inputs.ts'
import { checkIdToken, checkOtherScopes } from './rules/oidc-access.ts'
import { checkCalledWorkflow, checkRemoteCalls } from './rules/reusable.ts'
import { checkDependabotPushes } from './rules/dependabot.ts'
import { pushesOf } from './rules/pushes.ts'
import { checkStoredKeys } from './rules/stored-keys.ts'
import { checkTriggers } from './rules/triggers.ts'
import { findStoredKeyPushes } from '../migrate/find.ts'
import type { RunFacts, Tools } from './run-facts.ts'
import { parseWorkflowFile, WorkflowSyntaxError, type WorkflowFile } from './workflow-file.ts'

export interface SourceFile {
  path: string
  text: string
}

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

export function readWorkflowFiles(sources: SourceFile[]): Workflows {
  const files: WorkflowFile[] = []
  const broken: Finding[] = []
  for (const source of sources) {
    try {
      files.push(parseWorkflowFile(source.path, source.text))
    } catch (error) {
      if (!(error instanceof WorkflowSyntaxError)) throw error
      // Only a release workflow's broken YAML breaks a release; another file's is advice here.
      broken.push({
        level: LOGIN_ACTION_IN_TEXT.test(source.text) ? 'error' : 'notice',
        file: source.path,
        where: error.where,
        title: 'Not valid YAML',
        message: `GitHub cannot run this workflow: ${error.message}`
      })
    }
  }
  return { files, broken, count: sources.length }
}

/**
 * The jobs that log in, with their pushes read from their scripts by `tools`: a script beyond
 * them is recorded in `tools.needs`.
 */
export function loginJobsIn(workflows: Workflows, facts: RunFacts, tools: Tools): LoginJob[] {
  const loginJobs = workflows.files.flatMap((file) => loginJobsOf(file, facts, tools))
  for (const loginJob of loginJobs) pushesOf(loginJob)
  // Every job's pushes with a stored key are read too, so `tools.needs` covers their scripts.
  if (!tools.bash) findStoredKeyPushes(workflows.files, { tools })
  return loginJobs
}

/** Checks every workflow that logs in to nuget.org, and says what its policy must hold. */
export function analyse(sources: SourceFile[], facts: RunFacts = {}, tools: Tools = {}): Analysis {
  const workflows = readWorkflowFiles(sources)
  return analyseLoginJobs(workflows, loginJobsIn(workflows, facts, tools), facts, tools)
}

export function analyseLoginJobs(
  workflows: Workflows,
  loginJobs: LoginJob[],
  facts: RunFacts,
  tools: Tools = {}
): Analysis {
  const { files } = workflows
  const findings: Finding[] = [...workflows.broken, ...checkStoredKeys(files, facts, tools)]
  for (const file of files) {
    const own = loginJobs.filter((loginJob) => loginJob.file === file)
    const called = triggers(file.data).includes('workflow_call')
    if (own.length > 0 && !called) {
      findings.push(...checkTriggers(file, own, facts), ...checkDependabotPushes(file, own, facts))
    }
    for (const loginJob of own) {
      findings.push(
        ...checkIdToken(loginJob, called),
        ...checkOtherScopes(loginJob),
        ...checkKeyPath(loginJob),
        ...checkLoginInputs(loginJob),
        ...adviseOnLoginJob(loginJob)
      )
    }
    findings.push(
      ...checkCrossJobKeys(file),
      ...checkCalledWorkflow(file, files, own, facts.repository),
      ...checkRemoteCalls(file, loginJobs.length > 0)
    )
  }
  return {
    findings: findings.sort(byPlace),
    policies: loginJobs.map((loginJob) => policyFieldsFor(loginJob, facts.repository)),
    files: workflows.count,
    loginJobs: loginJobs.length
  }
}

function loginJobsOf(file: WorkflowFile, facts: RunFacts, tools: Tools): LoginJob[] {
  return jobsOf(file.data).flatMap(([jobId, job]) => {
    const steps = stepsOf(job)
    const loginIndex = steps.findIndex(isLoginStep)
    const login = steps[loginIndex]
    return login ? [{ file, jobId, job, steps, login, loginIndex, facts, tools }] : []
  })
}

/** File, line and column; at one place, errors before warnings before notices. */
function byPlace(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.where.line - b.where.line ||
    a.where.column - b.where.column ||
    LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)
  )
}
