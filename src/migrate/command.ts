// `nuget-login migrate [DIR] [--dry-run]`: moves each job that pushes to nuget.org with a stored
// key to trusted publishing, in place, and says what to enter on nuget.org.
import { execFile } from 'node:child_process'
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { SourceFile } from '../check/analyse.ts'
import type { RunFacts, Tools } from '../check/run-facts.ts'
import { bashParser, type ShSyntax } from '../check/shell/bash.ts'
import { planMigration, type Plan } from './plan.ts'
import {
  policyEntries,
  refusalText,
  secretAdvice,
  secretAdviceText,
  VARIABLE_ADVICE
} from './report.ts'

export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  cwd: string
  env: Record<string, string | undefined>
}

const USAGE = 'Usage: nuget-login migrate [DIR] [--dry-run]'
/** A workflow file larger than this is not a workflow GitHub runs; it is left unread. */
const MAX_FILE_BYTES = 1024 * 1024

export async function runMigrate(args: string[], io: CliIo): Promise<number> {
  const options = parseArguments(args)
  if ('error' in options) {
    io.stderr(`${options.error}\n${USAGE}\n`)
    return 2
  }
  if (options.help) {
    io.stdout(
      `${USAGE}\n\nRewrites each workflow under DIR/.github/workflows that pushes to nuget.org with a stored API key so it logs in with trusted publishing instead. --dry-run prints the change and writes nothing.\n`
    )
    return 0
  }
  const root = resolve(io.cwd, options.dir)
  let sources: SourceFile[]
  try {
    sources = await readWorkflows(root)
  } catch (error) {
    io.stderr(
      `Could not read ${join(options.dir, '.github', 'workflows')}: ${(error as Error).message}. Run the command in a repository's root, or name it: nuget-login migrate path/to/repository\n`
    )
    return 2
  }
  const facts: RunFacts = {}
  const repository = io.env.GITHUB_REPOSITORY || (await originRepository(root))
  if (repository) facts.repository = repository
  const nugetConfig = await readNugetConfig(root)
  if (nugetConfig) facts.defaultPushSource = /defaultPushSource/i.test(nugetConfig)
  const tools = await loadTools()
  const plan = planMigration(sources, { facts, tools, ...(nugetConfig ? { nugetConfig } : {}) })
  if (!options.dryRun) {
    for (const file of plan.files) await writeFile(join(root, file.path), file.after)
  }
  io.stdout(report(plan, sources, repository, options.dryRun))
  return plan.jobs.some((job) => job.status === 'refused') ? 1 : 0
}

interface Options {
  dir: string
  dryRun: boolean
  help: boolean
}

function parseArguments(args: string[]): Options | { error: string } {
  const options: Options = { dir: '.', dryRun: false, help: false }
  let dirs = 0
  for (const arg of args) {
    if (arg === '--dry-run') options.dryRun = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else if (arg.startsWith('-')) return { error: `Unknown option ${printable(arg)}.` }
    else if (++dirs > 1) return { error: 'migrate takes one repository folder at a time.' }
    else options.dir = arg
  }
  return options
}

/** The .yml and .yaml files of .github/workflows: plain files only, no links, none too large. */
async function readWorkflows(root: string): Promise<SourceFile[]> {
  const folder = join(root, '.github', 'workflows')
  const entries = await readdir(folder, { withFileTypes: true })
  const names = entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort()
  const sources: SourceFile[] = []
  for (const name of names) {
    const path = join(folder, name)
    const stat = await lstat(path)
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES) continue
    sources.push({ path: `.github/workflows/${name}`, text: await readFile(path, 'utf8') })
  }
  return sources
}

async function readNugetConfig(root: string): Promise<string | undefined> {
  const entries = await readdir(root, { withFileTypes: true }).catch(() => [])
  const entry = entries.find((item) => item.isFile() && /^nuget\.config$/i.test(item.name))
  if (!entry) return undefined
  const path = join(root, entry.name)
  const stat = await lstat(path)
  return stat.size > MAX_FILE_BYTES ? undefined : readFile(path, 'utf8')
}

/** owner/name from `git remote get-url origin` when it is a GitHub address. */
async function originRepository(root: string): Promise<string | undefined> {
  const url = await new Promise<string>((done) =>
    execFile(
      'git',
      ['-C', root, 'remote', 'get-url', 'origin'],
      { timeout: 5000 },
      (error, stdout) => done(error ? '' : stdout.trim())
    )
  )
  return /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/i.exec(url)?.[1]
}

async function loadTools(): Promise<Tools> {
  const { default: sh } = (await import(/* webpackMode: "eager" */ 'mvdan-sh')) as {
    default: { syntax: ShSyntax }
  }
  return { bash: bashParser(sh.syntax) }
}

function report(
  plan: Plan,
  sources: SourceFile[],
  repository: string | undefined,
  dryRun: boolean
): string {
  const out: string[] = []
  if (plan.jobs.length === 0) {
    return `No job pushes to nuget.org with a stored API key in ${sources.length} workflow file${sources.length === 1 ? '' : 's'}: nothing to do.\n`
  }
  for (const file of plan.files) out.push(printable(file.diff))
  const migrated = plan.jobs.filter((job) => job.status === 'migrated')
  if (plan.files.length > 0) {
    out.push(
      dryRun
        ? `Dry run: ${plan.files.length} file${plan.files.length === 1 ? '' : 's'} would change; nothing was written.`
        : `Changed ${plan.files.map((file) => file.path).join(', ')}.`,
      ''
    )
  }
  for (const job of migrated) {
    for (const note of job.notes) out.push(`${job.file}: job '${job.jobId}': ${printable(note)}.`)
  }
  for (const policy of policyEntries(plan.jobs, repository)) {
    out.push(
      '',
      `Add a trusted publishing policy on nuget.org (Account > Trusted Publishing) for job '${policy.job}' in ${policy.file}:`
    )
    for (const [name, value] of policy.fields) out.push(`  ${name}: ${printable(value)}`)
  }
  if (migrated.length > 0) {
    out.push('', VARIABLE_ADVICE, '')
    for (const advice of secretAdvice(plan.jobs, sources, plan.files)) {
      out.push(secretAdviceText(advice))
    }
  }
  const refused = plan.jobs.filter((job) => job.status === 'refused')
  if (refused.length > 0) out.push('')
  for (const job of refused) out.push(printable(refusalText(job)))
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

/** Workflow text for a terminal: control characters shown, never sent to it. */
function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}
